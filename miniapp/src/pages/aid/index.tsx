import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { type AidEnrollment, AidPlanCategoryLabel, type ClaimDetail, ClaimDocumentKindLabel, ClaimStatusLabel } from '@unionhub/shared'
import { useCallback, useEffect, useState } from 'react'
import { deadlineText, ruleText, yuanText } from '@/components/aid-format'
import { EmptyState } from '@/components/empty-state'
import { Failure, Waiting } from '@/components/load-state'
import { useSession } from '@/components/use-session'
import { fetchMyClaims, fetchMyEnrollments } from '@/services/aid'
import { unfinishedClaim } from '@/services/claim-draft'
import './index.scss'

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; enrollments: AidEnrollment[]; claims: ClaimDetail[] }

export default function Aid() {
  const session = useSession()
  if (session.status !== 'signed-in') {
    return <EmptyState title='职工互助保障' purpose='登录后可以查看您参加的互助保障项目和理赔进度。请到“我的”登录。' />
  }
  return <MyAid />
}

function MyAid() {
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const refresh = useCallback(() => {
    Promise.all([fetchMyEnrollments(), fetchMyClaims()])
      .then(([enrollments, claims]) => setLoad({ status: 'ready', enrollments, claims }))
      .catch((error: Error) => setLoad({ status: 'failed', message: error.message }))
  }, [])
  useEffect(refresh, [refresh])
  useDidShow(refresh)

  if (load.status === 'loading') return <Waiting text='正在读取您的保障…' />
  if (load.status === 'failed') return <Failure message={load.message} onRetry={refresh} />
  const resuming = unfinishedClaim()
  return (
    <View className='aid'>
      {load.enrollments.length > 0 && (
        <View className='aid__apply' hoverClass='aid__apply--pressed' role='button' onClick={() => void Taro.navigateTo({ url: '/claim/file/index' })}>
          <Text className='aid__apply-title'>{resuming ? '继续申请互助' : '申请互助'}</Text>
          <Text className='aid__apply-text'>{resuming ? '上次填写的内容和已上传的材料都还在' : '生病住院、受伤后申请理赔，手机拍照上传材料'}</Text>
        </View>
      )}
      <Text className='aid__heading'>我的保障</Text>
      {load.enrollments.length === 0 && <Text className='aid__note'>您还没有参加互助保障项目。入会后可向所在工会咨询参保。</Text>}
      {load.enrollments.map((e) => (
        <View key={e.id} className='aid__card'>
          <Text className='aid__title'>{e.plan.name}</Text>
          <Text className='aid__line'>{AidPlanCategoryLabel[e.plan.category]} · 保障期 {e.validFrom} 至 {e.validUntil}</Text>
          <Text className='aid__line'>{ruleText(e.plan.payoutRule)}</Text>
          <Text className='aid__line'>{deadlineText(e.plan.filingDeadline)}{e.plan.waitingDays > 0 ? `；参保 ${e.plan.waitingDays} 天后发生的才能赔付` : ''}</Text>
          <Text className='aid__line aid__line--muted'>需要材料：{e.plan.requiredDocuments.map((kind) => ClaimDocumentKindLabel[kind]).join('、')}</Text>
        </View>
      ))}
      <Text className='aid__heading'>我的理赔</Text>
      {load.claims.length === 0 && <Text className='aid__note'>还没有理赔申请。</Text>}
      {load.claims.map((claim) => (
        <View key={claim.id} className='aid__card' hoverClass='aid__card--pressed' role='link' onClick={() => void Taro.navigateTo({ url: `/claim/detail/index?id=${claim.id}` })}>
          <Text className='aid__title'>{claim.planName}</Text>
          <Text className={`aid__status aid__status--${claim.status}`}>{claim.statusLabel}</Text>
          <Text className='aid__line'>{claim.nextStep}</Text>
          {claim.approvedAmount !== null && <Text className='aid__line'>核定赔付 {yuanText(claim.approvedAmount)}，收款卡 {claim.bankAccountMasked}</Text>}
          <View className='aid__timeline'>
            {claim.events
              .filter((event) => event.action !== 'upload')
              .map((event) => (
                <Text key={`${event.at}-${event.action}-${event.toStatus}`} className='aid__event'>
                  {event.at.slice(5, 10)} {ClaimStatusLabel[event.toStatus]}
                  {event.note ? `：${event.note}` : ''}
                </Text>
              ))}
          </View>
          <Text className='aid__more'>查看详情 ›</Text>
        </View>
      ))}
    </View>
  )
}
