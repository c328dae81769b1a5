export default definePageConfig({
  navigationBarTitleText: '赔付打款',
  enablePullDownRefresh: true,
})
