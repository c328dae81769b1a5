import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

const QUICK_REASONS = ['工作单位不在本辖区，请扫所在街道的入会码', '姓名与身份证号不一致，请核对后重新提交', '已在其他工会入会，请办理组织关系转接']

/** The reason the worker will read: a quick choice or his own words, 2 to 100 characters. */
export function RejectPanel({ busy, onReject, onCancel }: { busy: boolean; onReject: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('')
  const length = [...reason.trim()].length
  return (
    <View className='officer__card'>
      <Text className='officer__title'>不通过的原因（申请人会看到）</Text>
      <View className='pick'>
        {QUICK_REASONS.map((text) => (
          <View key={text} className={text === reason ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => setReason(text)}>
            {text}
          </View>
        ))}
      </View>
      <Textarea className='officer__textarea' value={reason} maxlength={100} placeholder='或者写下原因，告诉申请人怎么改' onInput={(e) => setReason(e.detail.value)} />
      {length > 0 && length < 2 && <Text className='officer__muted'>原因至少写2个字</Text>}
      <View className='officer__button'>
        <Button type='primary' size='large' block loading={busy} disabled={busy || length < 2} onClick={() => onReject(reason.trim())}>
          确认不通过
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
