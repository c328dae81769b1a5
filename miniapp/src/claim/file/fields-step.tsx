import { useState } from 'react'
import { Picker, Text, Textarea, View } from '@tarojs/components'
import type { AidEnrollment } from '@unionhub/shared'
import { Field, TextField } from '@/join/form/field'
import type { ClaimFields } from '@/services/claim-draft'
import { type FieldErrors, fieldLabels, validateClaimFields, yuanToFen } from '@/services/claim-form'
import { yuanText } from '@/components/aid-format'

interface Props {
  enrollment: AidEnrollment
  fields: ClaimFields
  today: string
  /** A refusal from the server, shown on its field. */
  serverErrors: FieldErrors
  /** The server already holds a draft of this form: changing it files a new one. */
  locked: boolean
  onChange: (patch: Partial<ClaimFields>) => void
  onUnlock: () => void
  onNext: () => void
}

const ALL = ['eventDate', 'dischargeDate', 'hospital', 'insuranceTxn', 'invoiceNumbers', 'totalYuan', 'eligibleYuan'] as const

function DateField({ label, value, error, start, end, optional, onChange }: { label: string; value: string; error?: string; start?: string; end: string; optional?: boolean; onChange: (v: string) => void }) {
  return (
    <Field label={label} error={error}>
      <Picker mode='date' value={value || end} start={start} end={end} onChange={(e) => onChange(e.detail.value)}>
        <View className='field__picker'>
          <Text className={value ? '' : 'field__placeholder'}>{value || (optional ? '没有住院可不选' : '请选择日期')}</Text>
          <Text className='field__arrow'>›</Text>
        </View>
      </Picker>
    </Field>
  )
}

/** Step 2: the plan's fields, checked as the member types with the server's rules. */
export function FieldsStep({ enrollment, fields, today, serverErrors, locked, onChange, onUnlock, onNext }: Props) {
  const labels = fieldLabels(enrollment.plan.category)
  const errors = { ...validateClaimFields(fields, enrollment, today), ...serverErrors }
  const [shown, setShown] = useState<Set<string>>(() => new Set(ALL.filter((f) => fields[f] !== '' || serverErrors[f])))
  const visible = (field: keyof ClaimFields) => (shown.has(field) ? errors[field] : undefined)
  const show = (field: string) => setShown((previous) => new Set(previous).add(field))
  const [tried, setTried] = useState(false)
  const total = yuanToFen(fields.totalYuan)
  const eligible = yuanToFen(fields.eligibleYuan)

  const next = () => {
    setShown(new Set(ALL))
    setTried(true)
    if (Object.keys(errors).length === 0) onNext()
  }

  return (
    <View>
      {locked && (
        <View className='claim__message'>
          <Text>这些信息已随申请草稿保存。要修改，会新建一份申请，已上传的材料需要重新上传。</Text>
          <View className='claim__link' onClick={onUnlock}>
            修改信息
          </View>
        </View>
      )}
      <View className='claim__card'>
        <DateField label={labels.eventDate} value={fields.eventDate} error={visible('eventDate')} end={today} onChange={(eventDate) => onChange({ eventDate })} />
        {labels.hasStay && (
          <DateField label='出院日期（住院才填）' value={fields.dischargeDate} error={visible('dischargeDate')} start={fields.eventDate || undefined} end={today} optional onChange={(dischargeDate) => onChange({ dischargeDate })} />
        )}
        <TextField label={labels.hospital} value={fields.hospital} error={visible('hospital')} placeholder={labels.hospitalHint} maxlength={60} onChange={(hospital) => onChange({ hospital })} onBlur={() => show('hospital')} />
        {labels.hasStay && (
          <TextField
            label='医保交易流水号（医保结算单上，可不填）'
            value={fields.insuranceTxn}
            error={visible('insuranceTxn')}
            placeholder='如：YB20261110000123'
            maxlength={40}
            onChange={(insuranceTxn) => onChange({ insuranceTxn })}
            onBlur={() => show('insuranceTxn')}
          />
        )}
        <Field label='发票号码（多张用空格或换行隔开）' error={visible('invoiceNumbers')}>
          <Textarea
            className='claim__note-input'
            value={fields.invoiceNumbers}
            maxlength={900}
            placeholder='如：11002600001234'
            onInput={(e) => onChange({ invoiceNumbers: e.detail.value })}
            onBlur={() => show('invoiceNumbers')}
          />
        </Field>
        <TextField label='费用总额（元）' value={fields.totalYuan} error={visible('totalYuan')} type='text' placeholder='如：3000 或 2856.40' maxlength={16} onChange={(totalYuan) => onChange({ totalYuan })} onBlur={() => show('totalYuan')} />
        <TextField
          label='其中自付部分（元，医保结算单上）'
          value={fields.eligibleYuan}
          error={visible('eligibleYuan')}
          type='text'
          placeholder='如：2000'
          maxlength={16}
          onChange={(eligibleYuan) => onChange({ eligibleYuan })}
          onBlur={() => show('eligibleYuan')}
        />
        {total !== null && eligible !== null && (
          <Text className='claim__muted'>
            共 {yuanText(total)}，自付 {yuanText(eligible)}
          </Text>
        )}
      </View>
      {tried && Object.keys(errors).length > 0 && (
        <View className='claim__error' role='alert'>
          还有几项需要修改，请看红字提示。
        </View>
      )}
      {!locked && <NextButton text='下一步：收款账户' onClick={next} />}
      {locked && <NextButton text='下一步' onClick={onNext} />}
    </View>
  )
}

export function NextButton({ text, onClick, busy = false }: { text: string; onClick: () => void; busy?: boolean }) {
  return (
    <View className={busy ? 'claim-button claim-button--busy' : 'claim-button'} hoverClass='claim-button--pressed' role='button' onClick={busy ? undefined : onClick}>
      <Text>{text}</Text>
    </View>
  )
}
