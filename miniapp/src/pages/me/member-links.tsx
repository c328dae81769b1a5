import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Role, type SessionUser } from '@unionhub/shared'
import { fetchNotifications } from '@/services/join'

/** The member's card and messages; for officers and admins, the way into their workbench. */
export function MemberLinks({ user }: { user: SessionUser }) {
  const [unread, setUnread] = useState(0)
  useDidShow(() => {
    fetchNotifications().then((list) => setUnread(list.unread), () => undefined)
  })

  const links = [
    { title: '我的会员卡', text: '出示电子会员卡，查看会员号', url: '/member/card/index', badge: 0 },
    { title: '我的消息', text: '入会审核结果等通知', url: '/member/notifications/index', badge: unread },
    { title: '转会', text: '换工作、搬家后把会籍转到新的工会', url: '/member/transfer/index', badge: 0 },
    ...(user.role === Role.Member ? [] : [{ title: '工会工作台', text: '入会审核、入会二维码、核验会员卡', url: '/officer/index/index', badge: 0 }]),
  ]
  return (
    <View className='links'>
      {links.map((link) => (
        <View key={link.url} className='links__item' hoverClass='links__item--pressed' onClick={() => void Taro.navigateTo({ url: link.url })}>
          <View className='links__body'>
            <Text className='links__title'>{link.title}</Text>
            <Text className='links__text'>{link.text}</Text>
          </View>
          {link.badge > 0 && <Text className='links__badge'>{link.badge}</Text>}
          <Text className='links__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
