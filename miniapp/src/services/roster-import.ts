import type { RosterImportRequest, RosterImportResult } from '@unionhub/shared'
import { ApiRequestError, request } from './request'

/** A file with bad rows comes back as this error, its per-row report in `details`. */
export const ROSTER_INVALID = 'JOIN_ROSTER_INVALID'

/** The dry run checks and previews; the real one writes all rows or none, and is safe to send twice. */
export const importRoster = (body: RosterImportRequest, dryRun: boolean) =>
  request<RosterImportResult>('POST', `/api/join/roster-import${dryRun ? '?dryRun=true' : ''}`, body)

/** The per-row report of a refused file, or null for any other failure. */
export function reportOf(error: unknown): RosterImportResult | null {
  return error instanceof ApiRequestError && error.code === ROSTER_INVALID ? (error.details as unknown as RosterImportResult) : null
}
