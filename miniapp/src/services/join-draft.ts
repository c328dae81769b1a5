import Taro from '@tarojs/taro'
import type { JoinSubmitResponse, ReviewMode } from '@unionhub/shared'

/** Where the worker joins: a scanned channel, or the district pool he chose. */
export interface JoinTarget {
  channelCode: string | null
  poolUnitId: string | null
  unitName: string
  reviewMode: ReviewMode
  welcomeGift: string | null
}

export interface JoinFields {
  name: string
  idNumber: string
  /** Typed on H5, or on WeChat when the worker prefers not to share his WeChat number; proven by smsCode. */
  phone: string
  /** The one-time code texted to `phone`. */
  smsCode: string
  /** From WeChat's getPhoneNumber button; exchanged on the server. */
  phoneCode: string
  phoneMasked: string
  occupation: string
  employer: string
  workDistrict: string
}

/** The whole join in progress, kept on the phone on every change: a lost signal or a restart loses nothing. */
export interface JoinDraft extends JoinFields {
  target: JoinTarget | null
  acceptPrivacyPolicy: boolean
  acceptSensitiveInfo: boolean
  /** Sent with the submission; the same key on a retry gets the first answer. */
  idempotencyKey: string
  startReported: boolean
  /** Set by an answer from the server; cleared when the worker starts over or edits the form. */
  submitted: boolean
}

/** What the result page shows: the server's answer, and the gift of the channel joined through. */
export interface JoinResult {
  response: JoinSubmitResponse
  welcomeGift: string | null
}

const DRAFT_KEY = 'unionhub.join.draft'
const RESULT_KEY = 'unionhub.join.result'

const emptyFields: JoinFields = { name: '', idNumber: '', phone: '', smsCode: '', phoneCode: '', phoneMasked: '', occupation: '', employer: '', workDistrict: '' }

/** A random UUID (v4); `crypto.randomUUID` is missing on WeChat. Unguessability is not needed here, only uniqueness. */
export function newIdempotencyKey(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16))
  hex[12] = '4'
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}

export function loadDraft(): JoinDraft {
  const stored = Taro.getStorageSync<Partial<JoinDraft> | ''>(DRAFT_KEY)
  const draft: JoinDraft = {
    ...emptyFields,
    target: null,
    acceptPrivacyPolicy: false,
    acceptSensitiveInfo: false,
    idempotencyKey: '',
    startReported: false,
    submitted: false,
    ...(stored || {}),
  }
  if (!draft.idempotencyKey) draft.idempotencyKey = newIdempotencyKey()
  return draft
}

export function saveDraft(draft: JoinDraft): void {
  Taro.setStorageSync(DRAFT_KEY, draft)
}

export function updateDraft(patch: Partial<JoinDraft>): JoinDraft {
  const draft = { ...loadDraft(), ...patch }
  saveDraft(draft)
  return draft
}

/** A new place to join: the consents are asked again, the typed details stay. */
export function startJoining(target: JoinTarget): JoinDraft {
  const previous = loadDraft()
  const same = previous.target?.channelCode === target.channelCode && previous.target?.poolUnitId === target.poolUnitId
  return updateDraft({
    target,
    acceptPrivacyPolicy: same && previous.acceptPrivacyPolicy,
    acceptSensitiveInfo: same && previous.acceptSensitiveInfo,
    startReported: same && previous.startReported,
    submitted: false,
  })
}

/**
 * After an answer from the server: a fresh key for any later submission, and the one-time phone
 * and SMS codes dropped. The details stay, so that a rejected worker can correct and send them again.
 */
export function finishSubmission(result: JoinResult): void {
  updateDraft({ idempotencyKey: newIdempotencyKey(), phoneCode: '', smsCode: '', phoneMasked: '', submitted: true })
  Taro.setStorageSync(RESULT_KEY, result)
}

/** A join begun and not yet sent, e.g. before the app was closed or the signal lost. */
export function unfinishedJoin(): JoinDraft | null {
  const draft = loadDraft()
  return draft.target && !draft.submitted && (draft.name || draft.idNumber) ? draft : null
}

export function loadResult(): JoinResult | null {
  return Taro.getStorageSync<JoinResult | ''>(RESULT_KEY) || null
}
