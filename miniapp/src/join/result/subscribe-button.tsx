import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { fetchSubscribeTemplates, recordSubscription } from '@/services/join'

/** WeChat only: one tap asks WeChat for one message with the review result. */
export function SubscribeButton() {
  const [templateId, setTemplateId] = useState<string | null>(null)
  const [done, setDone] = useState('')

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    fetchSubscribeTemplates().then((templates) => setTemplateId(templates['join-result']), () => undefined)
  }, [])
  if (!templateId) return null

  const ask = async () => {
    try {
      const answer = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] })
      if ((answer as unknown as Record<string, string>)[templateId] !== 'accept') return
      await recordSubscription(templateId)
      setDone('好的，审核结果出来后会用微信通知您。')
    } catch {
      setDone('没有订阅成功，审核结果仍会在“我的—消息”里告诉您。')
    }
  }

  return done ? (
    <Text className='join__note'>{done}</Text>
  ) : (
    <View className='join__actions'>
      <Button type='default' size='large' block onClick={() => void ask()}>
        审核结果用微信通知我
      </Button>
    </View>
  )
}
