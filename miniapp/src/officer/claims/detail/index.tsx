import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ClaimDetail } from '@unionhub/shared'
import { yuanText } from '@/components/aid-format'
import { Failure, Waiting } from '@/components/load-state'
import { approveClaim, approvePayee, confirmApproval, fetchClaimForReview, rejectClaim, requestInfo, startReview } from '@/services/aid-review'
import { ApiRequestError, UNAVAILABLE_MESSAGE } from '@/services/request'
import { dateTime, eventText, OFFICER_STATUS, yuanExact } from '../claim-labels'
import { Row } from '../../row'
import { ClaimDocuments } from './claim-documents'
import { ApprovePanel, RejectPanel, RequestInfoPanel } from './decision-panels'
import '../../officer.scss'
import '../claims.scss'

type State = { status: 'loading' } | { status: 'ready'; claim: ClaimDetail } | { status: 'failed'; message: string }
type Panel = 'none' | 'info' | 'approve' | 'reject'
type Notice = { ok: boolean; text: string }

const CHANGED = '该申请已被他人处理，已为您刷新'
const STALE_CODES = ['CLAIM_CHANGED_MEANWHILE', 'CLAIM_ILLEGAL_TRANSITION', 'CLAIM_NO_APPROVAL_PENDING', 'CLAIM_PAYEE_NOT_PENDING']
const messageOf = (error: unknown) => (error instanceof ApiRequestError ? error.message : UNAVAILABLE_MESSAGE)

