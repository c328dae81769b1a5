import { useEffect, useState } from 'react'
import { Button as NativeButton, Input, View } from '@tarojs/components'
import { validatePhone } from '@unionhub/shared'
import { sendSmsCode } from '@/services/join'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { Field } from './field'

interface SmsCodeFieldProps {
  phone: string
  code: string
  error?: string
  onCode: (code: string) => void
  onBlur: () => void
}

/** A one-time code texted to the typed number: a typed number counts only with it. */
export function SmsCodeField({ phone, code, error, onCode, onBlur }: SmsCodeFieldProps) {
  const [sending, setSending] = useState(false)
  const [wait, setWait] = useState(0)
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)

  useEffect(() => {
    if (wait <= 0) return undefined
    const timer = setTimeout(() => setWait(wait - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])

  const send = async () => {
    if (!validatePhone(phone).ok) {
      setNote({ ok: false, text: '请先填好11位手机号码，再获取验证码' })
      return
    }
    setSending(true)
    setNote(null)
    try {
      const sent = await sendSmsCode(phone.trim())
      setWait(sent.resendAfterSeconds)
      setNote({ ok: true, text: `验证码已发到 ${sent.phoneMasked}，${sent.expiresInSeconds / 60}分钟内有效` })
    } catch (failure) {
      const details = failure instanceof ApiRequestError ? failure.details : undefined
      const retry = details && !Array.isArray(details) ? details.retryAfterSeconds : undefined
      if (typeof retry === 'number' && retry <= 120) setWait(retry)
      setNote({ ok: false, text: failure instanceof ApiRequestError ? failure.message : UNAVAILABLE_MESSAGE })
    } finally {
      setSending(false)
    }
  }

  const label = sending ? '正在发送…' : wait > 0 ? `${wait}秒后可重发` : '获取验证码'
  const waiting = sending || wait > 0
  return (
    <Field label='短信验证码' error={note && !note.ok ? note.text : error}>
      <View className='field__code-row'>
        <Input
          className='field__input field__code-input'
          value={code}
          type='number'
          maxlength={6}
          placeholder='6位数字'
          onInput={(e) => onCode(e.detail.value)}
          onBlur={onBlur}
        />
        <NativeButton className={waiting ? 'field__send field__send--waiting' : 'field__send'} disabled={waiting} onClick={() => void send()}>
          {label}
        </NativeButton>
      </View>
      {note?.ok && <View className='field__sent'>{note.text}</View>}
    </Field>
  )
}
