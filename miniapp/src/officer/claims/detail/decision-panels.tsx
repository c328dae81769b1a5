import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { type ClaimDetail, type ClaimRejectReason, ClaimDocumentKindLabel, ClaimRejectReasonLabel } from '@unionhub/shared'
import { ConfirmButtons } from '../../confirm-buttons'
import { ReasonForm } from '../../reason-form'
import { parseYuan, yuanExact } from '../claim-labels'

const REASONS = Object.entries(ClaimRejectReasonLabel) as [ClaimRejectReason, string][]

interface PanelProps {
  busy: boolean
  onCancel: () => void
}

/** The message the member reads: what to add; the missing items of the checklist are one tap away. */
export function RequestInfoPanel({ claim, busy, onCancel, onSend }: PanelProps & { claim: ClaimDetail; onSend: (message: string) => void }) {
  const quick = [
    ...claim.missingDocuments.map((kind) => `请补充${ClaimDocumentKindLabel[kind]}`),
    '发票照片不清楚，请重新拍摄完整的发票',
    '请补充出院小结的全部页',
  ]
  return (
    <View className='officer__card'>
      <Text className='officer__title'>要求补充材料（会员会看到留言）</Text>
      <ReasonForm busy={busy} confirmText='发给会员' placeholder='写明需要补充什么，例如：请补充出院小结第二页' maxLength={200} quickReasons={quick} onConfirm={onSend} onCancel={onCancel} />
    </View>
  )
}

/** The approved sum, prefilled with the rule's suggestion; more than the suggestion is refused here already. */
export function ApprovePanel({ suggested, busy, onCancel, onApprove }: PanelProps & { suggested: number; onApprove: (amount: number) => void }) {
  const [text, setText] = useState((suggested / 100).toFixed(2))
  const amount = parseYuan(text)
  const problem = amount === null ? '请填写金额，例如 1000 或 1000.50' : amount <= 0 ? '金额应大于 0；不赔付请选择驳回' : amount > suggested ? `不能超过建议金额 ${yuanExact(suggested)}` : ''
  return (
    <View className='officer__card'>
      <Text className='officer__title'>批准：核定赔付金额（元）</Text>
      <Input className='officer__input' type='digit' value={text} onInput={(e) => setText(e.detail.value)} aria-label='核定金额（元）' />
      <Text className='officer__muted'>建议金额 {yuanExact(suggested)}，可以核减，不能超过。大额赔付提交后需另一位工作人员复核。</Text>
      {problem && text !== '' && <View className='officer__error'>{problem}</View>}
      <ConfirmButtons
        busy={busy}
        disabled={Boolean(problem)}
        confirmText={amount !== null && !problem ? `确认批准 ${yuanExact(amount)}` : '确认批准'}
        onConfirm={() => amount !== null && onApprove(amount)}
        onCancel={onCancel}
      />
    </View>
  )
}

/** A reason code for the records and a note in the member's words. */
export function RejectPanel({ busy, onCancel, onReject }: PanelProps & { onReject: (reasonCode: ClaimRejectReason, note: string) => void }) {
  const [code, setCode] = useState<ClaimRejectReason | null>(null)
  const [missingCode, setMissingCode] = useState(false)
  return (
    <View className='officer__card'>
      <Text className='officer__title'>驳回（会员会看到说明）</Text>
      <Text className='officer__label'>原因</Text>
      <View className='pick'>
        {REASONS.map(([value, label]) => (
          <View key={value} className={value === code ? 'pick__item pick__item--chosen' : 'pick__item'} onClick={() => { setCode(value); setMissingCode(false) }}>
            {label}
          </View>
        ))}
      </View>
      {missingCode && <View className='officer__error'>请先选择驳回的原因</View>}
      <Text className='officer__label'>说明</Text>
      <ReasonForm
        busy={busy}
        confirmText='确认驳回'
        placeholder='写明为什么不能赔付，以及会员可以怎么办'
        maxLength={200}
        onConfirm={(note) => (code ? onReject(code, note) : setMissingCode(true))}
        onCancel={onCancel}
      />
    </View>
  )
}
