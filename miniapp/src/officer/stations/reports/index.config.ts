export default definePageConfig({
  navigationBarTitleText: '驿站反馈',
})
