import type { AidEnrollment, ClaimDetail } from '@unionhub/shared'
import { request } from './request'

export const fetchMyEnrollments = () => request<AidEnrollment[]>('GET', '/api/me/aid/enrollments')

export const fetchMyClaims = () => request<ClaimDetail[]>('GET', '/api/me/claims')
