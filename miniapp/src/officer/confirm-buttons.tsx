import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'

interface ConfirmButtonsProps {
  busy: boolean
  /** Held off until the form above is complete. */
  disabled?: boolean
  confirmText: string
  onConfirm: () => void
  onCancel: () => void
}

/** The two big buttons under an officer's form: confirm (spinning while the request runs) and cancel. */
export function ConfirmButtons({ busy, disabled = false, confirmText, onConfirm, onCancel }: ConfirmButtonsProps) {
  return (
    <>
      <View className='officer__button'>
        <Button type='primary' size='large' block loading={busy} disabled={busy || disabled} onClick={onConfirm}>
          {confirmText}
        </Button>
      </View>
      <View className='officer__button'>
        <Button size='large' block disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </>
  )
}
