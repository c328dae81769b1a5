import { randomUUID } from 'node:crypto';
import { Facility, StationStatus, WEEKDAYS, type WeeklyHours } from '@unionhub/shared';
import type { DataSource } from 'typeorm';
import { type StationFields, toStationColumns } from '../../src/modules/stations/station-record';
import { Station } from '../../src/modules/stations/station.entity';
import { syntheticStations } from '../../src/modules/stations/synthetic-stations';

export const allDay = (): WeeklyHours => Object.fromEntries(WEEKDAYS.map((day) => [day, [{ open: '00:00', close: '24:00' }]])) as WeeklyHours;

let counter = 0;

/** A plausible open station in Daxing with water and charging, open round the clock. */
export function newStation(orgUnitId: string, overrides: Partial<StationFields> = {}): StationFields {
  counter += 1;
  return {
    name: `测试驿站${counter}`,
    orgUnitId,
    address: `大兴区测试路${counter}号`,
    districtCode: '110115',
    lat: 39.7267,
    lng: 116.3414,
    facilities: [Facility.Water, Facility.Charging],
    hours: allDay(),
    closures: [],
    starLevel: 3,
    phone: '010-69245678',
    status: StationStatus.Open,
    accessNote: null,
    verifiedOn: '2026-11-01',
    externalId: null,
    ...overrides,
  };
}

/** Inserts stations straight into the database, in chunks; returns their ids in order. */
export async function insertStations(dataSource: DataSource, stations: StationFields[]): Promise<string[]> {
  const rows = stations.map((fields) => ({ ...toStationColumns(fields), id: randomUUID(), photoKeys: [], isDemo: false }));
  // updateEntity(false): see StationsRepository.insert.
  for (let i = 0; i < rows.length; i += 500) await dataSource.createQueryBuilder().insert().into(Station).values(rows.slice(i, i + 500)).updateEntity(false).execute();
  return rows.map((row) => row.id);
}

/** The generator's stations, hosted by one unit. */
export function syntheticFields(orgUnitId: string, count: number, seed: number): StationFields[] {
  return [...syntheticStations(count, seed)].map((s) => newStation(orgUnitId, { ...s, phone: null, accessNote: null, verifiedOn: null }));
}
