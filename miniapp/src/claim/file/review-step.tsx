import { Text, View } from '@tarojs/components'
import { type AidEnrollment, type ClaimDetail, ClaimDocumentKindLabel, maskBankAccount } from '@unionhub/shared'
import { yuanText } from '@/components/aid-format'
import type { ClaimDraft } from '@/services/claim-draft'
import { fieldLabels, parseInvoiceNumbers, paysToCardOnFile, yuanToFen } from '@/services/claim-form'
import { Row } from '../row'
import { NextButton } from './fields-step'

interface Props {
  draft: ClaimDraft
  enrollment: AidEnrollment
  claim: ClaimDetail | null
  busy: boolean
  onEdit: (step: 'fields' | 'payee' | 'documents') => void
  onSubmit: () => void
}

/** Step 5: everything once more, then submit. */
export function ReviewStep({ draft, enrollment, claim, busy, onEdit, onSubmit }: Props) {
  const { fields } = draft
  const labels = fieldLabels(enrollment.plan.category)
  const missing = claim?.missingDocuments ?? enrollment.plan.requiredDocuments
  return (
    <View>
      <View className='claim__card'>
        <Text className='claim__title'>{enrollment.plan.name}</Text>
        <Row label={labels.eventDate} value={fields.eventDate} />
        {fields.dischargeDate && <Row label='出院日期' value={fields.dischargeDate} />}
        <Row label={labels.hospital} value={fields.hospital.trim()} />
        {fields.insuranceTxn.trim() && <Row label='医保交易流水号' value={fields.insuranceTxn.trim()} />}
        <Row label='发票号码' value={parseInvoiceNumbers(fields.invoiceNumbers).join('、')} />
        <Row label='费用总额' value={yuanText(yuanToFen(fields.totalYuan) ?? 0)} />
        <Row label='自付部分' value={yuanText(yuanToFen(fields.eligibleYuan) ?? 0)} />
        <View className='claim__link' onClick={() => onEdit('fields')}>
          修改填写的信息
        </View>
      </View>
      <View className='claim__card'>
        <Text className='claim__title'>收款账户</Text>
        <Row label='收款人' value={draft.payeeName} />
        <Row label={draft.payeeKind === 'aid-card' ? '互助服务卡' : '银行卡'} value={claim?.bankAccountMasked ?? (paysToCardOnFile(draft) ? (draft.cardOnFile ?? '') : maskBankAccount(draft.bankAccount))} />
      </View>
      <View className='claim__card'>
        <Text className='claim__title'>材料</Text>
        {enrollment.plan.requiredDocuments.map((kind) => {
          const count = claim?.documents.filter((d) => d.kind === kind).length ?? 0
          return <Row key={kind} label={ClaimDocumentKindLabel[kind]} value={count > 0 ? `✓ ${count} 份` : '还没有上传'} />
        })}
        <View className='claim__link' onClick={() => onEdit('documents')}>
          补充或查看材料
        </View>
      </View>
      {missing.length > 0 && (
        <View className='claim__error' role='alert'>
          还缺：{missing.map((k) => ClaimDocumentKindLabel[k]).join('、')}。请先上传，再提交。
        </View>
      )}
      <NextButton text={busy ? '正在提交…' : '确认无误，提交申请'} busy={busy} onClick={onSubmit} />
      <Text className='claim__muted'>提交后工会工作人员会审核，进度在“互助”页查看。网络断了可以再点一次，不会重复提交。</Text>
    </View>
  )
}
