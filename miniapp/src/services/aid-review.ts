import type { AidPlan, ClaimDetail, ClaimPage, ClaimRejectReason, ClaimStatus, PayoutImportResult, PayoutOverview } from '@unionhub/shared'
import { type FetchedFile, request, requestFile } from './request'

/** The officer's claim queue; without a status, the claims waiting for someone (submitted, resubmitted, in review). */
export function fetchClaimQueue(query: { status?: ClaimStatus; planId?: string; limit?: number }): Promise<ClaimPage> {
  const params = [`limit=${query.limit ?? 50}`]
  if (query.status) params.push(`status=${query.status}`)
  if (query.planId) params.push(`planId=${query.planId}`)
  return request<ClaimPage>('GET', `/api/aid/claims?${params.join('&')}`)
}

/** The plans, to filter the queue by one. */
export const fetchAidPlans = () => request<AidPlan[]>('GET', '/api/aid/plans')

export const fetchClaimForReview = (id: string) => request<ClaimDetail>('GET', `/api/aid/claims/${id}`)

export const startReview = (id: string, version: number) => request<ClaimDetail>('POST', `/api/aid/claims/${id}/start-review`, { version })

export const requestInfo = (id: string, version: number, message: string) => request<ClaimDetail>('POST', `/api/aid/claims/${id}/request-info`, { version, message })

export const approveClaim = (id: string, version: number, amount: number) => request<ClaimDetail>('POST', `/api/aid/claims/${id}/approve`, { version, amount })

export const confirmApproval = (id: string, version: number) => request<ClaimDetail>('POST', `/api/aid/claims/${id}/confirm-approval`, { version })

export const approvePayee = (id: string, version: number) => request<ClaimDetail>('POST', `/api/aid/claims/${id}/approve-payee`, { version })

export const rejectClaim = (id: string, version: number, reasonCode: ClaimRejectReason, note: string) =>
  request<ClaimDetail>('POST', `/api/aid/claims/${id}/reject`, { version, reasonCode, note })

export const fetchPayouts = () => request<PayoutOverview>('GET', '/api/aid/payout-batches?limit=20')

export interface PaymentFile extends FetchedFile {
  batchId: string
  fileName: string
}

/** Moves the approved claims to paying and returns the bank file; the name comes from the server. */
export async function createPayoutBatch(format: 'xlsx' | 'csv'): Promise<PaymentFile> {
  const file = await requestFile('/api/aid/payout-batches', { format })
  const named = /filename\*=UTF-8''([^;]+)/i.exec(file.header['content-disposition'] ?? '')
  return { ...file, batchId: file.header['x-payout-batch-id'] ?? '', fileName: named ? decodeURIComponent(named[1]) : `互助赔付.${format}` }
}

export const importBankResult = (batchId: string, content: string) => request<PayoutImportResult>('POST', `/api/aid/payout-batches/${batchId}/result`, { content })
