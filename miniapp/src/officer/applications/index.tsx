import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { ApplicationStatus, type JoinApplicationPage, OccupationLabel } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchApplications } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { ClaimAttempts } from './claim-attempts'
import '../officer.scss'
import './applications.scss'

type State = { status: 'loading' } | { status: 'ready'; page: JoinApplicationPage } | { status: 'failed'; message: string }

const tabs = [
  { status: ApplicationStatus.Pending, label: '待审核' },
  { status: ApplicationStatus.Approved, label: '已通过' },
  { status: ApplicationStatus.Rejected, label: '未通过' },
]

const day = (iso: string) => new Date(iso).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false })

/** The queue of the officer's subtree; oldest pending first. Personal data masked. */
export default function ApplicationsQueue() {
  const [status, setStatus] = useState<ApplicationStatus>(ApplicationStatus.Pending)
  const [state, setState] = useState<State>({ status: 'loading' })
  const [shown, setShown] = useState(0)

  const load = useCallback(
    (which: ApplicationStatus) => {
      setState({ status: 'loading' })
      return fetchApplications(which).then(
        (page) => setState({ status: 'ready', page }),
        (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
      )
    },
    [],
  )
  useDidShow(() => {
    setShown((n) => n + 1)
    void load(status)
  })
  usePullDownRefresh(() => {
    setShown((n) => n + 1)
    void load(status).finally(() => Taro.stopPullDownRefresh())
  })

  const choose = (which: ApplicationStatus) => {
    setStatus(which)
    void load(which)
  }

  return (
    <View className='officer'>
      <View className='tabs'>
        {tabs.map((tab) => (
          <View key={tab.status} className={tab.status === status ? 'tabs__tab tabs__tab--current' : 'tabs__tab'} onClick={() => choose(tab.status)}>
            {tab.label}
          </View>
        ))}
      </View>
      {status === ApplicationStatus.Pending && shown > 0 && <ClaimAttempts reloadKey={shown} />}
      {state.status === 'loading' && <Waiting text='正在加载入会申请…' />}
      {state.status === 'failed' && <Failure message={state.message} onRetry={() => void load(status)} />}
      {state.status === 'ready' && (
        <>
          <Text className='officer__muted officer__lead'>共 {state.page.total} 份{state.page.total > state.page.items.length ? `，显示前 ${state.page.items.length} 份` : ''}</Text>
          {state.page.items.length === 0 && <Text className='officer__text'>没有{tabs.find((t) => t.status === status)?.label}的申请。</Text>}
          {state.page.items.map((item) => (
            <View key={item.id} className='entry' hoverClass='entry--pressed' onClick={() => void Taro.navigateTo({ url: `/officer/applications/detail/index?id=${item.id}` })}>
              <View className='entry__body'>
                <Text className='entry__title'>
                  {item.nameMasked} · {OccupationLabel[item.occupation]}
                </Text>
                <Text className='entry__text'>
                  {item.unit.name}
                  {item.channelTitle ? ` · ${item.channelTitle}` : ' · 自选区工会'} · {day(item.createdAt)}
                </Text>
              </View>
              <Text className='entry__arrow'>›</Text>
            </View>
          ))}
        </>
      )}
    </View>
  )
}
