import type { ClaimDetail, ClaimDocumentKind } from '@unionhub/shared'
import { fetchMyClaim, postClaimDocument } from './aid'
import { ApiRequestError } from './request'

/** Waits before the 1st, 2nd and 3rd new attempt of an upload whose answer was lost. */
export const UPLOAD_RETRY_DELAYS_MS = [1000, 2000, 4000]

export type UploadPhase = { phase: 'sending'; attempt: number } | { phase: 'waiting'; attempt: number; seconds: number } | { phase: 'checking' }

export interface UploadRequest {
  claimId: string
  kind: ClaimDocumentKind
  content: string
  /** Documents of this kind the server held before: more afterwards means this one arrived. */
  storedBefore: number
  onPhase?: (phase: UploadPhase) => void
}

const lostConnection = (error: unknown): boolean =>
  error instanceof ApiRequestError && (error.status === 0 || (error.status >= 502 && error.status <= 504))

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const countOf = (claim: ClaimDetail, kind: ClaimDocumentKind) => claim.documents.filter((d) => d.kind === kind).length

/**
 * Sends one document, and on a lost connection tries again after a growing wait. The upload takes
 * no idempotency key, so before each new attempt the claim is read: if the document arrived and
 * only the answer was lost, it is not sent a second time. A refusal (bad file, wrong status) is
 * not retried. After the last attempt the error goes to the page, which offers 重试.
 */
export async function uploadDocument({ claimId, kind, content, storedBefore, onPhase }: UploadRequest): Promise<ClaimDetail> {
  for (let attempt = 0; ; attempt++) {
    try {
      onPhase?.({ phase: 'sending', attempt })
      return await postClaimDocument(claimId, kind, content)
    } catch (error) {
      if (!lostConnection(error) || attempt >= UPLOAD_RETRY_DELAYS_MS.length) throw error
      const wait = UPLOAD_RETRY_DELAYS_MS[attempt] * (0.75 + Math.random() * 0.5)
      onPhase?.({ phase: 'waiting', attempt: attempt + 1, seconds: Math.ceil(wait / 1000) })
      await sleep(wait)
      onPhase?.({ phase: 'checking' })
      const arrived = await fetchMyClaim(claimId).then(
        (claim) => (countOf(claim, kind) > storedBefore ? claim : null),
        () => null,
      )
      if (arrived) return arrived
    }
  }
}
