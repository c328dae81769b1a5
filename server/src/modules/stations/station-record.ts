import type { DatedClosure, Facility, StationStatus, WeeklyHours } from '@unionhub/shared';
import { toFacilityMask } from './facility-mask';
import { cellOf } from './grid';
import type { Station } from './station.entity';

/** What a station is, as people describe it; coordinates already in GCJ-02. */
export interface StationFields {
  name: string;
  orgUnitId: string;
  address: string;
  districtCode: string;
  lat: number;
  lng: number;
  facilities: readonly Facility[];
  hours: WeeklyHours;
  closures: DatedClosure[];
  starLevel: number | null;
  phone: string | null;
  status: StationStatus;
  accessNote: string | null;
  verifiedOn: string | null;
  externalId: string | null;
}

/** The stored columns of a station: the grid cell and the facility bits follow from the fields. */
export function toStationColumns(fields: StationFields): Omit<Station, 'id' | 'photoKeys' | 'closedReason' | 'isDemo' | 'createdAt' | 'updatedAt'> {
  const cell = cellOf(fields);
  return {
    name: fields.name,
    orgUnitId: fields.orgUnitId,
    address: fields.address,
    districtCode: fields.districtCode,
    lat: fields.lat,
    lng: fields.lng,
    cellRow: cell.row,
    cellCol: cell.col,
    facilities: toFacilityMask(fields.facilities),
    hours: fields.hours,
    closures: fields.closures,
    starLevel: fields.starLevel,
    phone: fields.phone,
    status: fields.status,
    accessNote: fields.accessNote,
    verifiedOn: fields.verifiedOn,
    externalId: fields.externalId,
  };
}
