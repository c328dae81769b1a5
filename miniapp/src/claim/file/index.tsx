import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type AidEnrollment, type ClaimDetail, chinaDate } from '@unionhub/shared'
import { EmptyState } from '@/components/empty-state'
import { Failure, Waiting } from '@/components/load-state'
import { useSession } from '@/components/use-session'
import { fetchMyEnrollments, fetchPayeeCard } from '@/services/aid'
import { type ClaimDraft, type ClaimFields, type ClaimStep, choosePlan, loadClaimDraft, reopenForm, syncStored, updateClaimDraft } from '@/services/claim-draft'
import { type PlacedError, placeClaimError } from '@/services/claim-errors'
import { resumeDraft, saveClaimOnServer, submitClaimDraft } from '@/services/claim-filing'
import { fetchCard } from '@/services/join'
import { DocumentUploads } from '../documents'
import { FieldsStep, NextButton } from './fields-step'
import { PayeeStep } from './payee-step'
import { PlanStep } from './plan-step'
import { ReviewStep } from './review-step'
import '@/join/form/index.scss'
import '../claim.scss'

const STEPS: ClaimStep[] = ['plan', 'fields', 'payee', 'documents', 'review']
const STEP_TITLE: Record<ClaimStep, string> = { plan: '选择保障项目', fields: '填写就诊和费用', payee: '确认收款账户', documents: '上传材料', review: '核对并提交' }

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; enrollments: AidEnrollment[] }

export default function FileClaim() {
  const session = useSession()
  if (session.status !== 'signed-in') return <EmptyState title='申请互助' purpose='登录后才能申请互助保障理赔。请到“我的”登录。' />
  return <Filing />
}

