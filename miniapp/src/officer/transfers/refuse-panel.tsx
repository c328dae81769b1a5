import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

/** The reason for refusing a transfer: both units and the member read it. */
export function RefusePanel({ busy, onRefuse, onCancel }: { busy: boolean; onRefuse: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('')
  const length = [...reason.trim()].length
  return (
    <View>
      <Textarea className='officer__textarea' value={reason} maxlength={200} placeholder='写下不同意的原因，对方单位和会员会看到' onInput={(e) => setReason(e.detail.value)} />
      {length > 0 && length < 2 && <Text className='officer__muted'>原因至少写2个字</Text>}
      <View className='officer__button'>
        <Button type='primary' size='large' block loading={busy} disabled={busy || length < 2} onClick={() => onRefuse(reason.trim())}>
          确认不同意
        </Button>
      </View>
      <View className='officer__button'>
        <Button size='large' block disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
