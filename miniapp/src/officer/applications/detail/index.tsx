import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { BEIJING_DISTRICTS, type JoinApplicationDetail, OccupationLabel, type RevealedIdentity } from '@unionhub/shared'
import { Failure, Waiting } from '@/components/load-state'
import { approveApplication, fetchApplication, rejectApplication, revealIdNumber } from '@/services/officer'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { Row } from '../../row'
import { ChecksCard } from './checks-card'
import { RejectPanel } from './reject-panel'
import '../../officer.scss'

type State = { status: 'loading' } | { status: 'ready'; detail: JoinApplicationDetail } | { status: 'failed'; message: string }

const statusLabel: Record<JoinApplicationDetail['status'], string> = { pending: '待审核', approved: '已通过', rejected: '未通过', transfer: '转接申请' }
const time = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false })
const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** One application: masked details, approve, reject with a reason, or reveal the ID number (audited). */
export default function ApplicationDetail() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [state, setState] = useState<State>({ status: 'loading' })
  const [busy, setBusy] = useState(false)
  const [rejecting, setRejecting] = useState(false)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const [revealed, setRevealed] = useState<RevealedIdentity | null>(null)

  const load = useCallback(() => {
    setState({ status: 'loading' })
    fetchApplication(id).then(
      (detail) => setState({ status: 'ready', detail }),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    )
  }, [id])
  useEffect(load, [load])

  const act = async (work: () => Promise<JoinApplicationDetail>, done: (detail: JoinApplicationDetail) => string) => {
    setBusy(true)
    setNotice(null)
    try {
      const detail = await work()
      setState({ status: 'ready', detail })
      setRejecting(false)
      setNotice({ ok: true, text: done(detail) })
    } catch (error) {
      setNotice({ ok: false, text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

  const approve = async () => {
    const { confirm } = await Taro.showModal({ title: '确认通过', content: '通过后将发放会员号，申请人会收到通知。', confirmText: '通过' })
    if (confirm) await act(() => approveApplication(id), (d) => `已通过，会员号 ${d.memberNumber ?? ''}，已通知申请人。`)
  }
  const reveal = async () => {
    const { confirm } = await Taro.showModal({ title: '查看完整身份证号', content: '查看会留下记录（谁、何时、查看了谁）。确实需要时再查看。', confirmText: '查看' })
    if (!confirm) return
    revealIdNumber(id).then(setRevealed, (error: unknown) => setNotice({ ok: false, text: messageOf(error) }))
  }

  if (state.status === 'loading') return <Waiting text='正在加载申请…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={load} />
  const d = state.detail
  const district = BEIJING_DISTRICTS.find((x) => x.code === d.workDistrict)?.name ?? d.workDistrict
  return (
    <View className='officer'>
      {notice && <View className={notice.ok ? 'officer__ok' : 'officer__error'}>{notice.text}</View>}
      <ChecksCard checks={d.checks} />
      <View className='officer__card'>
        <Text className='officer__title'>
          {revealed?.name ?? d.nameMasked} · {statusLabel[d.status]}
        </Text>
        <Row label='性别 / 年龄' value={`${d.gender === 'male' ? '男' : '女'} / ${d.age}岁`} />
        <Row label='身份证号' value={revealed?.idNumber ?? d.idNumberMasked} />
        <Row label='手机号' value={d.phoneMasked} />
        <Row label='职业' value={OccupationLabel[d.occupation]} />
        <Row label='工作单位或平台' value={d.employer} />
        <Row label='工作所在区' value={district} />
        <Row label='申请加入' value={d.unit.name} />
        <Row label='入会渠道' value={d.channelTitle ?? '自选区新就业形态工会'} />
        <Row label='提交时间' value={time(d.createdAt)} />
        <Row label='同意的隐私政策' value={`${d.privacyPolicyVersion} 版`} />
        <Row label='同意时间' value={time(d.privacyConsentAt)} />
        <Row label='敏感信息单独同意' value={time(d.sensitiveConsentAt)} />
        {d.memberNumber && <Row label='会员号' value={d.memberNumber} />}
        {d.rejectReason && <Row label='不通过原因' value={d.rejectReason} />}
        {!revealed && (
          <View className='officer__button'>
            <Button size='large' block onClick={() => void reveal()}>
              查看完整身份证号（留记录）
            </Button>
          </View>
        )}
      </View>
      {d.status === 'pending' && !rejecting && (
        <View className='officer__card'>
          <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void approve()}>
            通过
          </Button>
          <View className='officer__button'>
            <Button size='large' block disabled={busy} onClick={() => setRejecting(true)}>
              不通过…
            </Button>
          </View>
        </View>
      )}
      {d.status === 'pending' && rejecting && (
        <RejectPanel busy={busy} onCancel={() => setRejecting(false)} onReject={(reason) => void act(() => rejectApplication(id, reason), () => '已退回，申请人会看到原因。')} />
      )}
    </View>
  )
}
