import { useState } from 'react'
import { Button as NativeButton, Text, View } from '@tarojs/components'
import type { BaseEventOrig, ButtonProps } from '@tarojs/components'
import { Field, TextField } from './field'
import { SmsCodeField } from './sms-code-field'

interface PhoneFieldProps {
  phone: string
  phoneCode: string
  smsCode: string
  error?: string
  smsError?: string
  onPhone: (phone: string) => void
  onPhoneCode: (code: string) => void
  onSmsCode: (code: string) => void
  onBlur: () => void
}

/**
 * On WeChat the number comes from the getPhoneNumber button (a one-time code the server
 * exchanges); on H5, or when the worker prefers, it is typed and proven with a texted code.
 */
export function PhoneField({ phone, phoneCode, smsCode, error, smsError, onPhone, onPhoneCode, onSmsCode, onBlur }: PhoneFieldProps) {
  const [typing, setTyping] = useState(process.env.TARO_ENV !== 'weapp' || phone !== '')
  const [hint, setHint] = useState('')

  if (typing) {
    return (
      <>
        <TextField label='手机号码' value={phone} error={error} type='number' maxlength={11} placeholder='11位手机号码' onChange={onPhone} onBlur={onBlur} />
        <SmsCodeField phone={phone} code={smsCode} error={smsError} onCode={onSmsCode} onBlur={onBlur} />
      </>
    )
  }
  const received = (e: BaseEventOrig<ButtonProps.onGetPhoneNumberEventDetail>) => {
    const code = (e.detail as { code?: string }).code
    if (code) {
      setHint('')
      onPhoneCode(code)
    } else {
      setHint('没有获取到手机号，可以点下面“手动填写”。')
    }
  }
  return (
    <Field label='手机号码' error={phoneCode ? undefined : (hint || error)}>
      {phoneCode ? (
        <Text className='field__done'>✓ 已获取微信绑定的手机号</Text>
      ) : (
        <NativeButton className='field__wechat-phone' openType='getPhoneNumber' onGetPhoneNumber={received}>
          获取微信绑定的手机号
        </NativeButton>
      )}
      <View
        className='field__switch'
        onClick={() => {
          onPhoneCode('')
          setTyping(true)
        }}
      >
        手动填写手机号
      </View>
    </Field>
  )
}
