import Taro from '@tarojs/taro'
import type { ClaimDetail, ClaimDocumentKind } from '@unionhub/shared'
import { newIdempotencyKey } from './join-draft'

export type ClaimStep = 'plan' | 'fields' | 'payee' | 'documents' | 'review'

/** The form as typed: money in yuan as text, invoice numbers one per line, until it is sent. */
export interface ClaimFields {
  eventDate: string
  dischargeDate: string
  hospital: string
  insuranceTxn: string
  invoiceNumbers: string
  totalYuan: string
  eligibleYuan: string
}

/** The member's 工会会员互助服务卡 by default; another card of his own if he prefers. */
export type PayeeKind = 'aid-card' | 'other-card'

/** A claim being filed, kept on the phone on every change: a lost signal or a restart loses nothing. */
export interface ClaimDraft {
  step: ClaimStep
  enrollmentId: string
  fields: ClaimFields
  payeeKind: PayeeKind
  payeeName: string
  /** Kept until the claim is submitted, so that a corrected form can be sent again without retyping. */
  bankAccount: string
  /** The mask of the 互助服务卡 the server holds for the member; null when none is on file. */
  cardOnFile: string | null
  /** Pay to the card on file: the draft then holds no card number at all. */
  useCardOnFile: boolean
  /** Sent with the form: a retry after a lost answer gets the same draft, never a second one. */
  createKey: string
  submitKey: string
  /** The server's draft, once the form was accepted; documents are stored against it. */
  claimId: string | null
  /** How many documents of each kind the server holds for the draft. */
  stored: Partial<Record<ClaimDocumentKind, number>>
}

const DRAFT_KEY = 'unionhub.claim.draft'

export const emptyFields: ClaimFields = { eventDate: '', dischargeDate: '', hospital: '', insuranceTxn: '', invoiceNumbers: '', totalYuan: '', eligibleYuan: '' }

function freshDraft(): ClaimDraft {
  return {
    step: 'plan',
    enrollmentId: '',
    fields: { ...emptyFields },
    payeeKind: 'aid-card',
    payeeName: '',
    bankAccount: '',
    cardOnFile: null,
    useCardOnFile: false,
    createKey: newIdempotencyKey(),
    submitKey: newIdempotencyKey(),
    claimId: null,
    stored: {},
  }
}

export function loadClaimDraft(): ClaimDraft {
  const stored = Taro.getStorageSync<Partial<ClaimDraft> | ''>(DRAFT_KEY)
  const draft = { ...freshDraft(), ...(stored || {}) }
  return { ...draft, fields: { ...emptyFields, ...draft.fields } }
}

export function updateClaimDraft(patch: Partial<ClaimDraft>): ClaimDraft {
  const draft = { ...loadClaimDraft(), ...patch }
  Taro.setStorageSync(DRAFT_KEY, draft)
  return draft
}

/** The documents of each kind the server holds, as its answer lists them. */
export function storedCounts(claim: ClaimDetail): Partial<Record<ClaimDocumentKind, number>> {
  const counts: Partial<Record<ClaimDocumentKind, number>> = {}
  for (const document of claim.documents) counts[document.kind] = (counts[document.kind] ?? 0) + 1
  return counts
}

/** Another plan chosen: what was typed stays, any draft on the server is left behind. */
export function choosePlan(enrollmentId: string): ClaimDraft {
  const draft = loadClaimDraft()
  if (draft.enrollmentId === enrollmentId) return updateClaimDraft({ step: 'fields' })
  return updateClaimDraft({ enrollmentId, step: 'fields', claimId: null, stored: {}, createKey: newIdempotencyKey(), submitKey: newIdempotencyKey() })
}

/** The server accepted the form: documents go to this draft from now on. */
export function draftCreated(claim: ClaimDetail): ClaimDraft {
  return updateClaimDraft({ claimId: claim.id, stored: storedCounts(claim), step: 'documents' })
}

/** The server's answer after an upload or on reopening is the truth about what it holds. */
export function syncStored(claim: ClaimDetail): ClaimDraft {
  return updateClaimDraft({ stored: storedCounts(claim) })
}

/**
 * The member corrects the form after the server took it. The server keeps a draft as it was sent,
 * so the corrected form becomes a new draft with new keys; its documents are uploaded again.
 */
export function reopenForm(step: ClaimStep = 'fields'): ClaimDraft {
  return updateClaimDraft({ step, claimId: null, stored: {}, createKey: newIdempotencyKey(), submitKey: newIdempotencyKey() })
}

/** Submitted: nothing of the claim, the card number least of all, stays on the phone. */
export function finishClaim(): void {
  Taro.removeStorageSync(DRAFT_KEY)
}

/** A claim begun and not yet submitted, e.g. before the app was closed or the signal lost. */
export function unfinishedClaim(): ClaimDraft | null {
  const draft = loadClaimDraft()
  return draft.enrollmentId ? draft : null
}
