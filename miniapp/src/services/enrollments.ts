import type { EnrollmentImportRequest, EnrollmentImportResult } from '@unionhub/shared'
import { request } from './request'

/** All or nothing, and safe to send twice: rows already enrolled are left as they are. */
export const importEnrollments = (body: EnrollmentImportRequest) => request<EnrollmentImportResult>('POST', '/api/aid/enrollments/import', body)
