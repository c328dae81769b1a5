export default definePageConfig({
  navigationBarTitleText: '新建入会二维码',
})
