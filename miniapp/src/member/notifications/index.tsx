import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { AppNotification } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchNotifications, markNotificationRead } from '@/services/join'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import '../member.scss'

type State = { status: 'loading' } | { status: 'ready'; items: AppNotification[] } | { status: 'failed'; message: string }

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false })

export default function Notifications() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = useCallback(
    () =>
      fetchNotifications().then(
        (list) => setState({ status: 'ready', items: list.items }),
        (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
      ),
    [],
  )
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const open = (item: AppNotification) => {
    if (!item.readAt) void markNotificationRead(item.id).catch(() => undefined)
    if (item.link) void Taro.navigateTo({ url: item.link })
  }

  if (state.status === 'loading') return <Waiting text='正在加载消息…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={() => void load()} />
  return (
    <View className='member-page'>
      {state.items.length === 0 && <Text className='member-page__text'>还没有消息。入会审核结果等通知会出现在这里。</Text>}
      {state.items.map((item) => (
        <View key={item.id} className='notice' hoverClass='notice--pressed' onClick={() => open(item)}>
          <View className='notice__head'>
            {!item.readAt && <View className='notice__dot' />}
            <Text className='notice__title'>{item.title}</Text>
            <Text className='notice__time'>{when(item.createdAt)}</Text>
          </View>
          <Text className='notice__body'>{item.body}</Text>
        </View>
      ))}
    </View>
  )
}
