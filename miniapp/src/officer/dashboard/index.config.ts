export default definePageConfig({
  navigationBarTitleText: '工作概况',
  enablePullDownRefresh: true,
})
