import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { VerifyCardResponse } from '@unionhub/shared'
import { verifyCard } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import '../officer.scss'

/** Scan the member's card on WeChat; paste what its QR code says on H5. */
export default function VerifyCard() {
  const [pasted, setPasted] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<VerifyCardResponse | null>(null)
  const [error, setError] = useState('')

  const check = async (token: string) => {
    if (!token.trim()) {
      setError('请先扫描会员卡二维码，或粘贴二维码的内容。')
      return
    }
    setBusy(true)
    setError('')
    setResult(null)
    try {
      setResult(await verifyCard(token.trim()))
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : UNAVAILABLE_MESSAGE)
    } finally {
      setBusy(false)
    }
  }
  const scan = () => Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then((r) => void check(r.result), () => undefined)

  return (
    <View className='officer'>
      <View className='officer__card'>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button type='primary' size='large' block loading={busy} onClick={() => void scan()}>
            扫描会员卡
          </Button>
        ) : (
          <>
            <Text className='officer__label'>会员卡二维码的内容</Text>
            <Textarea className='officer__textarea' value={pasted} maxlength={300} placeholder='用扫码工具读出会员卡二维码，把内容粘贴到这里' onInput={(e) => setPasted(e.detail.value)} />
            <View className='officer__button'>
              <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void check(pasted)}>
                核验
              </Button>
            </View>
          </>
        )}
      </View>
      {error && <View className='officer__error'>{error}</View>}
      {result?.valid === false && <View className='officer__error verify-result'>✗ 无效：{result.message}</View>}
      {result?.valid === true && (
        <View className='officer__card'>
          <View className='officer__ok verify-result'>✓ 有效的工会会员</View>
          <Text className='officer__title'>{result.nameMasked}</Text>
          <Text className='officer__text'>会员号 {result.memberNumber}</Text>
          <Text className='officer__text'>身份证 {result.idNumberMasked}</Text>
          <Text className='officer__text'>{result.unit.name}，{result.joinedOn} 入会</Text>
        </View>
      )}
    </View>
  )
}
