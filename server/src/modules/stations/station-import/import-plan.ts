import { randomUUID } from 'node:crypto';
import { ImportField, ImportFieldHeader, type ImportRowError, StationStatus, WEEKDAYS, type WeeklyHours } from '@unionhub/shared';
import { fromFacilityMask } from '../facility-mask';
import { type StationFields, toStationColumns } from '../station-record';
import type { Station } from '../station.entity';
import type { StationDraft } from './parse-row';

export type StationColumns = ReturnType<typeof toStationColumns>;

export type PlannedRow =
  | { action: 'create'; draft: StationDraft; station: StationColumns & { id: string } }
  | { action: 'update'; draft: StationDraft; id: string; changes: Partial<StationColumns>; orgUnitId: string }
  | { action: 'unchanged'; draft: StationDraft; id: string };

/** The stations a file's rows may match, by the three keys an import matches on. */
export class ExistingStations {
  private readonly byId = new Map<string, Station>();
  private readonly byExternalId = new Map<string, Station[]>();
  private readonly byUnitAndName = new Map<string, Station[]>();

  constructor(stations: Station[]) {
    for (const station of stations) {
      this.byId.set(station.id, station);
      if (station.externalId) this.byExternalId.set(station.externalId, [...(this.byExternalId.get(station.externalId) ?? []), station]);
      else this.byUnitAndName.set(unitAndName(station), [...(this.byUnitAndName.get(unitAndName(station)) ?? []), station]);
    }
  }

  /** The station a row stands for, null for a new one, or why it cannot be told. */
  match(draft: StationDraft): Station | null | ImportRowError {
    if (draft.stationId) {
      return this.byId.get(draft.stationId) ?? { row: draft.row, column: ImportFieldHeader[ImportField.StationId], reason: '系统编号不存在或不在您的管辖范围内；新增驿站请留空' };
    }
    const candidates = draft.externalId ? this.byExternalId.get(draft.externalId) : this.byUnitAndName.get(unitAndName(draft));
    if (!candidates?.length) return null;
    if (candidates.length > 1) {
      return draft.externalId
        ? { row: draft.row, column: ImportFieldHeader[ImportField.ExternalId], reason: `有${candidates.length}个驿站用这个外部编号，请填写系统编号来区分` }
        : { row: draft.row, column: ImportFieldHeader[ImportField.Name], reason: '本单位有同名驿站，请填写外部编号或系统编号来区分' };
    }
    return candidates[0];
  }
}

const unitAndName = (s: { orgUnitId: string; name: string }): string => `${s.orgUnitId}/${s.name}`;

/** The key that makes two rows of one file the same station. */
export function rowKey(draft: StationDraft): string {
  if (draft.stationId) return `id:${draft.stationId}`;
  if (draft.externalId) return `ext:${draft.externalId}`;
  return `name:${unitAndName(draft)}`;
}

function fieldsOf(station: Station): StationFields {
  return { ...station, facilities: fromFacilityMask(station.facilities) };
}

/** Optional columns the file left out keep what the station had; a new station gets defaults. */
function merged(draft: StationDraft, before: Station | null): StationFields {
  const base: StationFields = before
    ? fieldsOf(before)
    : { ...draft, districtCode: '', facilities: [], closures: [], starLevel: null, phone: null, status: StationStatus.Open, accessNote: null, verifiedOn: null, externalId: null };
  const keep = <K extends keyof StationFields>(key: K, value: StationFields[K] | undefined): StationFields[K] => (value === undefined ? base[key] : value);
  return {
    ...base,
    name: draft.name,
    orgUnitId: before && !draft.unitGiven ? before.orgUnitId : draft.orgUnitId,
    address: draft.address,
    districtCode: draft.districtCode ?? (before?.districtCode || draft.unitRegionCode || ''),
    lat: draft.lat,
    lng: draft.lng,
    hours: draft.hours,
    externalId: keep('externalId', draft.externalId),
    facilities: keep('facilities', draft.facilities),
    starLevel: keep('starLevel', draft.starLevel),
    phone: keep('phone', draft.phone),
    status: keep('status', draft.status),
    accessNote: keep('accessNote', draft.accessNote),
    verifiedOn: keep('verifiedOn', draft.verifiedOn),
  };
}

/** Equal as stored: coordinates to a nanodegree (conversions round), schedules day by day. */
function same(key: keyof StationColumns, a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  if (key === 'hours') return JSON.stringify(WEEKDAYS.map((d) => (a as WeeklyHours)[d])) === JSON.stringify(WEEKDAYS.map((d) => (b as WeeklyHours)[d]));
  if (a && typeof a === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** What applying one valid row does: create, update (only the changed columns), or nothing. */
export function planRow(draft: StationDraft, existing: ExistingStations): PlannedRow | ImportRowError {
  const before = existing.match(draft);
  if (before && 'reason' in before) return before;
  const columns = toStationColumns(merged(draft, before));
  if (!columns.districtCode) return { row: draft.row, column: ImportFieldHeader[ImportField.DistrictCode], reason: '请填写行政区划代码（例如大兴区 110115）' };
  if (!before) return { action: 'create', draft, station: { ...columns, id: randomUUID() } };
  const changes = Object.fromEntries(
    (Object.keys(columns) as (keyof StationColumns)[]).filter((key) => !same(key, columns[key], before[key])).map((key) => [key, columns[key]]),
  ) as Partial<StationColumns>;
  return Object.keys(changes).length ? { action: 'update', draft, id: before.id, changes, orgUnitId: columns.orgUnitId } : { action: 'unchanged', draft, id: before.id };
}
