export default definePageConfig({
  navigationBarTitleText: '导入保障名单',
})
