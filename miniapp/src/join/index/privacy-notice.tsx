import { Text, View } from '@tarojs/components'
import { JOIN_PRIVACY_POLICY_VERSION } from '@unionhub/shared'

/** The joining privacy notice; its version is what the worker's consent is recorded against. */
export function PrivacyNotice() {
  return (
    <View className='join__card'>
      <Text className='join__title'>入会个人信息保护说明</Text>
      <Text className='join__note'>版本 {JOIN_PRIVACY_POLICY_VERSION}</Text>
      <Text className='join__text'>
        我们收集您的姓名、身份证号码、手机号码、职业、工作单位或平台和工作所在区，只用于办理入会、会员实名登记、发放电子会员卡和联系您。
      </Text>
      <Text className='join__text'>
        身份证号码是敏感个人信息：加密保存，页面上只显示部分号码；工会工作人员办理会员业务需要查看全号时，每次查看都有记录。
      </Text>
      <Text className='join__text'>
        您的信息由您加入的工会及其上级工会依照《个人信息保护法》保管，不提供给其他单位，法律法规另有规定的除外。您可以联系所在工会查询、更正或注销。
      </Text>
    </View>
  )
}
