import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { type JoinFormErrors, SMS_CODE_PATTERN, validateJoinForm } from '@unionhub/shared'
import { reportChannelEvent } from '@/services/join'
import { type JoinDraft, loadDraft, updateDraft } from '@/services/join-draft'
import { submitDraft, submitFailureMessage } from '@/services/join-submit'
import { ApiRequestError } from '@/services/request'
import { DistrictChoice, OccupationChoice } from './choices'
import { TextField } from './field'
import { PhoneField } from './phone-field'
import '../join.scss'
import './index.scss'

type FieldName = keyof JoinFormErrors
const ALL_FIELDS: FieldName[] = ['name', 'idNumber', 'phone', 'occupation', 'employer', 'workDistrict']
const SPENT_CODE_ERRORS = new Set(['SMS_CODE_EXPIRED', 'SMS_CODE_TOO_MANY_TRIES'])

/** Screen 2 of 3: the form, checked as the worker types with the same rules the server uses. */
export default function JoinForm() {
  const [draft, setDraft] = useState<JoinDraft>(loadDraft)
  const [shown, setShown] = useState<Set<FieldName>>(() => new Set(ALL_FIELDS.filter((f) => f !== 'phone' && draft[f] !== '')))
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState('')

  useEffect(() => {
    const code = draft.target?.channelCode
    if (code && !draft.startReported) {
      reportChannelEvent(code, 'start')
      setDraft(updateDraft({ startReported: true }))
    }
  }, [draft.target?.channelCode, draft.startReported])

  if (!draft.target || !draft.acceptPrivacyPolicy || !draft.acceptSensitiveInfo) {
    return (
      <View className='join'>
        <View className='join__error'>请先扫描入会二维码，并在上一步勾选同意。</View>
        <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: '/join/index/index' })}>
          回到第 1 步
        </Button>
      </View>
    )
  }

  const typedPhone = !draft.phoneCode
  const errors = validateJoinForm(draft, { checkPhone: typedPhone })
  if (typedPhone && process.env.TARO_ENV === 'weapp' && !draft.phone) errors.phone = '请点“获取微信绑定的手机号”，或手动填写'
  const smsError = typedPhone && !SMS_CODE_PATTERN.test(draft.smsCode) ? '请填写短信里的6位验证码' : undefined
  const visible = (field: FieldName) => (shown.has(field) ? errors[field] : undefined)
  const show = (field: FieldName) => setShown((previous) => new Set(previous).add(field))
  const change = (patch: Partial<JoinDraft>) => {
    setFailure('')
    setDraft(updateDraft({ ...patch, submitted: false }))
  }

  const submit = async () => {
    setShown(new Set(ALL_FIELDS))
    if (Object.keys(errors).length > 0 || smsError) {
      setFailure('还有几项需要修改，请看红字提示。')
      return
    }
    setSubmitting(true)
    setFailure('')
    try {
      await submitDraft(draft)
      await Taro.redirectTo({ url: '/join/result/index' })
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'JOIN_PHONE_CODE_INVALID') setDraft(updateDraft({ phoneCode: '' }))
      // A spent or dead code is of no more use: the worker asks for a new one.
      if (error instanceof ApiRequestError && SPENT_CODE_ERRORS.has(error.code)) setDraft(updateDraft({ smsCode: '' }))
      setFailure(submitFailureMessage(error))
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View className='join'>
      <Text className='join__steps'>第 2 步，共 3 步：加入 {draft.target.unitName}</Text>
      <View className='join__card'>
        <TextField label='姓名' value={draft.name} error={visible('name')} placeholder='与身份证上一致' maxlength={30} onChange={(name) => change({ name })} onBlur={() => show('name')} />
        <TextField
          label='身份证号码'
          value={draft.idNumber}
          error={visible('idNumber') ?? (draft.idNumber.length >= 18 ? errors.idNumber : undefined)}
          type='idcard'
          placeholder='18位，最后一位可以是X'
          maxlength={18}
          onChange={(idNumber) => change({ idNumber })}
          onBlur={() => show('idNumber')}
        />
        <PhoneField
          phone={draft.phone}
          phoneCode={draft.phoneCode}
          smsCode={draft.smsCode}
          error={visible('phone') ?? (draft.phone.length >= 11 ? errors.phone : undefined)}
          smsError={shown.has('phone') ? smsError : undefined}
          onPhone={(phone) => change({ phone, phoneCode: '' })}
          onPhoneCode={(phoneCode) => change({ phoneCode, phone: '', smsCode: '' })}
          onSmsCode={(smsCode) => change({ smsCode })}
          onBlur={() => show('phone')}
        />
        <OccupationChoice value={draft.occupation} error={visible('occupation')} onChange={(occupation) => change({ occupation })} />
        <TextField
          label='工作单位或平台'
          value={draft.employer}
          error={visible('employer')}
          placeholder='如：美团、顺丰、京东物流'
          maxlength={50}
          onChange={(employer) => change({ employer })}
          onBlur={() => show('employer')}
        />
        <DistrictChoice value={draft.workDistrict} error={visible('workDistrict')} onChange={(workDistrict) => change({ workDistrict })} />
      </View>
      {failure && (
        <View className='join__error' role='alert'>
          {failure}
        </View>
      )}
      <Button type='primary' size='large' block loading={submitting} disabled={submitting} onClick={() => void submit()}>
        {submitting ? '正在提交…' : '提交入会申请'}
      </Button>
      <Text className='join__note join__note--center'>资料随填随存，断网或退出后回来还在。</Text>
    </View>
  )
}
