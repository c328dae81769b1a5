import { ChangeAction, ChangeType } from '@unionhub/shared';
import type { Change } from '../sync/changes/change-feed.service';
import type { Station } from './station.entity';

/** A station as the change feed carries it, after the change. */
export function stationChange(station: Station, action: ChangeAction): Change {
  return {
    type: ChangeType.Station,
    action,
    subjectId: station.id,
    unitId: station.orgUnitId,
    data: { name: station.name, status: station.status, address: station.address, lat: station.lat, lng: station.lng, starLevel: station.starLevel, externalId: station.externalId },
  };
}
