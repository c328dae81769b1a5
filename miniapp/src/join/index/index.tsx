import { useCallback, useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { JOIN_PLEDGE, type OrgUnitNode, ReviewMode } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { fetchChannel, reportChannelEvent } from '@/services/join'
import { type JoinTarget, startJoining, updateDraft } from '@/services/join-draft'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { sceneFromPageParams, sceneFromScan, sceneFromText } from '@/services/scene'
import { ConsentRow } from './consent-row'
import { PoolChooser } from './pool-chooser'
import { PrivacyNotice } from './privacy-notice'
import '../join.scss'

type Stage =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  /** No usable code: scan or type one, or choose a district pool. `reason` says what was wrong. */
  | { status: 'choose'; reason: string | null }
  | { status: 'ready'; target: JoinTarget; title: string | null }

const NOT_FOUND = '找不到这个入会二维码，可能打错了或已停用。'

/** Screen 1 of 3: the unit, the pledge and the privacy notice, with the two consents. */
export default function JoinPledge() {
  const { params } = useRouter()
  const [code, setCode] = useState(() => sceneFromPageParams(params))
  const [stage, setStage] = useState<Stage>({ status: 'loading' })
  const [consents, setConsents] = useState({ privacy: false, sensitive: false })

  const begin = useCallback((target: JoinTarget, title: string | null) => {
    const draft = startJoining(target)
    setConsents({ privacy: draft.acceptPrivacyPolicy, sensitive: draft.acceptSensitiveInfo })
    setStage({ status: 'ready', target, title })
  }, [])

  const load = useCallback(() => {
    if (!code) {
      setStage({ status: 'choose', reason: null })
      return
    }
    setStage({ status: 'loading' })
    fetchChannel(code).then(
      (channel) => {
        if (channel.state !== 'open') {
          const when = channel.state === 'expired' ? `已在 ${channel.validUntil} 到期` : `要到 ${channel.validFrom} 才开始使用`
          setStage({ status: 'choose', reason: `“${channel.title}”的入会二维码${when}。` })
          return
        }
        reportChannelEvent(channel.code, 'scan')
        const target = { channelCode: channel.code, poolUnitId: null, unitName: channel.unit.name, reviewMode: channel.reviewMode, welcomeGift: channel.welcomeGift }
        begin(target, channel.title)
      },
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 404) setStage({ status: 'choose', reason: NOT_FOUND })
        else setStage({ status: 'failed', message: error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE })
      },
    )
  }, [code, begin])
  useEffect(load, [load])

  const choosePool = (pool: OrgUnitNode) =>
    begin({ channelCode: null, poolUnitId: pool.id, unitName: pool.name, reviewMode: ReviewMode.Review, welcomeGift: null }, null)

  const toggle = (which: 'privacy' | 'sensitive') => {
    const next = { ...consents, [which]: !consents[which] }
    setConsents(next)
    updateDraft({ acceptPrivacyPolicy: next.privacy, acceptSensitiveInfo: next.sensitive })
  }

  switch (stage.status) {
    case 'loading':
      return <Waiting text='正在打开入会页面…' />
    case 'failed':
      return <Failure message={stage.message} onRetry={load} />
    case 'choose':
      return (
        <View className='join'>
          {stage.reason && <View className='join__error'>{stage.reason}您可以重新扫码，或在下面选择所在区的新就业形态工会入会。</View>}
          <CodeEntry onCode={setCode} />
          <PoolChooser onChoose={choosePool} />
        </View>
      )
    case 'ready': {
      const { target, title } = stage
      const agreed = consents.privacy && consents.sensitive
      return (
        <View className='join'>
          <Text className='join__steps'>第 1 步，共 3 步：确认入会</Text>
          <View className='join__card'>
            <Text className='join__eyebrow'>{title ?? '新就业形态劳动者入会'}</Text>
            <Text className='join__unit'>{target.unitName}</Text>
            <Text className='join__note'>
              {target.reviewMode === ReviewMode.Auto ? '填好资料提交后立即成为会员，领取电子会员卡。' : '填好资料提交后由工会审核，结果会通知您。'}
            </Text>
            {target.welcomeGift && <Text className='join__gift'>入会礼：{target.welcomeGift}</Text>}
          </View>
          <View className='join__card'>
            <Text className='join__title'>入会誓词</Text>
            <Text className='join__pledge'>{JOIN_PLEDGE}</Text>
          </View>
          <PrivacyNotice />
          <View className='join__card'>
            <ConsentRow checked={consents.privacy} label='我已阅读并同意《入会个人信息保护说明》，自愿加入工会' onToggle={() => toggle('privacy')} />
            <ConsentRow checked={consents.sensitive} label='我同意工会处理我的身份证号码（敏感个人信息），用于会员实名登记' onToggle={() => toggle('sensitive')} />
            <View className='join__actions'>
              <Button type='primary' size='large' block disabled={!agreed} onClick={() => void Taro.navigateTo({ url: '/join/form/index' })}>
                {agreed ? '同意并填写资料' : '请先勾选上面两项'}
              </Button>
            </View>
          </View>
        </View>
      )
    }
  }
}

/** Without a code: scan one on WeChat; on H5 type the code the officer printed or told. */
function CodeEntry({ onCode }: { onCode: (code: string) => void }) {
  const [typed, setTyped] = useState('')
  const [error, setError] = useState('')

  const scan = () =>
    Taro.scanCode({}).then(
      (result) => {
        const code = sceneFromScan(result)
        if (code) onCode(code)
        else setError('这不是工会的入会二维码，请扫描工会工作人员出示的二维码。')
      },
      () => undefined,
    )
  const submit = () => {
    const code = sceneFromText(typed)
    if (code) onCode(code)
    else setError('入会码是10位字母和数字，请向工会工作人员核对后再输入。')
  }

  return (
    <View className='join__card'>
      <Text className='join__title'>扫描工会的入会二维码</Text>
      <Text className='join__note'>在职工沟通会、驿站或单位里，找工会工作人员要入会二维码。</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <View className='join__actions'>
          <Button type='primary' size='large' block onClick={scan}>
            扫一扫入会二维码
          </Button>
        </View>
      ) : (
        <View className='code-entry'>
          <Input className='code-entry__input' value={typed} maxlength={10} placeholder='输入入会码（10位字母和数字）' onInput={(e) => setTyped(e.detail.value)} />
          <Button type='primary' size='large' block onClick={submit}>
            打开
          </Button>
        </View>
      )}
      {error && <Text className='join__error'>{error}</Text>}
    </View>
  )
}
