import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { SubscribeTopic } from '@unionhub/shared'
import { fetchSubscribeTemplates, recordSubscription } from '@/services/join'
import './subscribe-button.scss'

interface SubscribeButtonProps {
  topic: SubscribeTopic
  /** The button, e.g. 审核结果用微信通知我. */
  label: string
  /** Said after WeChat accepted, e.g. 好的，审核结果出来后会用微信通知您。 */
  done: string
  /** Said when it did not work: where the result still shows. */
  fallback: string
}

/** WeChat only: one tap asks WeChat for one message on the topic; hidden when no template is set. */
export function SubscribeButton({ topic, label, done, fallback }: SubscribeButtonProps) {
  const [templateId, setTemplateId] = useState<string | null>(null)
  const [said, setSaid] = useState('')

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    fetchSubscribeTemplates().then((templates) => setTemplateId(templates[topic]), () => undefined)
  }, [topic])
  if (!templateId) return null

  const ask = async () => {
    try {
      const answer = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] })
      if ((answer as unknown as Record<string, string>)[templateId] !== 'accept') return
      await recordSubscription(templateId)
      setSaid(done)
    } catch {
      setSaid(fallback)
    }
  }

  return said ? (
    <Text className='subscribe__note'>{said}</Text>
  ) : (
    <View className='subscribe__action'>
      <Button type='default' size='large' block onClick={() => void ask()}>
        {label}
      </Button>
    </View>
  )
}
