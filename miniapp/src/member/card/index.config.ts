export default definePageConfig({
  navigationBarTitleText: '电子会员卡',
  // A scanner reads a bright screen best.
  backgroundColor: '#f6f2ef',
})