function Filing() {
  const today = chinaDate(new Date())
  const [draft, setDraft] = useState<ClaimDraft>(loadClaimDraft)
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [claim, setClaim] = useState<ClaimDetail | null>(null)
  const [day, setDay] = useState(draft.fields.eventDate || today)
  const [placed, setPlaced] = useState<PlacedError | null>(null)
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(() => {
    setLoad({ status: 'loading' })
    const current = loadClaimDraft()
    Promise.all([fetchMyEnrollments(), resumeDraft(current)])
      .then(([enrollments, resumed]) => {
        if (resumed && resumed.status !== 'draft') {
          void Taro.redirectTo({ url: `/claim/detail/index?id=${resumed.id}` })
          return
        }
        setClaim(resumed)
        setDraft(loadClaimDraft())
        setLoad({ status: 'ready', enrollments })
      })
      .catch((error: Error) => setLoad({ status: 'failed', message: error.message }))
  }, [])
  useEffect(refresh, [refresh])

  // The 互助服务卡 on file is the default payee: offered as is unless the member already typed a card.
  useEffect(() => {
    fetchPayeeCard().then(
      (card) => {
        const current = loadClaimDraft()
        const masked = card?.masked ?? null
        if (masked === current.cardOnFile) return
        const useIt = masked !== null && !current.claimId && !current.bankAccount
        setDraft(updateClaimDraft({ cardOnFile: masked, ...(current.claimId ? {} : { useCardOnFile: useIt }) }))
      },
      () => undefined,
    )
  }, [])

  // The payee is the member himself: his name from the card, unless he typed one already.
  useEffect(() => {
    if (draft.payeeName) return
    fetchCard().then(
      (card) => setDraft(updateClaimDraft({ payeeName: card.name })),
      () => undefined,
    )
  }, [draft.payeeName])

  if (load.status === 'loading') return <Waiting text={draft.claimId ? '正在接着上次的申请…' : '正在读取您的保障…'} />
  if (load.status === 'failed') return <Failure message={load.message} hint='填写的内容保存在手机上，请检查网络后重试。' onRetry={refresh} />
  if (load.enrollments.length === 0) return <EmptyState title='还没有可申请的保障' purpose='您还没有参加互助保障项目。入会后可向所在工会咨询参保。' />

  const enrollment = load.enrollments.find((e) => e.id === draft.enrollmentId) ?? null
  const needsDraft = draft.step === 'documents' || draft.step === 'review'
  const step: ClaimStep = !enrollment ? 'plan' : needsDraft && !draft.claimId ? 'payee' : draft.step
  const go = (next: ClaimStep) => {
    setPlaced(null)
    setDraft(updateClaimDraft({ step: next }))
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const fail = (error: unknown, current: ClaimStep) => {
    const where = placeClaimError(error, current)
    setPlaced(where)
    setDraft(updateClaimDraft({ step: where.step }))
  }
  /** Any change after the server took the form makes a new draft (see reopenForm). */
  const edit = (patch: Partial<ClaimDraft>, from: ClaimStep) => {
    if (draft.claimId) {
      reopenForm(from)
      setClaim(null)
    }
    setPlaced(null)
    setDraft(updateClaimDraft(patch))
  }
  const changeFields = (patch: Partial<ClaimFields>) => edit({ fields: { ...draft.fields, ...patch } }, 'fields')

  const savePayee = async () => {
    if (draft.claimId) return go('documents')
    setBusy(true)
    try {
      setClaim(await saveClaimOnServer(loadClaimDraft()))
      setPlaced(null)
      setDraft(loadClaimDraft())
    } catch (error) {
      fail(error, 'payee')
    } finally {
      setBusy(false)
    }
  }

  const submit = async () => {
    setBusy(true)
    try {
      const submitted = await submitClaimDraft(loadClaimDraft())
      void Taro.redirectTo({ url: `/claim/detail/index?id=${submitted.id}&filed=1` })
    } catch (error) {
      fail(error, 'review')
    } finally {
      setBusy(false)
    }
  }

  const index = STEPS.indexOf(step)
  const fieldError = placed?.field ? { [placed.field]: placed.message } : {}
  return (
    <View className='claim'>
      <Text className='claim__steps'>
        第 {index + 1} 步，共 {STEPS.length} 步：{STEP_TITLE[step]}
      </Text>
      {placed && !placed.field && (
        <View className='claim__error' role='alert'>
          {placed.message}
        </View>
      )}
      {step === 'plan' && (
        <PlanStep
          enrollments={load.enrollments}
          chosenId={draft.enrollmentId}
          day={day}
          today={today}
          onDay={setDay}
          onChoose={(id) => {
            setPlaced(null)
            const chosen = choosePlan(id)
            if (chosen.fields.eventDate === day) return setDraft(chosen)
            if (chosen.claimId) reopenForm('fields')
            setDraft(updateClaimDraft({ fields: { ...chosen.fields, eventDate: day } }))
          }}
        />
      )}
      {step === 'fields' && enrollment && (
        <>
          {placed?.field && (
            <View className='claim__error' role='alert'>
              {placed.message}
            </View>
          )}
          <FieldsStep
            enrollment={enrollment}
            fields={draft.fields}
            today={today}
            serverErrors={fieldError}
            locked={Boolean(draft.claimId)}
            onChange={changeFields}
            onUnlock={() => edit({}, 'fields')}
            onNext={() => go('payee')}
          />
        </>
      )}
      {step === 'payee' && (
        <PayeeStep
          kind={draft.payeeKind}
          name={draft.payeeName}
          account={draft.bankAccount}
          cardOnFile={draft.cardOnFile}
          useCardOnFile={draft.useCardOnFile}
          locked={Boolean(draft.claimId)}
          busy={busy}
          onChange={(patch) => edit(patch, 'payee')}
          onNext={() => void savePayee()}
        />
      )}
      {step === 'documents' && enrollment && draft.claimId && (
        <View>
          <View className='claim__card'>
            <Text className='claim__muted'>每一项都要有。照片会自动压缩；信号不好时会自动重试，退出后回来，已上传的还在。</Text>
            <DocumentUploads
              claimId={draft.claimId}
              kinds={enrollment.plan.requiredDocuments}
              claim={claim}
              missing={placed?.missing ?? claim?.missingDocuments}
              onStored={(stored) => {
                setClaim(stored)
                setDraft(syncStored(stored))
              }}
            />
          </View>
          <NextButton text='下一步：核对并提交' onClick={() => go('review')} />
        </View>
      )}
      {step === 'review' && enrollment && (
        <ReviewStep draft={draft} enrollment={enrollment} claim={claim} busy={busy} onEdit={(to) => go(to)} onSubmit={() => void submit()} />
      )}
      {index > 0 && (
        <View className='claim__link' onClick={() => go(STEPS[index - 1])}>
          ‹ 上一步
        </View>
      )}
    </View>
  )
}
