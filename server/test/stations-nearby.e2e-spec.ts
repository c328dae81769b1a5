import { FACILITIES, type Facility, haversineMetres, type LatLng, type NearbyStationsResponse } from '@unionhub/shared';
import fc from 'fast-check';
import { toFacilityMask } from '../src/modules/stations/facility-mask';
import { CELL_DEGREES, cellRangesAround } from '../src/modules/stations/grid';
import { openStateAt } from '../src/modules/stations/opening-hours';
import { Station } from '../src/modules/stations/station.entity';
import { StationsRepository } from '../src/modules/stations/stations.repository';
import { StationsService } from '../src/modules/stations/stations.service';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { destination } from './support/geo';
import { insertStations, newStation, syntheticFields } from './support/station-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

/** Fixed points the property test searches around, and stations put exactly on radii from them. */
const PROBES: LatLng[] = [
  { lat: 39.9, lng: 116.4 }, // on a cell corner in Beijing
  { lat: 53.48, lng: 122.37 }, // Mohe
  { lat: 70.0, lng: 25.0 },
  { lat: 85.0, lng: -40.0 },
  { lat: 89.99, lng: 10.0 },
  { lat: -89.99, lng: 0.0 },
  { lat: 0.0, lng: 179.995 }, // antimeridian
];
const EDGE_RADII = [150, 1000, 4999, 5000, 12_345, 50_000];

describe(`nearby search on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let service: StationsService;
  let all: Station[];
  const at = new Date('2026-11-24T12:00:00+08:00');

  /** The answer by brute force: every station, exact distance, the same order rule. */
  function bruteForce(centre: LatLng, radius: number, facilities: Facility[], openNow: boolean): { id: string; distance: number }[] {
    const mask = toFacilityMask(facilities);
    return all
      .filter((s) => s.status !== 'closed' && (s.facilities & mask) === mask)
      .map((s) => ({ id: s.id, distance: haversineMetres(centre, s), s }))
      .filter((hit) => hit.distance <= radius && (!openNow || openStateAt(hit.s.hours, hit.s.closures, hit.s.status, at).openNow))
      .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ id, distance }) => ({ id, distance }));
  }

  beforeAll(async () => {
    t = await createTestApp();
    service = t.app.get(StationsService);
    const unit = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'BJ-DX-PGZ' });
    const cornerGrid = Array.from({ length: 400 }, (_, i) => ({ lat: 39.8 + Math.floor(i / 20) * CELL_DEGREES, lng: 116.3 + (i % 20) * CELL_DEGREES }));
    const clusters = PROBES.flatMap((probe, p) =>
      Array.from({ length: 120 }, (_, i) => destination(probe, (i * 137.5) % 360, ((i * 7919) % 60_000) + p)),
    );
    const onRadii = PROBES.flatMap((probe) => EDGE_RADII.flatMap((radius) => [0, 90, 180, 270].map((bearing) => destination(probe, bearing, radius))));
    await insertStations(t.dataSource, [
      ...syntheticFields(unit.id, 3000, 11),
      ...[...cornerGrid, ...clusters, ...onRadii].map((position, i) =>
        newStation(unit.id, { ...position, facilities: FACILITIES.filter((_, bit) => (i >> bit) % 3 !== 0), status: i % 17 === 0 ? 'closed' : 'open' }),
      ),
    ]);
    all = await t.dataSource.getRepository(Station).find();
  }, 120_000);
  afterAll(() => t.close());

  it('equals a brute-force great-circle check on random points, radii and filters', async () => {
    const nearStation = fc.integer({ min: 0, max: 1_000_000 }).map((i) => all[i % all.length]).chain((s) =>
      fc.record({ lat: fc.double({ min: s.lat - 0.05, max: s.lat + 0.05, noNaN: true }), lng: fc.double({ min: s.lng - 0.05, max: s.lng + 0.05, noNaN: true }) }),
    );
    const onCellEdge = fc.record({ lat: fc.integer({ min: 3980, max: 4000 }).map((k) => k * CELL_DEGREES), lng: fc.integer({ min: 11630, max: 11650 }).map((k) => k * CELL_DEGREES) });
    const centre = fc.oneof(nearStation, onCellEdge, fc.constantFrom(...PROBES)).map((p) => ({ lat: Math.max(-90, Math.min(90, p.lat)), lng: Math.max(-180, Math.min(180, p.lng)) }));
    await fc.assert(
      fc.asyncProperty(
        centre,
        fc.oneof(fc.integer({ min: 100, max: 50_000 }), fc.constantFrom(...EDGE_RADII)),
        fc.subarray([...FACILITIES], { maxLength: 2 }),
        fc.boolean(),
        async (point, radius, facilities, openNow) => {
          const expected = bruteForce(point, radius, facilities, openNow);
          const answer = await service.nearby({ ...point, radius, facilities, openNow, limit: 50 }, at);
          expect(answer.total).toBe(expected.length);
          expect(answer.items.map((item) => item.id)).toEqual(expected.slice(0, 50).map((hit) => hit.id));
          expect(answer.items.map((item) => item.distanceMetres)).toEqual(expected.slice(0, 50).map((hit) => Math.round(hit.distance)));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('finds stations exactly on the radius around Mohe, the poles and the antimeridian', async () => {
    for (const probe of PROBES) {
      for (const radius of EDGE_RADII) {
        const expected = bruteForce(probe, radius, [], false);
        const answer = await service.nearby({ ...probe, radius, limit: 50 }, at);
        expect({ probe, radius, total: answer.total }).toEqual({ probe, radius, total: expected.length });
        expect(answer.items.map((i) => i.id)).toEqual(expected.slice(0, 50).map((hit) => hit.id));
      }
    }
  });

  it('pages through the same order', async () => {
    const probe = PROBES[0];
    const expected = bruteForce(probe, 20_000, [], false).map((hit) => hit.id);
    const seen: string[] = [];
    for (let offset: number | null = 0; offset !== null && seen.length < 200; ) {
      const page: NearbyStationsResponse = await service.nearby({ ...probe, radius: 20_000, limit: 50, offset }, at);
      seen.push(...page.items.map((i) => i.id));
      offset = page.nextOffset;
    }
    expect(seen).toEqual(expected.slice(0, seen.length));
    expect(seen.length).toBe(Math.min(200, expected.length));
  });

  it('reads the candidates through the grid index', async () => {
    const repository = t.app.get(StationsRepository);
    const [sql, parameters] = repository.nearbySql(cellRangesAround({ lat: 39.9, lng: 116.4 }, 5000));
    if (testDatabaseKind() === 'mysql') {
      await t.dataSource.query('ANALYZE TABLE station');
      const [plan] = (await t.dataSource.query(`EXPLAIN ${sql}`, parameters)) as { key: string; type: string; Extra: string }[];
      // "Using index": answered from the index alone, with no row lookups.
      expect(plan).toMatchObject({ key: 'IDX_station_cell', type: 'range', Extra: expect.stringContaining('Using index') });
    } else {
      const plan = (await t.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, parameters)) as { detail: string }[];
      expect(plan.map((row) => row.detail).join('\n')).toMatch(/SEARCH s USING COVERING INDEX IDX_station_cell \(cellRow=\? AND cellCol>\? AND cellCol<\?\)/);
    }
  });
});
