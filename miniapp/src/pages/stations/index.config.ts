export default definePageConfig({
  navigationBarTitleText: '暖心驿站',
})
