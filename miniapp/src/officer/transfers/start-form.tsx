import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { TransferSummary } from '@unionhub/shared'
import { UnitChooser } from '@/components/unit-chooser'
import { startTransfer } from '@/services/officer'
import type { TransferTarget } from '@/services/transfers'
import { ReasonForm } from '../reason-form'

interface StartFormProps {
  busy: boolean
  /** Runs the start with the page's progress and notice handling. */
  onStart: (work: () => Promise<TransferSummary>) => void
  onCancel: () => void
}

/** An officer of either unit starts a transfer for a member found by member number. */
export function StartTransferForm({ busy, onStart, onCancel }: StartFormProps) {
  const [memberNumber, setMemberNumber] = useState('')
  const [target, setTarget] = useState<TransferTarget | null>(null)
  const number = memberNumber.trim().toUpperCase()

  return (
    <View className='officer__card'>
      <Text className='officer__title'>为会员发起转接</Text>
      <Text className='officer__muted'>会员现在在本单位：发起即视为本单位同意转出，等对方接收。会员要转入本单位：发起即视为本单位同意接收，对方同意转出后就完成。</Text>
      <Text className='officer__label'>会员号</Text>
      <Input className='officer__input' value={memberNumber} placeholder='对照会员卡填写，如 BJ-DX-YH-SH-2026-000001' onInput={(e) => setMemberNumber(e.detail.value)} />
      <Text className='officer__label'>转到哪个工会</Text>
      {target ? (
        <View className='officer__picker' onClick={() => setTarget(null)}>
          <Text>{target.name}</Text>
          <Text className='officer__muted'>重新选择</Text>
        </View>
      ) : (
        <UnitChooser exceptId={null} onChoose={setTarget} />
      )}
      <Text className='officer__label'>转接原因</Text>
      {number.length < 6 || !target ? (
        <Text className='officer__muted'>先填会员号、选好要转到的工会，再写原因。</Text>
      ) : (
        <ReasonForm
          busy={busy}
          confirmText='发起转接'
          placeholder='如：会员已到新单位上班'
          maxLength={200}
          quickReasons={['换了工作', '搬家了']}
          onCancel={onCancel}
          onConfirm={(reason) => onStart(() => startTransfer({ memberNumber: number, toUnitId: target.id, reason }))}
        />
      )}
    </View>
  )
}
