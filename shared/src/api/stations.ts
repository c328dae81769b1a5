/** The fixed set of facilities a station may offer, in display order. */
export const Facility = {
  Water: 'water',
  HotMeal: 'hot-meal',
  Charging: 'charging',
  Seating: 'seating',
  Toilet: 'toilet',
  Climate: 'climate',
  Medkit: 'medkit',
  RainGear: 'rain-gear',
  Books: 'books',
  NursingRoom: 'nursing-room',
  BatterySwap: 'battery-swap',
  Aed: 'aed',
  Wifi: 'wifi',
  Tools: 'tools',
} as const;
export type Facility = (typeof Facility)[keyof typeof Facility];

/** Every facility in display order; the server stores them as bits in this order, so only append. */
export const FACILITIES: readonly Facility[] = Object.values(Facility);

export const FacilityLabel: Record<Facility, string> = {
  water: '饮水',
  'hot-meal': '热饭/微波炉',
  charging: '充电',
  seating: '休息座椅',
  toilet: '卫生间',
  climate: '空调/取暖',
  medkit: '药箱',
  'rain-gear': '雨具',
  books: '图书',
  'nursing-room': '母婴室',
  'battery-swap': '换电',
  aed: 'AED',
  wifi: 'Wi-Fi',
  tools: '维修工具',
};

export const StationStatus = {
  Open: 'open',
  Suspended: 'suspended',
  Closed: 'closed',
} as const;
export type StationStatus = (typeof StationStatus)[keyof typeof StationStatus];

export const StationStatusLabel: Record<StationStatus, string> = {
  open: '开放',
  suspended: '暂停开放',
  closed: '已关闭',
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WeekdayLabel: Record<Weekday, string> = {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
};

/**
 * One opening span in Beijing time, `HH:MM`. `close` may be `24:00`; a `close` earlier than `open`
 * (e.g. 22:00–06:00) runs past midnight and belongs to the day it starts. 00:00–24:00 is all day.
 */
export interface OpeningSpan {
  open: string;
  close: string;
}

/** The weekly schedule: each day's spans; a day with none is closed. */
export type WeeklyHours = Record<Weekday, OpeningSpan[]>;

/** Closed on every date from `from` to `to` (inclusive, `YYYY-MM-DD`), whatever the week says. */
export interface DatedClosure {
  from: string;
  to: string;
  reason: string;
}

export interface OpenState {
  /** Open at `at` (Beijing time), by the week, the closures and the status. */
  openNow: boolean;
  /** ISO time (+08:00) of the next opening or closing within a year; null if none (e.g. open round the clock). */
  nextChangeAt: string | null;
}

/**
 * GET /api/stations/nearby — a position in GCJ-02. The answer is the nearest `limit` matching
 * stations, nearest first, however far they are up to `radius`.
 */
export interface NearbyStationsQuery {
  lat: number;
  lng: number;
  /** The farthest to look, in metres: 100 to 50,000; 50,000 when left out. */
  radius?: number;
  /** Only stations that have all of these. */
  facilities?: Facility[];
  openNow?: boolean;
  /** 1 to 50; 20 when left out. */
  limit?: number;
  offset?: number;
}

export interface StationListItem extends OpenState {
  id: string;
  name: string;
  address: string;
  districtCode: string;
  lat: number;
  lng: number;
  facilities: Facility[];
  /** 评星定级, 1 to 5; null when not yet rated. */
  starLevel: number | null;
  status: StationStatus;
  /** Metres from the position asked about; null when no position was given. */
  distanceMetres: number | null;
}

export interface NearbyStationsResponse {
  /** Nearest first (ties by id); the same order on every page. */
  items: StationListItem[];
  /** The farthest the search looked, in metres. */
  radius: number;
  /** The offset of the next page; null once a page comes back short (or at the paging limit). */
  nextOffset: number | null;
  /** The instant `openNow` was computed for. */
  at: string;
}

/** GET /api/stations/search — for a worker who does not share a location. */
export interface StationSearchQuery {
  /** Part of a name or an address, or a district name such as 大兴. */
  q?: string;
  /** An administrative code: the district (6 digits) or a street (9 digits). */
  district?: string;
  limit?: number;
  offset?: number;
}

export interface StationSearchResponse {
  items: StationListItem[];
  total: number;
  nextOffset: number | null;
  at: string;
}

export interface StationHost {
  id: string;
  code: string;
  name: string;
}

export interface StationDetail extends StationListItem {
  host: StationHost;
  phone: string | null;
  /** Short-lived signed links to the photos. */
  photos: string[];
  hours: WeeklyHours;
  closures: DatedClosure[];
  accessNote: string | null;
  /** YYYY-MM-DD of the last on-site check, or null. */
  verifiedOn: string | null;
  rating: { average: number | null; count: number };
}

export const ReportKind = {
  Closed: 'closed',
  FacilitiesMismatch: 'facilities-mismatch',
  Environment: 'environment',
  Other: 'other',
} as const;
export type ReportKind = (typeof ReportKind)[keyof typeof ReportKind];

export const ReportKindLabel: Record<ReportKind, string> = {
  closed: '关闭了',
  'facilities-mismatch': '设施不符',
  environment: '环境问题',
  other: '其他',
};

/** POST /api/stations/:id/ratings — once a day per station and member. */
export interface RateStationRequest {
  score: number;
}

export interface StationRatingResult {
  score: number;
  /** The Beijing date the rating counts for. */
  day: string;
  rating: { average: number | null; count: number };
}

/** POST /api/stations/:id/reports; send an `Idempotency-Key` header so a retry files it once. */
export interface CreateStationReportRequest {
  kind: ReportKind;
  note?: string;
  /** A JPEG or PNG photo, base64, up to 5 MB decoded. */
  photo?: string;
}

export const ReportStatus = {
  Open: 'open',
  Resolved: 'resolved',
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];

export interface StationReportView {
  id: string;
  stationId: string;
  kind: ReportKind;
  note: string | null;
  photoUrl: string | null;
  status: ReportStatus;
  createdAt: string;
  resolvedAt: string | null;
  resolutionNote: string | null;
}

/** A station has this many unresolved reports or more: officers see it flagged. */
export const FLAG_REPORT_THRESHOLD = 3;

export interface ReportQueueStation {
  id: string;
  name: string;
  address: string;
  host: StationHost;
  openReports: number;
  flagged: boolean;
  reports: StationReportView[];
}

/** GET /api/station-reports — the officer's queue: stations with open reports, flagged first. */
export interface ReportQueueResponse {
  stations: ReportQueueStation[];
}

export interface ResolveReportRequest {
  note: string;
}
