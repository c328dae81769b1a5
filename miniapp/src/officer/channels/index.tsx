import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { JoinChannel } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchChannels } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { stateLabel } from './channel-labels'
import '../officer.scss'

type State = { status: 'loading' } | { status: 'ready'; channels: JoinChannel[] } | { status: 'failed'; message: string }

export default function Channels() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = useCallback(() => {
    fetchChannels().then(
      (channels) => setState({ status: 'ready', channels }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }, [])
  useDidShow(load)

  return (
    <View className='officer'>
      <View className='officer__lead'>
        <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: '/officer/channels/create/index' })}>
          新建入会二维码
        </Button>
      </View>
      {state.status === 'loading' && <Waiting text='正在加载入会二维码…' />}
      {state.status === 'failed' && <Failure message={state.message} onRetry={load} />}
      {state.status === 'ready' && state.channels.length === 0 && <Text className='officer__text'>还没有入会二维码。点上面的按钮，为沟通会、驿站或单位生成一个。</Text>}
      {state.status === 'ready' &&
        state.channels.map((channel) => (
          <View key={channel.id} className='entry' hoverClass='entry--pressed' onClick={() => void Taro.navigateTo({ url: `/officer/channels/detail/index?id=${channel.id}` })}>
            <View className='entry__body'>
              <Text className='entry__title'>{channel.title}</Text>
              <Text className='entry__text'>
                {channel.unit.name} · {stateLabel[channel.state]} · 扫码 {channel.totals.scans} · 入会 {channel.totals.approvals}
              </Text>
            </View>
            <Text className='entry__arrow'>›</Text>
          </View>
        ))}
    </View>
  )
}
