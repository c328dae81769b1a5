import {
  type DatedClosure,
  type Facility,
  formatOpeningHours,
  type ManagedStation,
  parseOpeningHoursText,
  type StationInput,
  StationStatus,
} from '@unionhub/shared'

/** The edit form's state: numbers and lists as the officer types them, turned into input on save. */
export interface StationDraft {
  name: string
  orgUnitId: string
  address: string
  districtCode: string
  lat: string
  lng: string
  facilities: Facility[]
  hoursText: string
  closuresText: string
  starLevel: number | null
  phone: string
  accessNote: string
  externalId: string
  status: StationStatus
}

export const emptyDraft = (orgUnitId: string, districtCode: string): StationDraft => ({
  name: '',
  orgUnitId,
  address: '',
  districtCode,
  lat: '',
  lng: '',
  facilities: [],
  hoursText: '每天 08:00-20:00',
  closuresText: '',
  starLevel: null,
  phone: '',
  accessNote: '',
  externalId: '',
  status: StationStatus.Open,
})

const closureLine = (c: DatedClosure) => `${c.from === c.to ? c.from : `${c.from} 至 ${c.to}`} ${c.reason}`

export function draftOf(station: ManagedStation): StationDraft {
  return {
    name: station.name,
    orgUnitId: station.host.id,
    address: station.address,
    districtCode: station.districtCode,
    lat: String(station.lat),
    lng: String(station.lng),
    facilities: station.facilities,
    hoursText: formatOpeningHours(station.hours),
    closuresText: station.closures.map(closureLine).join('\n'),
    starLevel: station.starLevel,
    phone: station.phone ?? '',
    accessNote: station.accessNote ?? '',
    externalId: station.externalId ?? '',
    status: station.status === StationStatus.Suspended ? StationStatus.Suspended : StationStatus.Open,
  }
}

const DATE = '(\\d{4}-\\d{2}-\\d{2})'
const CLOSURE_LINE = new RegExp(`^${DATE}(?:\\s*(?:至|到|-|~)\\s*${DATE})?\\s+(.{1,50})$`)

/** One closure a line: `2026-12-31 至 2027-01-02 元旦休息` or `2026-12-31 元旦休息`. */
export function parseClosures(text: string): { ok: true; closures: DatedClosure[] } | { ok: false; message: string } {
  const closures: DatedClosure[] = []
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = CLOSURE_LINE.exec(line)
    if (!match) return { ok: false, message: `看不懂闭站安排“${line}”，请写成“2026-12-31 至 2027-01-02 元旦休息”` }
    const [, from, to, reason] = match
    if ((to ?? from) < from) return { ok: false, message: `“${line}”的结束日期早于开始日期` }
    closures.push({ from, to: to ?? from, reason: reason.trim() })
  }
  return { ok: true, closures }
}

/** The draft as the API takes it, or the first thing the officer must fix. */
export function inputOf(draft: StationDraft): { ok: true; input: StationInput } | { ok: false; message: string } {
  const lat = Number(draft.lat)
  const lng = Number(draft.lng)
  if (!draft.lat.trim() || !draft.lng.trim() || !Number.isFinite(lat) || !Number.isFinite(lng)) return { ok: false, message: '请填写经纬度，或点“用我现在的位置”' }
  const hours = parseOpeningHoursText(draft.hoursText)
  if (!hours.ok) return { ok: false, message: hours.message }
  const closures = parseClosures(draft.closuresText)
  if (!closures.ok) return closures
  return {
    ok: true,
    input: {
      name: draft.name.trim(),
      orgUnitId: draft.orgUnitId,
      address: draft.address.trim(),
      districtCode: draft.districtCode,
      lat,
      lng,
      coordSystem: 'gcj02',
      facilities: draft.facilities,
      hours: hours.value,
      closures: closures.closures,
      starLevel: draft.starLevel,
      phone: draft.phone.trim() || null,
      accessNote: draft.accessNote.trim() || null,
      externalId: draft.externalId.trim() || null,
      status: draft.status,
    },
  }
}
