import type {
  AddStationPhotoRequest,
  CloseStationRequest,
  ManagedStation,
  ManagedStationListResponse,
  OrgUnitNode,
  ReportQueueResponse,
  ResolveReportRequest,
  StationImportCommitRequest,
  StationImportPreview,
  StationImportRequest,
  StationImportResult,
  StationInput,
  StationReportView,
  StationStatus,
} from '@unionhub/shared'
import { downloadFile, request } from './request'

export function fetchManagedStations(filter: { q?: string; status?: StationStatus }, offset = 0): Promise<ManagedStationListResponse> {
  const params = [`limit=50`, `offset=${offset}`]
  if (filter.q?.trim()) params.push(`q=${encodeURIComponent(filter.q.trim())}`)
  if (filter.status) params.push(`status=${filter.status}`)
  return request<ManagedStationListResponse>('GET', `/api/stations/manage?${params.join('&')}`)
}

export const fetchManagedStation = (id: string) => request<ManagedStation>('GET', `/api/stations/manage/${id}`)

export const createStation = (body: StationInput) => request<ManagedStation>('POST', '/api/stations/manage', body)

export const updateStation = (id: string, body: Partial<StationInput>) => request<ManagedStation>('PATCH', `/api/stations/manage/${id}`, body)

export function closeStation(id: string, reason: string): Promise<ManagedStation> {
  const body: CloseStationRequest = { reason }
  return request<ManagedStation>('POST', `/api/stations/manage/${id}/close`, body)
}

export const reopenStation = (id: string) => request<ManagedStation>('POST', `/api/stations/manage/${id}/reopen`)

export const verifyStation = (id: string) => request<ManagedStation>('POST', `/api/stations/manage/${id}/verify`)

export function addStationPhoto(id: string, image: string): Promise<ManagedStation> {
  const body: AddStationPhotoRequest = { image }
  return request<ManagedStation>('POST', `/api/stations/manage/${id}/photos`, body)
}

export const removeStationPhoto = (id: string, index: number) => request<ManagedStation>('DELETE', `/api/stations/manage/${id}/photos/${index}`)

export const fetchReportQueue = () => request<ReportQueueResponse>('GET', '/api/station-reports')

export function resolveReport(id: string, note: string): Promise<StationReportView> {
  const body: ResolveReportRequest = { note }
  return request<StationReportView>('POST', `/api/station-reports/${id}/resolve`, body)
}

export const previewImport = (body: StationImportRequest) => request<StationImportPreview>('POST', '/api/stations/import/preview', body)

/** Safe to send twice: the server matches rows to stations, so a repeat changes nothing. */
export const commitImport = (body: StationImportCommitRequest) => request<StationImportResult>('POST', '/api/stations/import/commit', body)

export const downloadTemplate = () => downloadFile('/api/stations/import/template')

export const downloadExport = () => downloadFile('/api/stations/export')

/** The officer's unit and every unit under it, flattened, to choose a station's host from. */
export async function fetchScopeUnits(unitId: string): Promise<OrgUnitNode[]> {
  const root = await request<OrgUnitNode>('GET', `/api/orgs/${unitId}`)
  const flatten = (unit: OrgUnitNode): OrgUnitNode[] => [unit, ...unit.children.flatMap(flatten)]
  return flatten(root)
}