/** One claim: facts, documents, checklist, the suggested payout and the decision its status allows. */
export default function ClaimReview() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [state, setState] = useState<State>({ status: 'loading' })
  const [panel, setPanel] = useState<Panel>('none')
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)

  const load = useCallback(
    (quiet = false) => {
      if (!quiet) setState({ status: 'loading' })
      return fetchClaimForReview(id).then(
        (claim) => setState({ status: 'ready', claim }),
        (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
      )
    },
    [id],
  )
  useEffect(() => void load(), [load])

  /** Every decision carries the version on screen; if someone else acted first, the screen refreshes. */
  const act = async (work: (version: number) => Promise<ClaimDetail>, done: (claim: ClaimDetail) => string) => {
    if (state.status !== 'ready') return
    setBusy(true)
    setNotice(null)
    try {
      const claim = await work(state.claim.version)
      setState({ status: 'ready', claim })
      setPanel('none')
      setNotice({ ok: true, text: done(claim) })
    } catch (error) {
      if (error instanceof ApiRequestError && STALE_CODES.includes(error.code)) {
        setPanel('none')
        await load(true)
        setNotice({ ok: false, text: CHANGED })
      } else if (error instanceof ApiRequestError && error.code === 'CLAIM_SECOND_APPROVER_REQUIRED') {
        setNotice({ ok: false, text: '您做了这份申请的初审，不能自己复核。大额赔付需要另一位工作人员确认，请交给同事复核。' })
      } else {
        setNotice({ ok: false, text: messageOf(error) })
      }
    } finally {
      setBusy(false)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 })
    }
  }

  if (state.status === 'loading') return <Waiting text='正在加载理赔申请…' />
  if (state.status === 'failed') return <Failure message={state.message} onRetry={() => void load()} />
  const c = state.claim
  const pending = c.pendingApprovalAmount
  const canReview = c.status === 'submitted' || c.status === 'resubmitted'
  const deciding = c.status === 'in-review'
  const payeePending = c.payeeApproval === 'pending'

  return (
    <View className='officer'>
      {notice && <View className={notice.ok ? 'officer__ok' : 'officer__error'}>{notice.text}</View>}
      {c.flaggedDuplicate && (
        <View className='cl-warning'>⚠ 发票疑似重复：这份申请的发票号在另一份申请里也出现过。请核对发票原件，确认不是重复报销后再批准。</View>
      )}
      <View className='officer__card'>
        <Text className='officer__title'>
          {c.payeeName} · {OFFICER_STATUS[c.status]}
        </Text>
        <Row label='保障项目' value={c.planName} />
        <Row label='出险日期' value={c.eventDate} />
        {c.dischargeDate && <Row label='出院日期' value={c.dischargeDate} />}
        <Row label='医院' value={c.hospital} />
        {c.insuranceTxn && <Row label='医保结算号' value={c.insuranceTxn} />}
        <Row label='发票号' value={c.invoiceNumbers.join('、')} />
        <Row label='医疗总费用' value={yuanExact(c.totalExpenses)} />
        <Row label='合规自付费用' value={yuanExact(c.eligibleExpenses)} />
        <Row label='收款人' value={c.payeeApproval === 'not-needed' ? c.payeeName : `${c.payeeName}（他人代收，${c.payeeApproval === 'approved' ? '已确认' : '待确认'}）`} />
        {c.payeeReason && <Row label='代收原因' value={c.payeeReason} />}
        <Row label='收款卡' value={c.bankAccountMasked} />
        {c.approvedAmount !== null && <Row label='核定赔付' value={yuanExact(c.approvedAmount)} />}
      </View>

      <ClaimDocuments claim={c} onError={(text) => setNotice({ ok: false, text })} />

      {c.suggestedPayout && (
        <View className='officer__card'>
          <Text className='officer__title'>建议赔付</Text>
          <Text className='cl-amount'>{yuanExact(c.suggestedPayout.amount)}</Text>
          <View className='cl-steps'>
            {c.suggestedPayout.steps.map((step) => (
              <View key={step}>{step}</View>
            ))}
          </View>
        </View>
      )}

      {payeePending && (canReview || deciding || c.status === 'needs-info') && (
        <View className='cl-warning'>
          <Text>⚠ 收款人不是会员本人。请联系会员核实代收原因和收款人，确认后才能批准。</Text>
          <View className='officer__button'>
            <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void act((v) => approvePayee(id, v), () => '已确认收款人，可以继续核定金额。')}>
              确认收款人
            </Button>
          </View>
        </View>
      )}

      {canReview && (
        <View className='officer__card'>
          <Text className='officer__text'>{c.status === 'resubmitted' ? '会员已补充材料，请核对后继续审核。' : '受理后开始核对材料和金额，会员会看到“审核中”。'}</Text>
          <View className='officer__button'>
            <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void act((v) => startReview(id, v), () => '已开始审核。')}>
              开始审核
            </Button>
          </View>
        </View>
      )}

      {deciding && pending !== null && panel === 'none' && (
        <View className='officer__card'>
          <Text className='officer__title'>待复核：{yuanExact(pending)}</Text>
          <Text className='officer__text'>初审已核定这个金额。复核须由另一位工作人员确认，确认后会员会收到通知。</Text>
          <View className='officer__button'>
            <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void act((v) => confirmApproval(id, v), (d) => `已复核确认，赔付 ${yuanText(d.approvedAmount ?? 0)}，等待打款。`)}>
              复核确认
            </Button>
          </View>
        </View>
      )}

      {deciding && panel === 'none' && (
        <View className='officer__card'>
          {pending === null && (
            <Button type='primary' size='large' block disabled={busy || !c.suggestedPayout || payeePending} onClick={() => setPanel('approve')}>
              批准…
            </Button>
          )}
          <View className='officer__button'>
            <Button size='large' block disabled={busy} onClick={() => setPanel('info')}>
              要求补充材料…
            </Button>
          </View>
          <View className='officer__button'>
            <Button size='large' block disabled={busy} onClick={() => setPanel('reject')}>
              驳回…
            </Button>
          </View>
        </View>
      )}
      {deciding && panel === 'info' && (
        <RequestInfoPanel claim={c} busy={busy} onCancel={() => setPanel('none')} onSend={(message) => void act((v) => requestInfo(id, v, message), () => '已发给会员，等他补充后会回到“已补材料”。')} />
      )}
      {deciding && panel === 'approve' && c.suggestedPayout && (
        <ApprovePanel
          suggested={c.suggestedPayout.amount}
          busy={busy}
          onCancel={() => setPanel('none')}
          onApprove={(amount) =>
            void act(
              (v) => approveClaim(id, v, amount),
              (d) => (d.status === 'approved' ? `已批准 ${yuanText(amount)}，等待生成付款文件。` : `已初审核定 ${yuanText(amount)}，金额较大，需要另一位工作人员复核确认。`),
            )
          }
        />
      )}
      {deciding && panel === 'reject' && (
        <RejectPanel busy={busy} onCancel={() => setPanel('none')} onReject={(code, note) => void act((v) => rejectClaim(id, v, code, note), () => '已驳回，会员会看到说明。')} />
      )}

      {c.status === 'approved' && (
        <View className='officer__card'>
          <Text className='officer__text'>已批准，等待生成付款文件。</Text>
          <View className='officer__button'>
            <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: '/officer/payouts/index' })}>
              去赔付打款
            </Button>
          </View>
        </View>
      )}

      <View className='officer__card'>
        <Text className='officer__title'>办理记录</Text>
        {[...c.events].reverse().map((event, i) => (
          <View key={`${event.at}-${i}`} className='cl-event'>
            <Text className='cl-event__time'>{dateTime(event.at)}</Text>
            <Text className='cl-event__text'>{eventText(event)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
