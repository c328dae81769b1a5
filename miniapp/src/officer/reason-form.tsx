import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { ConfirmButtons } from './confirm-buttons'

interface ReasonFormProps {
  busy: boolean
  /** Shown on the confirm button, e.g. 确认不通过. */
  confirmText: string
  placeholder: string
  maxLength: number
  /** Fewest characters accepted; 2 unless a rule asks for more. */
  minLength?: number
  /** Ready-made reasons a tap fills in; the officer may still edit them. */
  quickReasons?: readonly string[]
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/** A reason the other side will read, 2 characters or more (or `minLength`), with confirm and cancel. */
export function ReasonForm({ busy, confirmText, placeholder, maxLength, minLength = 2, quickReasons = [], onConfirm, onCancel }: ReasonFormProps) {
  const [reason, setReason] = useState('')
  const length = [...reason.trim()].length
  return (
    <View>
      {quickReasons.length > 0 && (
        <View className='pick'>
          {quickReasons.map((text) => (
            <View key={text} className={text === reason ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => setReason(text)}>
              {text}
            </View>
          ))}
        </View>
      )}
      <Textarea className='officer__textarea' value={reason} maxlength={maxLength} placeholder={placeholder} onInput={(e) => setReason(e.detail.value)} />
      {length > 0 && length < minLength && <Text className='officer__muted'>{`原因至少写${minLength}个字`}</Text>}
      <ConfirmButtons busy={busy} disabled={length < minLength} confirmText={confirmText} onConfirm={() => onConfirm(reason.trim())} onCancel={onCancel} />
    </View>
  )
}
