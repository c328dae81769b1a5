import { useCallback, useEffect, useState } from 'react'
import { Image, Text, Textarea, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { type ClaimDetail, type ClaimDocumentKind, ClaimDocumentKindLabel, type ClaimEvent, ClaimStatusLabel } from '@unionhub/shared'
import { yuanText } from '@/components/aid-format'
import { Failure, Waiting } from '@/components/load-state'
import { SubscribeButton } from '@/components/subscribe-button'
import { fetchMyClaim, resubmitClaim, withdrawClaim } from '@/services/aid'
import { unfinishedClaim } from '@/services/claim-draft'
import { placeClaimError } from '@/services/claim-errors'
import { apiUrl } from '@/services/request'
import { DocumentUploads } from '../documents'
import { NextButton } from '../file/fields-step'
import { Row } from '../row'
import '../claim.scss'

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; claim: ClaimDetail }

const ROLE: Record<string, string> = { member: '您', officer: '工作人员', system: '系统' }

function eventText(event: ClaimEvent): string {
  if (event.action === 'create') return '填写了申请'
  if (event.action === 'upload') return `上传了${ClaimDocumentKindLabel[event.note as ClaimDocumentKind] ?? '材料'}`
  if (event.action === 'first-approval') return '初审通过，等待另一位工作人员复核'
  if (event.action === 'approve-payee') return '工作人员确认了收款人'
  return ClaimStatusLabel[event.toStatus]
}

const when = (at: string) => {
  const local = new Date(new Date(at).getTime() + 8 * 3600_000).toISOString()
  return `${local.slice(5, 10)} ${local.slice(11, 16)}`
}

/** One claim: where it stands in plain words, its history, and what the member can do now. */
export default function ClaimProgress() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState('')

  const refresh = useCallback(() => {
    fetchMyClaim(id).then(
      (claim) => setLoad({ status: 'ready', claim }),
      (error: Error) => setLoad({ status: 'failed', message: error.message }),
    )
  }, [id])
  useEffect(refresh, [refresh])
  useDidShow(refresh)

  if (load.status === 'loading') return <Waiting text='正在读取理赔进度…' />
  if (load.status === 'failed') return <Failure message={load.message} onRetry={refresh} />
  const { claim } = load

  const act = async (work: () => Promise<ClaimDetail>, done: string) => {
    setBusy(true)
    setFailure('')
    try {
      setLoad({ status: 'ready', claim: await work() })
      setNote('')
      void Taro.showToast({ title: done, icon: 'success' })
    } catch (error) {
      setFailure(placeClaimError(error, 'documents').message)
    } finally {
      setBusy(false)
    }
  }
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({ title: '撤回申请', content: '撤回后这份申请不再审核；如需要，可以重新申请。确定撤回吗？', confirmText: '撤回', cancelText: '不撤回' })
    if (confirm) await act(() => withdrawClaim(claim.id), '已撤回')
  }

  const officerMessage = [...claim.events].reverse().find((e) => e.toStatus === 'needs-info' && e.action === 'request-info')?.note
  const kinds = [...new Set([...claim.documents.map((d) => d.kind), ...claim.missingDocuments])]
  const resumable = claim.status === 'draft' && unfinishedClaim()?.claimId === claim.id

  return (
    <View className='claim'>
      <View className='claim__card'>
        <Text className='claim__title'>{claim.planName}</Text>
        <Text className={`claim__status claim__status--${claim.status}`}>{claim.statusLabel}</Text>
        <Text className='claim__text'>{claim.nextStep}</Text>
        {claim.approvedAmount !== null && (
          <Text className='claim__text'>
            核定赔付 {yuanText(claim.approvedAmount)}，收款卡 {claim.bankAccountMasked}
          </Text>
        )}
      </View>

      {claim.status === 'needs-info' && (
        <View className='claim__card'>
          <Text className='claim__title'>需要补充材料</Text>
          {officerMessage && <View className='claim__message'>工作人员留言：{officerMessage}</View>}
          <DocumentUploads claimId={claim.id} kinds={kinds} claim={claim} missing={claim.missingDocuments} onStored={(stored) => setLoad({ status: 'ready', claim: stored })} />
          <Text className='claim__muted'>给工作人员留言（可不填）</Text>
          <Textarea className='claim__note-input' value={note} maxlength={200} placeholder='如：已补充出院小结第二页' onInput={(e) => setNote(e.detail.value)} />
          <View className='claim__gap' />
          <NextButton text={busy ? '正在提交…' : '补充好了，重新提交'} busy={busy} onClick={() => void act(() => resubmitClaim(claim.id, note.trim() || undefined), '已重新提交')} />
        </View>
      )}

      {!['paid', 'rejected', 'withdrawn', 'draft'].includes(claim.status) && (
        <SubscribeButton topic='claim-progress' label='进度有变化时用微信通知我' done='好的，进度有变化时会用微信通知您。' fallback='没有订阅成功，进度变化仍会在“我的—消息”里告诉您。' />
      )}

      {resumable && <NextButton text='继续填写这份申请' onClick={() => void Taro.navigateTo({ url: '/claim/file/index' })} />}
      {failure && (
        <View className='claim__error' role='alert'>
          {failure}
        </View>
      )}

      <View className='claim__card'>
        <Text className='claim__title'>进度</Text>
        <View className='timeline'>
          {claim.events.map((event) => (
            <View key={`${event.at}-${event.action}-${event.note ?? ''}`} className='timeline__event'>
              <Text className='timeline__what'>
                {eventText(event)}
                {event.action !== 'upload' && event.action !== 'create' ? `（${ROLE[event.actorRole] ?? '工作人员'}）` : ''}
              </Text>
              <Text className='timeline__when'>{when(event.at)}</Text>
              {event.note && event.action !== 'upload' && <Text className='timeline__note'>{event.note}</Text>}
            </View>
          ))}
        </View>
      </View>

      <View className='claim__card'>
        <Text className='claim__title'>申请内容</Text>
        <Row label='出险日期' value={claim.eventDate} />
        {claim.dischargeDate && <Row label='出院日期' value={claim.dischargeDate} />}
        <Row label='医院/地点' value={claim.hospital} />
        <Row label='发票号码' value={claim.invoiceNumbers.join('、')} />
        <Row label='费用总额' value={yuanText(claim.totalExpenses)} />
        <Row label='自付部分' value={yuanText(claim.eligibleExpenses)} />
        <Row label='收款人' value={claim.payeeName} />
        <Row label='收款卡' value={claim.bankAccountMasked} />
        <View className='docs__stored'>
          {claim.documents.map((d) =>
            d.contentType === 'application/pdf' ? (
              <View key={d.id} className='docs__pdf'>
                PDF
              </View>
            ) : (
              <Image key={d.id} className='docs__thumb' src={apiUrl(d.url)} mode='aspectFill' />
            ),
          )}
        </View>
      </View>

      {claim.actions.includes('withdraw') && (
        <View className='claim-button claim-button--quiet' hoverClass='claim-button--pressed' role='button' onClick={() => void withdraw()}>
          <Text>撤回申请</Text>
        </View>
      )}
    </View>
  )
}
