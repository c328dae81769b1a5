import { JOIN_PRIVACY_POLICY_VERSION, type SubmitJoinApplicationRequest } from '@unionhub/shared'
import { submitJoin } from './join'
import { finishSubmission, type JoinDraft, type JoinResult, newIdempotencyKey, updateDraft } from './join-draft'
import { ApiRequestError, NETWORK_ERROR } from './request'

export const SAVED_OFFLINE_MESSAGE = '网络不好，没有提交成功。资料已保存在手机上，有信号后再点“提交”即可。'

export function joinRequestOf(draft: JoinDraft): SubmitJoinApplicationRequest {
  const target = draft.target
  if (!target) throw new Error('no join target')
  return {
    ...(target.channelCode ? { channelCode: target.channelCode } : { poolUnitId: target.poolUnitId ?? '' }),
    name: draft.name.trim(),
    idNumber: draft.idNumber.trim(),
    ...(draft.phoneCode ? { phoneCode: draft.phoneCode } : { phone: draft.phone.trim(), smsCode: draft.smsCode.trim() }),
    occupation: draft.occupation as SubmitJoinApplicationRequest['occupation'],
    employer: draft.employer.trim(),
    workDistrict: draft.workDistrict,
    privacyPolicyVersion: JOIN_PRIVACY_POLICY_VERSION,
    acceptPrivacyPolicy: true,
    acceptSensitiveInfo: true,
  }
}

/**
 * Sends the draft with its idempotency key; request.ts retries a lost connection with the same
 * key, and the server answers the retry with the first result. A key the server already used for
 * a different form (the worker corrected it after a lost answer) is replaced once.
 */
export async function submitDraft(draft: JoinDraft): Promise<JoinResult> {
  const body = joinRequestOf(draft)
  let key = draft.idempotencyKey
  for (let attempt = 0; ; attempt++) {
    try {
      const result = { response: await submitJoin(body, key), welcomeGift: draft.target?.welcomeGift ?? null }
      finishSubmission(result)
      return result
    } catch (error) {
      const reused = error instanceof ApiRequestError && error.code === 'IDEMPOTENCY_KEY_REUSED'
      if (!reused || attempt > 0) throw error
      key = newIdempotencyKey()
      updateDraft({ idempotencyKey: key })
    }
  }
}

/** What to tell the worker when the submission failed. */
export function submitFailureMessage(error: unknown): string {
  if (error instanceof ApiRequestError && error.code === NETWORK_ERROR) return SAVED_OFFLINE_MESSAGE
  const details = error instanceof ApiRequestError ? error.details : undefined
  const triesLeft = details && !Array.isArray(details) ? details.triesLeft : undefined
  if (error instanceof ApiRequestError && error.code === 'SMS_CODE_WRONG' && typeof triesLeft === 'number') return `${error.message}（还可以再试${triesLeft}次）`
  if (error instanceof ApiRequestError) return error.message
  return SAVED_OFFLINE_MESSAGE
}
