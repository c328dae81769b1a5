import {
  type Facility,
  type OpeningSpan,
  type StationListItem,
  StationStatus,
  WEEKDAYS,
  type Weekday,
  WeekdayLabel,
  type WeeklyHours,
} from '@unionhub/shared'

/** Short words for facilities, to fit several on one line of a list card. */
export const FacilityShort: Record<Facility, string> = {
  water: '饮水',
  'hot-meal': '热饭',
  charging: '充电',
  seating: '座椅',
  toilet: '卫生间',
  climate: '空调',
  medkit: '药箱',
  'rain-gear': '雨具',
  books: '图书',
  'nursing-room': '母婴室',
  'battery-swap': '换电',
  aed: 'AED',
  wifi: 'Wi-Fi',
  tools: '工具',
}

/** `850 米`, `1.2 公里`, `23 公里`. */
export function distanceText(metres: number): string {
  if (metres < 50) return '50 米内'
  // Thresholds where rounding would say "1000 米" or "10.0 公里".
  if (metres < 995) return `${Math.round(metres / 10) * 10} 米`
  if (metres < 9950) return `${(metres / 1000).toFixed(1)} 公里`
  return `${Math.round(metres / 1000)} 公里`
}

/** A search radius: `500 米`, `5 公里`, `20 公里`. */
export const radiusText = (metres: number): string => (metres < 1000 ? `${metres} 米` : `${metres / 1000} 公里`)

const BEIJING_MS = 8 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

/** Days since 1970-01-01 in Beijing, and the weekday (Monday 0), whatever the phone's time zone. */
const beijingDay = (at: Date): number => Math.floor((at.getTime() + BEIJING_MS) / DAY_MS)
export const beijingWeekday = (at: Date): number => (beijingDay(at) + 3) % 7
/** `YYYY-MM-DD` in Beijing. */
export const beijingDate = (at: Date): string => new Date(at.getTime() + BEIJING_MS).toISOString().slice(0, 10)

/** When a change happens, said from today: `20:00`, `明天 08:00`, `周六 09:00`, `1月4日 08:00`. */
export function whenText(iso: string, now: Date): string {
  const at = new Date(iso)
  const time = iso.slice(11, 16)
  const days = beijingDay(at) - beijingDay(now)
  if (days <= 0) return time
  if (days === 1) return `明天 ${time}`
  if (days < 7) return `${WeekdayLabel[WEEKDAYS[beijingWeekday(at)]]} ${time}`
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${time}`
}

export type OpenTone = 'open' | 'shut' | 'paused'

export interface OpenBadge {
  label: string
  tone: OpenTone
  /** What happens next: `20:00 关门`, `明天 08:00 开门`, `24小时开放`. */
  detail: string
}

export function openBadge(station: Pick<StationListItem, 'status' | 'openNow' | 'nextChangeAt'>, now: Date): OpenBadge {
  if (station.status === StationStatus.Suspended) return { label: '暂停开放', tone: 'paused', detail: '' }
  if (station.status === StationStatus.Closed) return { label: '已关闭', tone: 'shut', detail: '' }
  if (station.openNow) return { label: '开放中', tone: 'open', detail: station.nextChangeAt ? `${whenText(station.nextChangeAt, now)} 关门` : '24小时开放' }
  return { label: '已关门', tone: 'shut', detail: station.nextChangeAt ? `${whenText(station.nextChangeAt, now)} 开门` : '暂无开放安排' }
}

export const starsText = (level: number | null): string => (level ? '★'.repeat(level) + '☆'.repeat(5 - level) : '')

function spanText(span: OpeningSpan): string {
  if (span.open === '00:00' && span.close === '24:00') return '24小时'
  return `${span.open}-${span.close <= span.open ? '次日' : ''}${span.close}`
}

export interface WeekRow {
  day: Weekday
  label: string
  text: string
  today: boolean
}

/** The week from Monday, each day's spans as text, today marked. */
export function weekRows(hours: WeeklyHours, now: Date): WeekRow[] {
  const today = beijingWeekday(now)
  return WEEKDAYS.map((day, i) => ({
    day,
    label: WeekdayLabel[day],
    text: hours[day].length ? hours[day].map(spanText).join('，') : '休息',
    today: i === today,
  }))
}
