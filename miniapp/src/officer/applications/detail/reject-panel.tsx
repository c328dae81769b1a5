import { Text, View } from '@tarojs/components'
import { ReasonForm } from '../../reason-form'

const QUICK_REASONS = ['工作单位不在本辖区，请扫所在街道的入会码', '姓名与身份证号不一致，请核对后重新提交', '已在其他工会入会，请办理组织关系转接']

/** The reason the worker will read: a quick choice or his own words, 2 to 100 characters. */
export function RejectPanel({ busy, onReject, onCancel }: { busy: boolean; onReject: (reason: string) => void; onCancel: () => void }) {
  return (
    <View className='officer__card'>
      <Text className='officer__title'>不通过的原因（申请人会看到）</Text>
      <ReasonForm
        busy={busy}
        confirmText='确认不通过'
        placeholder='或者写下原因，告诉申请人怎么改'
        maxLength={100}
        quickReasons={QUICK_REASONS}
        onConfirm={onReject}
        onCancel={onCancel}
      />
    </View>
  )
}
