import { useCallback, useRef, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { AidPlan, ClaimPage, ClaimStatus } from '@unionhub/shared'
import { yuanText } from '@/components/aid-format'
import { Failure, Waiting } from '@/components/load-state'
import { fetchAidPlans, fetchClaimQueue } from '@/services/aid-review'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { dateTime, QUEUE_TABS } from './claim-labels'
import '../officer.scss'
import './claims.scss'

type State = { status: 'loading' } | { status: 'ready'; page: ClaimPage } | { status: 'failed'; message: string }

const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** The claims of the officer's subtree by status and plan, with a count on every status. */
export default function ClaimQueue() {
  const [status, setStatus] = useState<ClaimStatus>('submitted')
  const [planId, setPlanId] = useState<string | undefined>(undefined)
  const [plans, setPlans] = useState<AidPlan[]>([])
  const [counts, setCounts] = useState<Partial<Record<ClaimStatus, number>>>({})
  const [state, setState] = useState<State>({ status: 'loading' })
  // Answers to an earlier tab that arrive late must not replace the current one.
  const latest = useRef(0)

  const load = useCallback((which: ClaimStatus, plan: string | undefined) => {
    const ticket = ++latest.current
    setState({ status: 'loading' })
    const list = fetchClaimQueue({ status: which, planId: plan }).then(
      (page) => ticket === latest.current && setState({ status: 'ready', page }),
      (error: unknown) => ticket === latest.current && setState({ status: 'failed', message: messageOf(error) }),
    )
    const tally = Promise.all(QUEUE_TABS.map((tab) => fetchClaimQueue({ status: tab.status, planId: plan, limit: 1 }).then((page) => [tab.status, page.total] as const))).then(
      (pairs) => ticket === latest.current && setCounts(Object.fromEntries(pairs)),
      () => undefined,
    )
    return Promise.all([list, tally])
  }, [])

  useDidShow(() => {
    void load(status, planId)
    if (plans.length === 0) fetchAidPlans().then(setPlans, () => undefined)
  })
  usePullDownRefresh(() => void load(status, planId).finally(() => Taro.stopPullDownRefresh()))

  const chooseStatus = (which: ClaimStatus) => {
    setStatus(which)
    void load(which, planId)
  }
  const planNames = ['全部保障项目', ...plans.map((p) => p.name)]
  const choosePlan = (index: number) => {
    const next = index === 0 ? undefined : plans[index - 1]?.id
    setPlanId(next)
    void load(status, next)
  }
  const label = QUEUE_TABS.find((t) => t.status === status)?.label ?? ''

  return (
    <View className='officer'>
      <View className='cl-chips'>
        {QUEUE_TABS.map((tab) => (
          <View key={tab.status} className={tab.status === status ? 'cl-chips__item cl-chips__item--current' : 'cl-chips__item'} onClick={() => chooseStatus(tab.status)}>
            {tab.label}
            {counts[tab.status] !== undefined && <Text className='cl-chips__count'>{counts[tab.status]}</Text>}
          </View>
        ))}
      </View>
      <Picker mode='selector' range={planNames} value={planId ? plans.findIndex((p) => p.id === planId) + 1 : 0} onChange={(e) => choosePlan(Number(e.detail.value))}>
        <View className='officer__picker officer__lead'>
          <Text>{planId ? plans.find((p) => p.id === planId)?.name : '全部保障项目'}</Text>
          <Text className='officer__arrow'>›</Text>
        </View>
      </Picker>
      {state.status === 'loading' && <Waiting text='正在加载理赔申请…' />}
      {state.status === 'failed' && <Failure message={state.message} onRetry={() => void load(status, planId)} />}
      {state.status === 'ready' && (
        <>
          <Text className='officer__muted officer__lead'>
            {label}共 {state.page.total} 份{state.page.total > state.page.items.length ? `，显示最早的 ${state.page.items.length} 份` : ''}
          </Text>
          {state.page.items.length === 0 && (
            <View className='officer__card'>
              <Text className='officer__title'>没有{label}的申请</Text>
              <Text className='officer__text'>新的申请提交后会出现在“待受理”里；下拉可以刷新。</Text>
            </View>
          )}
          {state.page.items.map((claim) => (
            <View key={claim.id} className='entry' hoverClass='entry--pressed' onClick={() => void Taro.navigateTo({ url: `/officer/claims/detail/index?id=${claim.id}` })}>
              <View className='entry__body'>
                <Text className='entry__title'>
                  {claim.payeeName} · {claim.planName}
                </Text>
                <Text className='entry__text'>
                  {claim.eventDate} 出险 · 合规费用 {yuanText(claim.eligibleExpenses)}
                  {claim.events.length > 0 ? ` · ${dateTime(claim.events[claim.events.length - 1].at)}` : ''}
                </Text>
                <View>
                  {claim.flaggedDuplicate && <Text className='cl-tag'>发票疑似重复</Text>}
                  {claim.pendingApprovalAmount !== null && <Text className='cl-tag'>待复核 {yuanText(claim.pendingApprovalAmount)}</Text>}
                  {claim.missingDocuments.length > 0 && <Text className='cl-tag'>缺 {claim.missingDocuments.length} 项材料</Text>}
                </View>
              </View>
              <Text className='entry__arrow'>›</Text>
            </View>
          ))}
        </>
      )}
    </View>
  )
}
