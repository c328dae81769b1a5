import { useState } from 'react'
import { Image, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { type ReportKind, ReportKindLabel, Role } from '@unionhub/shared'
import { useSession } from '@/components/use-session'
import { type PickedPhoto, pickPhoto } from '@/services/media'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { signIn } from '@/services/session'
import { newRetryKey, reportStation } from '@/services/stations'
import './index.scss'

type Stage = { status: 'editing' } | { status: 'sending' } | { status: 'sent' } | { status: 'failed'; message: string }

const KINDS = Object.keys(ReportKindLabel) as ReportKind[]
const MAX_NOTE = 200

/** A member reports a problem at a station; it goes to the officers of the station's host unit. */
export default function ReportStation() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const name = decodeURIComponent(params.name ?? '')
  const session = useSession()
  const [kind, setKind] = useState<ReportKind | null>(null)
  const [note, setNote] = useState('')
  const [photo, setPhoto] = useState<PickedPhoto | null>(null)
  const [stage, setStage] = useState<Stage>({ status: 'editing' })
  // One key for this report: a retry after a lost answer files it once, not twice.
  const [retryKey] = useState(newRetryKey)

  if (stage.status === 'sent') {
    return (
      <View className='report'>
        <View className='report__card'>
          <Text className='report__done'>已收到您的反馈</Text>
          <Text className='report__text'>驿站所属的工会会尽快核实处理。谢谢您帮大家把驿站办得更好！</Text>
          <View className='action action--primary' hoverClass='action--pressed' onClick={() => void Taro.navigateBack()}>
            <Text>返回驿站</Text>
          </View>
        </View>
      </View>
    )
  }

  const signedInMember = session.status === 'signed-in' && session.user.role === Role.Member
  const submit = () => {
    if (!kind || stage.status === 'sending') return
    setStage({ status: 'sending' })
    reportStation(id, { kind, note: note.trim() || undefined, photo: photo?.base64 }, retryKey).then(
      () => setStage({ status: 'sent' }),
      (error: unknown) => setStage({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE }),
    )
  }

  return (
    <View className='report'>
      <View className='report__card'>
        <Text className='report__station'>{name || '驿站'}</Text>
        <Text className='report__label'>遇到了什么问题？</Text>
        <View className='report__kinds'>
          {KINDS.map((value) => (
            <View key={value} className={value === kind ? 'kind kind--chosen' : 'kind'} role='radio' aria-checked={value === kind} onClick={() => setKind(value)}>
              <Text>{ReportKindLabel[value]}</Text>
            </View>
          ))}
        </View>

        <Text className='report__label'>补充说明（可不填）</Text>
        <Textarea
          className='report__note'
          value={note}
          maxlength={MAX_NOTE}
          placeholder='例如：晚上八点去的时候门锁着'
          onInput={(event) => setNote(event.detail.value)}
        />
        <Text className='report__count'>
          {note.length}/{MAX_NOTE}
        </Text>

        <Text className='report__label'>照片（可不传，会去掉照片里的位置信息）</Text>
        {photo ? (
          <View className='report__photo-row'>
            <Image className='report__photo' src={photo.preview} mode='aspectFill' />
            <View className='action action--quiet report__remove' onClick={() => setPhoto(null)}>
              <Text>删掉照片</Text>
            </View>
          </View>
        ) : (
          <View className='action action--quiet' hoverClass='action--pressed' onClick={() => void pickPhoto().then((picked) => picked && setPhoto(picked))}>
            <Text>拍照或从相册选一张</Text>
          </View>
        )}
      </View>

      {stage.status === 'failed' && <Text className='report__error'>{stage.message}。您填写的内容还在，点“提交反馈”重试。</Text>}
      {!signedInMember && (
        <Text className='report__error' onClick={() => void signIn()}>
          {session.status === 'unavailable' ? '网页版不能提交反馈，请在微信小程序里操作。' : session.status === 'signed-in' ? '请用会员账号提交反馈。' : '提交反馈需要登录，点这里重新登录。'}
        </Text>
      )}
      <View
        className={kind && signedInMember && stage.status !== 'sending' ? 'action action--primary report__submit' : 'action action--primary action--disabled report__submit'}
        hoverClass='action--pressed'
        onClick={signedInMember ? submit : undefined}
      >
        <Text>{stage.status === 'sending' ? (photo ? '正在上传照片并提交…' : '正在提交…') : kind ? '提交反馈' : '请先选择遇到的问题'}</Text>
      </View>
    </View>
  )
}
