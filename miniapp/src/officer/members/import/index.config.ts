export default definePageConfig({
  navigationBarTitleText: '导入会员花名册',
})
