import type { CoordSystem } from '../geo/coords';
import type { DatedClosure, Facility, StationDetail, StationHost, StationListItem, StationStatus, WeeklyHours } from './stations';

/** POST /api/stations/manage and PATCH /api/stations/manage/:id (all fields optional there). */
export interface StationInput {
  name: string;
  /** The host unit, inside the officer's subtree. */
  orgUnitId: string;
  address: string;
  districtCode: string;
  lat: number;
  lng: number;
  /** The coordinate system of lat/lng; stored as GCJ-02. Defaults to gcj02. */
  coordSystem?: CoordSystem;
  facilities: Facility[];
  hours: WeeklyHours;
  closures?: DatedClosure[];
  starLevel?: number | null;
  phone?: string | null;
  accessNote?: string | null;
  externalId?: string | null;
  /** open or suspended; closing has its own action. */
  status?: StationStatus;
}

export interface ManagedStation extends StationDetail {
  externalId: string | null;
  openReports: number;
  flagged: boolean;
  isDemo: boolean;
  updatedAt: string;
}

export interface ManagedStationItem extends StationListItem {
  host: StationHost;
  externalId: string | null;
  openReports: number;
  flagged: boolean;
  verifiedOn: string | null;
}

/** GET /api/stations/manage — the officer's subtree, flagged stations first. */
export interface ManagedStationListResponse {
  items: ManagedStationItem[];
  total: number;
  nextOffset: number | null;
}

export interface CloseStationRequest {
  reason: string;
}

export interface AddStationPhotoRequest {
  /** A JPEG or PNG photo, base64, up to 5 MB decoded. */
  image: string;
}

/** What a column of an import file may hold. */
export const ImportField = {
  StationId: 'stationId',
  ExternalId: 'externalId',
  Name: 'name',
  UnitCode: 'unitCode',
  DistrictCode: 'districtCode',
  Address: 'address',
  Lng: 'lng',
  Lat: 'lat',
  Facilities: 'facilities',
  Hours: 'hours',
  StarLevel: 'starLevel',
  Phone: 'phone',
  Status: 'status',
  AccessNote: 'accessNote',
  VerifiedOn: 'verifiedOn',
} as const;
export type ImportField = (typeof ImportField)[keyof typeof ImportField];

/** The template's header for each field; exports use the same headers, so an export re-imports. */
export const ImportFieldHeader: Record<ImportField, string> = {
  stationId: '系统编号',
  externalId: '外部编号',
  name: '站点名称',
  unitCode: '所属工会代码',
  districtCode: '行政区划代码',
  address: '地址',
  lng: '经度',
  lat: '纬度',
  facilities: '设施',
  hours: '开放时间',
  starLevel: '星级',
  phone: '电话',
  status: '状态',
  accessNote: '进站说明',
  verifiedOn: '最后核验日期',
};

export const ImportMode = {
  /** Apply every valid row, skip the others; re-importing the same file changes nothing. */
  ValidRows: 'valid-rows',
  /** Apply all rows in one transaction, or nothing if any row has an error. */
  AllOrNothing: 'all-or-nothing',
} as const;
export type ImportMode = (typeof ImportMode)[keyof typeof ImportMode];

/** POST /api/stations/import/preview */
export interface StationImportRequest {
  fileName: string;
  /** The CSV or XLSX file, base64. */
  file: string;
  /** The coordinate system of the file's longitude and latitude. */
  coordSystem: CoordSystem;
  /** The host unit for rows without a unit code; the officer's own unit when left out. */
  orgUnitId?: string;
  /** Header to use for a field, where the automatic mapping guessed wrong or found nothing. */
  columns?: Partial<Record<ImportField, string>>;
}

/** POST /api/stations/import/commit — the same file and settings, and how to apply it. */
export interface StationImportCommitRequest extends StationImportRequest {
  mode: ImportMode;
}

export interface ImportRowError {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  /** The header of the column at fault, or an empty string for the whole row. */
  column: string;
  reason: string;
}

export type ImportRowAction = 'create' | 'update' | 'unchanged';

export interface ImportPreviewRow {
  row: number;
  name: string;
  address: string;
  lat: number;
  lng: number;
  action: ImportRowAction;
}

export interface StationImportCounts {
  create: number;
  update: number;
  unchanged: number;
  invalid: number;
}

export interface StationImportPreview {
  format: 'csv' | 'xlsx';
  headers: string[];
  /** The header each field was read from. */
  columns: Partial<Record<ImportField, string>>;
  /** Headers no field was read from. */
  ignoredHeaders: string[];
  totalRows: number;
  counts: StationImportCounts;
  /** The first errors, in row order (at most 500; `errorCount` has them all). */
  errors: ImportRowError[];
  errorCount: number;
  /** The first rows as they will be applied. */
  sample: ImportPreviewRow[];
}

export interface StationImportResult {
  mode: ImportMode;
  /** false when all-or-nothing met an error and wrote nothing. */
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: ImportRowError[];
  errorCount: number;
}
