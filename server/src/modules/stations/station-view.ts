import type { OpenState, StationDetail, StationHost, StationListItem } from '@unionhub/shared';
import { fromFacilityMask } from './facility-mask';
import { openStateAt } from './opening-hours';
import type { Station } from './station.entity';
import type { StationRow } from './stations.repository';

export const hostOf = (unit: StationHost | undefined, fallbackId: string): StationHost =>
  unit ? { id: unit.id, code: unit.code, name: unit.name } : { id: fallbackId, code: '', name: '' };

/** Metres, rounded: nobody walks to a station by the centimetre. */
export const roundMetres = (metres: number | null): number | null => (metres === null ? null : Math.round(metres));

/** `openState` when the caller already knows it (the index remembers it per schedule and minute). */
export function toListItem(row: StationRow | Station, at: Date, distanceMetres: number | null, openState?: OpenState): StationListItem {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    districtCode: row.districtCode,
    lat: row.lat,
    lng: row.lng,
    facilities: fromFacilityMask(row.facilities),
    starLevel: row.starLevel,
    status: row.status,
    distanceMetres: roundMetres(distanceMetres),
    ...(openState ?? openStateAt(row.hours, row.closures, row.status, at)),
  };
}

export interface DetailExtras {
  host: StationHost;
  photos: string[];
  rating: { average: number | null; count: number };
  at: Date;
  distanceMetres: number | null;
}

export function toDetail(station: Station, extras: DetailExtras): StationDetail {
  return {
    ...toListItem(station, extras.at, extras.distanceMetres),
    host: extras.host,
    phone: station.phone,
    photos: extras.photos,
    hours: station.hours,
    closures: station.closures,
    accessNote: station.accessNote,
    verifiedOn: station.verifiedOn,
    rating: extras.rating,
  };
}
