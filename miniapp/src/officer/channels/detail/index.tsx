import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { type JoinChannel, JoinChannelKindLabel, type JoinChannelStats } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchChannelById, fetchChannelStats } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { stateLabel } from '../channel-labels'
import { ChannelImage } from './channel-image'
import '../../officer.scss'
import './index.scss'

type State = { status: 'loading' } | { status: 'ready'; channel: JoinChannel; stats: JoinChannelStats } | { status: 'failed'; message: string }

/** A channel's codes to print and its counts by day. */
export default function ChannelDetail() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = useCallback(() => {
    setState({ status: 'loading' })
    Promise.all([fetchChannelById(id), fetchChannelStats(id)]).then(
      ([channel, stats]) => setState({ status: 'ready', channel, stats }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }, [id])
  useEffect(load, [load])

  if (state.status === 'loading') return <Waiting text='正在加载…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={load} />
  const { channel, stats } = state
  return (
    <View className='officer'>
      <View className='officer__card'>
        <Text className='officer__title'>{channel.title}</Text>
        <Text className='officer__text'>
          {JoinChannelKindLabel[channel.kind]} · {stateLabel[channel.state]} · {channel.reviewMode === 'auto' ? '自动通过' : '工会审核'}
        </Text>
        <Text className='officer__muted'>
          加入 {channel.unit.name}，{channel.validFrom} 至 {channel.validUntil}
          {channel.welcomeGift ? `，入会礼：${channel.welcomeGift}` : ''}
        </Text>
        <Text className='officer__muted'>入会码 {channel.code}</Text>
        <View className='officer__button'>
          <Button size='large' block onClick={() => void Taro.setClipboardData({ data: channel.link })}>
            复制入会链接
          </Button>
        </View>
      </View>
      <ChannelImage channelId={channel.id} kind='wxacode' caption='小程序码（微信扫一扫）' />
      <ChannelImage channelId={channel.id} kind='qrcode' caption='普通二维码（微信或手机浏览器扫）' />
      <View className='officer__card'>
        <Text className='officer__title'>每天的人数</Text>
        <View className='stats stats--head'>
          <Text>日期</Text>
          <Text>扫码</Text>
          <Text>填表</Text>
          <Text>提交</Text>
          <Text>通过</Text>
          <Text>未通过</Text>
        </View>
        {[{ day: '合计', ...stats.totals }, ...stats.days].map((d) => (
          <View key={d.day} className='stats'>
            <Text>{d.day.length === 10 ? d.day.slice(5) : d.day}</Text>
            <Text>{d.scans}</Text>
            <Text>{d.starts}</Text>
            <Text>{d.submissions}</Text>
            <Text>{d.approvals}</Text>
            <Text>{d.rejections}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
