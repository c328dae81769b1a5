import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { Failure, Waiting } from '@/components/load-state'
import { MemberCardView } from '@/components/member-card-view'
import { useMemberCard } from '@/components/use-member-card'
import '../member.scss'

export default function MemberCardPage() {
  const { state, reload } = useMemberCard()

  switch (state.status) {
    case 'loading':
      return <Waiting text='正在打开会员卡…' />
    case 'failed':
      return <Failure message={state.message} onRetry={reload} />
    case 'not-member':
      return (
        <View className='member-page'>
          <View className='member-page__card'>
            <Text className='member-page__title'>您还不是工会会员</Text>
            <Text className='member-page__text'>扫工会的入会二维码，一分钟就能入会，领取电子会员卡。</Text>
            <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: '/join/index/index' })}>
              去入会
            </Button>
          </View>
        </View>
      )
    case 'ready':
      return (
        <View className='member-page'>
          <MemberCardView card={state.card} />
          <View className='member-page__more'>
            <Button size='large' block onClick={() => void Taro.navigateTo({ url: '/member/transfer/index' })}>
              换工作或搬家了？申请转会
            </Button>
          </View>
        </View>
      )
  }
}
