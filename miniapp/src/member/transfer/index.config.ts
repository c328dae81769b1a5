export default definePageConfig({
  navigationBarTitleText: '转会（组织关系转接）',
})
