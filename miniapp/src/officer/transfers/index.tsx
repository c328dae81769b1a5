import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { TransferOrigin, TransferQueue, TransferStatus, TransferSummary } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { acceptTransfer, fetchTransfers, refuseTransfer, releaseTransfer } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { ReasonForm } from '../reason-form'
import { StartTransferForm } from './start-form'
import '../officer.scss'

type State = { status: 'loading' } | { status: 'ready'; transfers: TransferSummary[] } | { status: 'failed'; message: string }

const tabs: { queue: TransferQueue; label: string }[] = [
  { queue: 'out', label: '待转出' },
  { queue: 'in', label: '待接收' },
  { queue: 'all', label: '全部' },
]

const statusLabel: Record<TransferStatus, string> = { requested: '待转出', released: '待接收', accepted: '已转入', refused: '未通过', cancelled: '会员已撤回' }
const originLabel: Record<TransferOrigin, string> = { application: '在新单位扫码入会时提出', member: '会员本人申请', officer: '工会工作者发起' }

const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false })

/** 组织关系转接: the releasing unit releases, the receiving unit accepts; either may refuse with a reason. */
export default function Transfers() {
  const [queue, setQueue] = useState<TransferQueue>('out')
  const [state, setState] = useState<State>({ status: 'loading' })
  const [busy, setBusy] = useState(false)
  const [refusing, setRefusing] = useState<string | null>(null)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const [starting, setStarting] = useState(false)

  const load = useCallback((which: TransferQueue) => {
    setState({ status: 'loading' })
    fetchTransfers(which).then(
      (transfers) => setState({ status: 'ready', transfers }),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    )
  }, [])
  useDidShow(() => load(queue))

  const choose = (which: TransferQueue) => {
    setQueue(which)
    setNotice(null)
    load(which)
  }

  const act = async (work: () => Promise<TransferSummary>, done: string) => {
    setBusy(true)
    setNotice(null)
    try {
      await work()
      setRefusing(null)
      setStarting(false)
      setNotice({ ok: true, text: done })
      load(queue)
    } catch (error) {
      setNotice({ ok: false, text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }
  const release = async (t: TransferSummary) => {
    const { confirm } = await Taro.showModal({ title: '同意转出', content: `同意${t.nameMasked}转到${t.toUnit.name}？对方接收后会籍即转出。`, confirmText: '同意' })
    if (confirm) await act(() => releaseTransfer(t.id), '已同意转出，等待对方单位接收。')
  }
  const accept = async (t: TransferSummary) => {
    const { confirm } = await Taro.showModal({ title: '接收会员', content: `接收${t.nameMasked}？会员号和入会日期保持不变。`, confirmText: '接收' })
    if (confirm) await act(() => acceptTransfer(t.id), '已接收，会籍已转入本单位。')
  }

  return (
    <View className='officer'>
      <View className='tabs'>
        {tabs.map((tab) => (
          <View key={tab.queue} className={tab.queue === queue ? 'tabs__tab tabs__tab--current' : 'tabs__tab'} onClick={() => choose(tab.queue)}>
            {tab.label}
          </View>
        ))}
      </View>
      {notice && <View className={notice.ok ? 'officer__ok' : 'officer__error'}>{notice.text}</View>}
      {starting ? (
        <StartTransferForm busy={busy} onCancel={() => setStarting(false)} onStart={(work) => void act(work, '已发起转接，可在“全部”里查看进度。')} />
      ) : (
        <View className='officer__lead'>
          <Button size='large' block disabled={busy} onClick={() => setStarting(true)}>
            为会员发起转接…
          </Button>
        </View>
      )}
      {state.status === 'loading' && <Waiting text='正在加载转接申请…' />}
      {state.status === 'failed' && <Failure message={state.message} onRetry={() => load(queue)} />}
      {state.status === 'ready' && state.transfers.length === 0 && <Text className='officer__text'>暂无{tabs.find((t) => t.queue === queue)?.label}的转接申请。</Text>}
      {state.status === 'ready' &&
        state.transfers.map((t) => (
          <View key={t.id} className='officer__card'>
            <Text className='officer__title'>
              {t.nameMasked} · {t.memberNumber} · {statusLabel[t.status]}
            </Text>
            <Text className='officer__text'>
              从 {t.fromUnit.name} 转到 {t.toUnit.name}
            </Text>
            <Text className='officer__muted'>
              {when(t.createdAt)} · {originLabel[t.origin]}
            </Text>
            {t.reason && <Text className='officer__text'>原因：{t.reason}</Text>}
            {t.newEmployer && <Text className='officer__text'>新工作单位：{t.newEmployer}</Text>}
            {t.refuseReason && <Text className='officer__text'>{t.refusedBy === 'releasing' ? '转出单位' : '转入单位'}不同意：{t.refuseReason}</Text>}
            {queue !== 'all' && refusing !== t.id && (
              <>
                <View className='officer__button'>
                  <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void (queue === 'out' ? release(t) : accept(t))}>
                    {queue === 'out' ? '同意转出' : '接收'}
                  </Button>
                </View>
                <View className='officer__button'>
                  <Button size='large' block disabled={busy} onClick={() => setRefusing(t.id)}>
                    不同意…
                  </Button>
                </View>
              </>
            )}
            {refusing === t.id && (
              <ReasonForm
                busy={busy}
                confirmText='确认不同意'
                placeholder='写下不同意的原因，对方单位和会员会看到'
                maxLength={200}
                onCancel={() => setRefusing(null)}
                onConfirm={(reason) => void act(() => refuseTransfer(t.id, reason), '已记录不同意的原因，对方单位和会员会看到。')}
              />
            )}
          </View>
        ))}
    </View>
  )
}
