import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { OfficerDashboard } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchDashboard } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { Bars } from './bars'
import { ClaimStatusBars } from './claim-status'
import '../officer.scss'
import './index.scss'

type State = { status: 'loading' } | { status: 'ready'; data: OfficerDashboard } | { status: 'failed'; message: string }

const DAYS = 30

/** The officer's subtree at a glance: to-dos first, then who joined, by day, channel and occupation, then claims. */
export default function Dashboard() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = useCallback(
    () =>
      fetchDashboard(DAYS).then(
        (data) => setState({ status: 'ready', data }),
        (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
      ),
    [],
  )
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  if (state.status === 'loading') return <Waiting text='正在统计…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={() => void load()} />
  const d = state.data
  const total = d.newMembersByDay.reduce((sum, day) => sum + day.count, 0)
  const tiles = [
    { label: '待审核入会', number: d.pendingJoins, url: '/officer/applications/index' },
    { label: '待转出', number: d.pendingTransfersOut, url: '/officer/transfers/index' },
    { label: '待接收', number: d.pendingTransfersIn, url: '/officer/transfers/index' },
    { label: '驿站待处理反馈', number: d.openStationReports, url: '/officer/stations/reports/index' },
    { label: '待审核理赔', number: d.pendingClaims, url: '/officer/claims/index' },
  ]
  return (
    <View className='officer'>
      <View className='tiles'>
        {tiles.map((tile) => (
          <View key={tile.label} className='tiles__tile' hoverClass='entry--pressed' onClick={() => void Taro.navigateTo({ url: tile.url })}>
            <Text className='tiles__number'>{tile.number}</Text>
            <Text className='tiles__label'>{tile.label}</Text>
          </View>
        ))}
      </View>
      <View className='officer__card'>
        <Text className='officer__title'>
          近{DAYS}天新会员 {total} 人
        </Text>
        <Bars rows={d.newMembersByDay.map((day) => ({ label: day.day.slice(5), count: day.count }))} />
      </View>
      <View className='officer__card'>
        <Text className='officer__title'>按入会渠道</Text>
        <Bars rows={d.newMembersByChannel} />
      </View>
      <View className='officer__card'>
        <Text className='officer__title'>按职业</Text>
        <Bars rows={d.newMembersByOccupation} />
      </View>
      <View className='officer__card'>
        <Text className='officer__title'>互助理赔（按状态）</Text>
        <ClaimStatusBars rows={d.claimsByStatus} />
      </View>
    </View>
  )
}
