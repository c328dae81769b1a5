import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { maskBankAccount } from '@unionhub/shared'
import { Field, TextField } from '@/join/form/field'
import type { PayeeKind } from '@/services/claim-draft'
import { digitsOnly, paysToCardOnFile, validatePayee } from '@/services/claim-form'
import { NextButton } from './fields-step'

interface Props {
  kind: PayeeKind
  name: string
  account: string
  /** The mask of the 互助服务卡 on file, or null. */
  cardOnFile: string | null
  useCardOnFile: boolean
  /** The server already holds the draft with this payee. */
  locked: boolean
  busy: boolean
  onChange: (patch: { payeeKind?: PayeeKind; payeeName?: string; bankAccount?: string; useCardOnFile?: boolean }) => void
  onNext: () => void
}

const KINDS: { kind: PayeeKind; title: string; text: string }[] = [
  { kind: 'aid-card', title: '我的工会会员互助服务卡（推荐）', text: '入会时办理的北京银行互助服务卡，赔付款打到这张卡上' },
  { kind: 'other-card', title: '本人名下的其他银行卡', text: '没有办互助服务卡，或卡已挂失时选这个' },
]

/** Step 3: where the money goes; the card on file is offered as is, a typed number is shown masked. */
export function PayeeStep({ kind, name, account, cardOnFile, useCardOnFile, locked, busy, onChange, onNext }: Props) {
  const onFile = paysToCardOnFile({ payeeKind: kind, cardOnFile, useCardOnFile })
  const errors = validatePayee(name, account, onFile)
  const [editing, setEditing] = useState(!account || Boolean(errors.bankAccount))
  const [tried, setTried] = useState(false)

  const next = () => {
    setTried(true)
    if (errors.bankAccount) setEditing(true)
    if (Object.keys(errors).length === 0) onNext()
  }

  return (
    <View>
      {KINDS.map((option) => (
        <View key={option.kind} className={option.kind === kind ? 'choice choice--chosen' : 'choice'} role='radio' aria-checked={option.kind === kind} onClick={() => !locked && onChange({ payeeKind: option.kind })}>
          <Text className='choice__title'>{option.title}</Text>
          <Text className='choice__text'>{option.text}</Text>
        </View>
      ))}
      <View className='claim__card'>
        <TextField label='收款人（须为本人）' value={name} error={tried ? errors.payeeName : undefined} placeholder='与身份证上一致' maxlength={30} onChange={(payeeName) => onChange({ payeeName })} onBlur={() => undefined} />
        {onFile ? (
          <Field label='互助服务卡'>
            <View className='payee-mask' data-masked='true' data-on-file='true'>
              <Text>尾号{(cardOnFile ?? '').slice(-4)}（已保存）</Text>
              {!locked && (
                <Text className='claim__link' onClick={() => onChange({ useCardOnFile: false })}>
                  更换
                </Text>
              )}
            </View>
          </Field>
        ) : (
          <Field label={kind === 'aid-card' ? '互助服务卡卡号' : '银行卡号'} error={tried || !editing ? errors.bankAccount : undefined}>
            {editing ? (
              <Input
                className='field__input'
                type={process.env.TARO_ENV === 'weapp' ? 'number' : 'text'}
                value={account}
                maxlength={23}
                placeholder='卡面上的12到19位数字'
                focus={!account}
                onInput={(e) => onChange({ bankAccount: digitsOnly(e.detail.value) })}
                onBlur={() => setEditing(Boolean(validatePayee(name, account).bankAccount))}
              />
            ) : (
              <View className='payee-mask' data-masked='true'>
                <Text>{maskBankAccount(account)}</Text>
                {!locked && (
                  <Text className='claim__link' onClick={() => setEditing(true)}>
                    修改
                  </Text>
                )}
              </View>
            )}
          </Field>
        )}
        {!onFile && kind === 'aid-card' && cardOnFile && !locked && (
          <Text className='claim__link' onClick={() => onChange({ useCardOnFile: true, bankAccount: '' })}>
            改用已保存的互助服务卡（尾号{cardOnFile.slice(-4)}）
          </Text>
        )}
        <Text className='claim__muted'>卡号加密保存，只有审核打款的工作人员能看到完整号码。</Text>
      </View>
      {tried && Object.keys(errors).length > 0 && (
        <View className='claim__error' role='alert'>
          请按红字提示改正收款信息。
        </View>
      )}
      <NextButton text={busy ? '正在保存申请…' : locked ? '下一步：上传材料' : '确认收款账户，下一步'} busy={busy} onClick={next} />
    </View>
  )
}
