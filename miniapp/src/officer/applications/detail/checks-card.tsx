import { Text, View } from '@tarojs/components'
import type { IdentityCheckOutcome, JoinApplicationChecks, JoinHoldReason, PhoneVerification } from '@unionhub/shared'
import { Row } from '../../row'

const phoneLabel: Record<PhoneVerification, string> = { wechat: '已验证（微信授权）', sms: '已验证（短信验证码）' }
const identityLabel: Record<IdentityCheckOutcome, string> = {
  passed: '通过：姓名与身份证号一致',
  failed: '不通过：姓名与身份证号不一致或查无此证',
  unavailable: '暂时无法核验（核验服务没有回应）',
  'not-run': '未核验（本渠道由工会审核）',
}
/** Said to officers only: the applicant saw an ordinary "待审核". */
const holdLabel: Record<JoinHoldReason, string> = {
  'roster-mismatch': '身份证号在本会会员名册里，但手机号或姓名与名册不一致',
  'imported-elsewhere': '身份证号在另一个工会的会员名册里',
  'member-elsewhere': '身份证号已是会员，绑定在另一个微信上',
  'pending-elsewhere': '身份证号已有另一个微信提交的待审核申请',
  'claim-locked': '这个身份证号今天认领失败已满5次，需工会确认后才能认领',
  'identity-failed': '自动通过渠道：身份核验没有通过',
  'identity-unavailable': '自动通过渠道：身份核验暂时无法进行',
}

/** What was checked when the application came in, and why it waits for an officer. */
export function ChecksCard({ checks }: { checks: JoinApplicationChecks }) {
  return (
    <View className='officer__card'>
      <Text className='officer__title'>核验情况</Text>
      <Row label='手机号' value={checks.phoneVerifiedBy ? phoneLabel[checks.phoneVerifiedBy] : '未验证（旧申请）'} />
      <Row label='身份核验' value={identityLabel[checks.identity]} />
      {checks.holdReason && <Row label='需要人工审核' value={holdLabel[checks.holdReason]} />}
      {checks.claimAttemptsToday > 0 && <Row label='今日认领失败' value={`${checks.claimAttemptsToday} 次（各微信合计）`} />}
      {checks.holdReason && (
        <Text className='officer__text'>请电话联系申请人、核对身份证原件后再决定。通过时若名册里已有他的会员资格，将直接绑定给他，不会新发会员号。</Text>
      )}
    </View>
  )
}
