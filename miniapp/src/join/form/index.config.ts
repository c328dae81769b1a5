export default definePageConfig({
  navigationBarTitleText: '填写入会资料',
})
