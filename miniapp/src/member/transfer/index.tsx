import { useCallback, useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { type OrgUnitSummary, TRANSFER_REASON_MAX_LENGTH, type TransferSummary, validateEmployer } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { SubscribeButton } from '@/components/subscribe-button'
import { UnitChooser } from '@/components/unit-chooser'
import { fetchCard } from '@/services/join'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { cancelMyTransfer, fetchMyTransfers, startMyTransfer, type TransferTarget } from '@/services/transfers'
import { progressOf } from './transfer-progress'
import './index.scss'

type State =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'not-member' }
  | { status: 'ready'; unit: OrgUnitSummary; transfers: TransferSummary[] }

interface Draft {
  target: TransferTarget | null
  reason: string
  newEmployer: string
}

const DRAFT_KEY = 'unionhub.transferDraft'
const QUICK_REASONS = ['换了工作', '搬家了', '平台或单位变了'] as const
const emptyDraft: Draft = { target: null, reason: '', newEmployer: '' }
const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** The member asks to move his membership to another union and follows it to the end. */
export default function MyTransfer() {
  const [state, setState] = useState<State>({ status: 'loading' })

  const load = useCallback(() => {
    setState({ status: 'loading' })
    Promise.all([fetchCard(), fetchMyTransfers()]).then(
      ([card, transfers]) => setState({ status: 'ready', unit: card.unit, transfers }),
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.code === 'JOIN_NOT_MEMBER') setState({ status: 'not-member' })
        else setState({ status: 'failed', message: messageOf(error) })
      },
    )
  }, [])
  useDidShow(load)

  switch (state.status) {
    case 'loading':
      return <Waiting text='正在查看您的转接…' />
    case 'failed':
      return <Failure message={state.message} onRetry={load} />
    case 'not-member':
      return (
        <View className='transfer'>
          <View className='transfer__card'>
            <Text className='transfer__title'>您还不是工会会员</Text>
            <Text className='transfer__text'>入会以后，换工作或搬家时可以在这里把会籍转到新的工会。</Text>
            <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: '/join/index/index' })}>
              去入会
            </Button>
          </View>
        </View>
      )
    case 'ready': {
      const [latest] = state.transfers
      const open = latest && progressOf(latest).open
      return (
        <View className='transfer'>
          <View className='transfer__card'>
            <Text className='transfer__muted'>现在所属工会</Text>
            <Text className='transfer__title'>{state.unit.name}</Text>
          </View>
          {latest && <Progress transfer={latest} onChanged={load} />}
          {!open && <TransferForm unit={state.unit} onStarted={load} />}
        </View>
      )
    }
  }
}

function Progress({ transfer, onChanged }: { transfer: TransferSummary; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const progress = progressOf(transfer)

  const cancel = async () => {
    const { confirm } = await Taro.showModal({ title: '撤回转接申请', content: `撤回转到${transfer.toUnit.name}的申请？撤回后仍留在原工会。`, confirmText: '撤回' })
    if (!confirm) return
    setBusy(true)
    setError('')
    try {
      await cancelMyTransfer(transfer.id)
      onChanged()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className={progress.open ? 'transfer__card transfer__card--open' : 'transfer__card'}>
      <Text className='transfer__title'>{progress.title}</Text>
      <Text className='transfer__text'>{progress.text}</Text>
      <Text className='transfer__next'>{progress.next}</Text>
      {progress.open && (
        <SubscribeButton
          topic='transfer-result'
          label='转接结果用微信通知我'
          done='好的，下一步有结果时会用微信通知您。'
          fallback='没有订阅成功，结果仍会在“我的消息”里告诉您。'
        />
      )}
      {transfer.status === 'accepted' && (
        <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: '/member/card/index' })}>
          查看会员卡
        </Button>
      )}
      {error && <Text className='transfer__error'>{error}</Text>}
      {transfer.status === 'requested' && (
        <View className='transfer__action'>
          <Button size='large' block loading={busy} disabled={busy} onClick={() => void cancel()}>
            撤回申请
          </Button>
        </View>
      )}
    </View>
  )
}

function loadDraft(): Draft {
  const saved = Taro.getStorageSync<Draft | ''>(DRAFT_KEY)
  return saved ? { ...emptyDraft, ...saved } : emptyDraft
}

/** Where to, why, and the new employer; kept on the phone until sent, so a lost signal loses nothing. */
function TransferForm({ unit, onStarted }: { unit: OrgUnitSummary; onStarted: () => void }) {
  const [draft, setDraft] = useState<Draft>(loadDraft)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const change = (next: Partial<Draft>) => {
    const merged = { ...draft, ...next }
    setDraft(merged)
    Taro.setStorageSync(DRAFT_KEY, merged)
  }

  const reasonLength = [...draft.reason.trim()].length
  const employer = draft.newEmployer.trim()
  const employerCheck = employer ? validateEmployer(employer) : null
  const problem = !draft.target
    ? '请先选择要转去的工会'
    : reasonLength < 2
      ? '请写下转接原因（至少2个字）'
      : employerCheck && !employerCheck.ok
        ? employerCheck.message
        : ''

  const submit = async () => {
    if (problem || !draft.target) return
    setBusy(true)
    setError('')
    try {
      await startMyTransfer({ toUnitId: draft.target.id, reason: draft.reason.trim(), ...(employer ? { newEmployer: employer } : {}) })
      Taro.removeStorageSync(DRAFT_KEY)
      onStarted()
    } catch (e) {
      setError(`${messageOf(e)}${e instanceof ApiRequestError ? '' : '。已填的内容保存在手机上，网络好了再点提交。'}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='transfer__card'>
      <Text className='transfer__title'>申请转会</Text>
      <Text className='transfer__text'>换了工作或搬了家，可以把会籍转到新的工会，会员号和入会日期不变。原工会同意转出、新工会接收后就完成了。</Text>

      <Text className='transfer__label'>1. 要转到哪个工会</Text>
      {draft.target ? (
        <View className='transfer__chosen'>
          <View className='transfer__option-body'>
            <Text className='transfer__option-name'>{draft.target.name}</Text>
            <Text className='transfer__muted'>{draft.target.within}</Text>
          </View>
          <View className='transfer__link' onClick={() => change({ target: null })}>
            重新选择
          </View>
        </View>
      ) : (
        <UnitChooser exceptId={unit.id} onChoose={(target) => change({ target })} />
      )}

      <Text className='transfer__label'>2. 转接原因</Text>
      <View className='transfer__picks'>
        {QUICK_REASONS.map((text) => (
          <View key={text} className={text === draft.reason ? 'transfer__pick transfer__pick--chosen' : 'transfer__pick'} onClick={() => change({ reason: text })}>
            {text}
          </View>
        ))}
      </View>
      <Textarea
        className='transfer__textarea'
        value={draft.reason}
        maxlength={TRANSFER_REASON_MAX_LENGTH}
        placeholder='点上面的常用原因，或自己写，原工会和新工会都会看到'
        onInput={(e) => change({ reason: e.detail.value })}
      />

      <Text className='transfer__label'>3. 新的工作单位或平台（没换工作可不填）</Text>
      <Input className='transfer__input' value={draft.newEmployer} maxlength={50} placeholder='如“闪送”“顺丰速运”' onInput={(e) => change({ newEmployer: e.detail.value })} />

      {error && <Text className='transfer__error'>{error}</Text>}
      <View className='transfer__action'>
        <Button type='primary' size='large' block loading={busy} disabled={busy || !!problem} onClick={() => void submit()}>
          {busy ? '正在提交…' : problem || '提交转接申请'}
        </Button>
      </View>
    </View>
  )
}
