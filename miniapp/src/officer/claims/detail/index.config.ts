export default definePageConfig({
  navigationBarTitleText: '理赔申请',
})
