import type { AidEnrollment, AidPayeeCardView, ClaimDetail, ClaimDocumentKind, CreateClaimRequest } from '@unionhub/shared'
import { request } from './request'

export const fetchMyEnrollments = () => request<AidEnrollment[]>('GET', '/api/me/aid/enrollments')

export const fetchPayeeCard = () => request<AidPayeeCardView | null>('GET', '/api/me/aid/card')

export const fetchMyClaims = () => request<ClaimDetail[]>('GET', '/api/me/claims')

export const fetchMyClaim = (id: string) => request<ClaimDetail>('GET', `/api/me/claims/${id}`)

/** The draft; the key makes a retry after a lost answer return the same draft. */
export const createClaim = (body: CreateClaimRequest, idempotencyKey: string) => request<ClaimDetail>('POST', '/api/me/claims', body, { idempotencyKey })

/** One document as base64 (a data: URL is fine); see claim-upload.ts for the retries. */
export const postClaimDocument = (id: string, kind: ClaimDocumentKind, content: string) =>
  request<ClaimDetail>('POST', `/api/me/claims/${id}/documents`, { kind, content })

export const submitClaim = (id: string, idempotencyKey: string) => request<ClaimDetail>('POST', `/api/me/claims/${id}/submit`, {}, { idempotencyKey })

export const resubmitClaim = (id: string, note?: string) => request<ClaimDetail>('POST', `/api/me/claims/${id}/resubmit`, note ? { note } : {})

export const withdrawClaim = (id: string) => request<ClaimDetail>('POST', `/api/me/claims/${id}/withdraw`, {})
