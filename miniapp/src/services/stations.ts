import type {
  CreateStationReportRequest,
  Facility,
  LatLng,
  NearbyStationsResponse,
  RateStationRequest,
  StationDetail,
  StationRatingResult,
  StationReportView,
  StationSearchResponse,
} from '@unionhub/shared'
import { request } from './request'

export interface NearbyFilter {
  /** The farthest to look; the server's own limit (50 km) when left out. */
  radius?: number
  facilities: Facility[]
  openNow: boolean
}

const query = (params: Record<string, string | number | boolean | undefined>): string =>
  Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')

/** The nearest stations to a GCJ-02 position, nearest first, 20 a page. No account needed. */
export function fetchNearby(position: LatLng, filter: NearbyFilter, offset = 0): Promise<NearbyStationsResponse> {
  const params = query({
    lat: position.lat.toFixed(6),
    lng: position.lng.toFixed(6),
    radius: filter.radius,
    facilities: filter.facilities.join(','),
    openNow: filter.openNow || undefined,
    limit: 20,
    offset,
  })
  return request<NearbyStationsResponse>('GET', `/api/stations/nearby?${params}`)
}

/** By name, address or district, for a worker who does not share a location. */
export function searchStations(search: { q?: string; district?: string }, offset = 0): Promise<StationSearchResponse> {
  return request<StationSearchResponse>('GET', `/api/stations/search?${query({ q: search.q?.trim(), district: search.district, limit: 20, offset })}`)
}

export function fetchStation(id: string, from: LatLng | null): Promise<StationDetail> {
  const params = from ? `?${query({ lat: from.lat.toFixed(6), lng: from.lng.toFixed(6) })}` : ''
  return request<StationDetail>('GET', `/api/stations/${id}${params}`)
}

/** The key makes a retry after a lost answer return the first result instead of a conflict. */
export function rateStation(id: string, score: number, idempotencyKey: string): Promise<StationRatingResult> {
  const body: RateStationRequest = { score }
  return request<StationRatingResult>('POST', `/api/stations/${id}/ratings`, body, { idempotencyKey })
}

export function reportStation(id: string, body: CreateStationReportRequest, idempotencyKey: string): Promise<StationReportView> {
  return request<StationReportView>('POST', `/api/stations/${id}/reports`, body, { idempotencyKey })
}

/** A fresh key for one write the member may retry: 16 to 64 URL-safe characters, as the server wants. */
export function newRetryKey(): string {
  const random = Array.from({ length: 4 }, () => Math.floor(Math.random() * 0x100000000).toString(36).padStart(7, '0')).join('')
  return `${Date.now().toString(36)}-${random}`
}
