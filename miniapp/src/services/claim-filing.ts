import type { ClaimDetail } from '@unionhub/shared'
import { createClaim, fetchMyClaim, submitClaim } from './aid'
import { type ClaimDraft, draftCreated, finishClaim, syncStored, updateClaimDraft } from './claim-draft'
import { claimRequestOf } from './claim-form'
import { newIdempotencyKey } from './join-draft'
import { ApiRequestError } from './request'

const keyReused = (error: unknown) => error instanceof ApiRequestError && error.code === 'IDEMPOTENCY_KEY_REUSED'

/**
 * Sends the form once: request.ts retries a lost connection with the draft's key, and the server
 * answers a retry with the draft it made the first time. A key already used for a different form
 * (the member corrected it after a lost answer) is replaced once.
 */
export async function saveClaimOnServer(draft: ClaimDraft): Promise<ClaimDetail> {
  const body = claimRequestOf(draft)
  let key = draft.createKey
  for (let attempt = 0; ; attempt++) {
    try {
      const claim = await createClaim(body, key)
      draftCreated(claim)
      return claim
    } catch (error) {
      if (!keyReused(error) || attempt > 0) throw error
      key = newIdempotencyKey()
      updateClaimDraft({ createKey: key })
    }
  }
}

/** Submits with the draft's own key; a retry after a lost answer gets the first result. The phone then forgets the draft. */
export async function submitClaimDraft(draft: ClaimDraft): Promise<ClaimDetail> {
  if (!draft.claimId) throw new Error('the claim has no draft on the server yet')
  const claim = await submitClaim(draft.claimId, draft.submitKey)
  finishClaim()
  return claim
}

/**
 * On reopening: the server's draft as it is now. A claim that is no longer a draft was submitted
 * (the answer was lost) and is forgotten here; the page then shows its progress.
 */
export async function resumeDraft(draft: ClaimDraft): Promise<ClaimDetail | null> {
  if (!draft.claimId) return null
  const claim = await fetchMyClaim(draft.claimId)
  if (claim.status === 'draft') syncStored(claim)
  else finishClaim()
  return claim
}
