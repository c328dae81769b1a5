import { FACILITIES, type Facility, haversineMetres, type LatLng, type NearbyStationsQuery, type NearbyStationsResponse, WEEKDAYS, type WeeklyHours } from '@unionhub/shared';
import fc from 'fast-check';
import { toFacilityMask } from '../src/modules/stations/facility-mask';
import { CELL_DEGREES, cellRangesAround } from '../src/modules/stations/grid';
import { openStateAt } from '../src/modules/stations/opening-hours';
import { StationIndexService } from '../src/modules/stations/nearest/station-index.service';
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

/** Instants on the hour edges of the test stations' hours (Beijing time), and a minute either side. */
const AT_EDGES = ['08:00', '12:00', '14:00', '20:00', '22:00', '02:00', '06:00', '00:00'].flatMap((time) => {
  const edge = new Date(`2026-11-24T${time}:00+08:00`).getTime();
  return [edge - 1, edge, edge + 59_999, edge + 60_000].map((ms) => new Date(ms));
});
const span = (open: string, close: string) => ({ open, close });
const daily = (...spans: { open: string; close: string }[]): WeeklyHours => Object.fromEntries(WEEKDAYS.map((day) => [day, spans])) as WeeklyHours;
const HOURS: WeeklyHours[] = [daily(span('00:00', '24:00')), daily(span('08:00', '20:00')), daily(span('08:00', '12:00'), span('14:00', '20:00')), daily(span('22:00', '02:00')), { ...daily(span('06:00', '22:00')), tue: [] }];

type Path = 'index' | 'sql';

describe(`nearby search on ${testDatabaseKind()}`, () => {
  let t: TestApp;
  let service: StationsService;
  let all: Station[];

  /** The answer by brute force: every station, exact distance, nearest first, ties by id. */
  function bruteForce(centre: LatLng, radius: number, facilities: Facility[], openNow: boolean, at: Date): { id: string; distance: number }[] {
    const mask = toFacilityMask(facilities);
    return all
      .filter((s) => s.status !== 'closed' && (s.facilities & mask) === mask)
      .map((s) => ({ id: s.id, distance: haversineMetres(centre, s), s }))
      .filter((hit) => hit.distance <= radius && (!openNow || openStateAt(hit.s.hours, hit.s.closures, hit.s.status, at).openNow))
      .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ id, distance }) => ({ id, distance }));
  }

  const ask = (path: Path, query: NearbyStationsQuery, at: Date): Promise<NearbyStationsResponse> =>
    path === 'index' ? Promise.resolve(service.nearbyFromIndex(query, at)) : service.nearbyFromDatabase(query, at);

  /** Both paths give the page of the brute-force order, with the same distances and open states. */
  async function expectBothEqualBruteForce(query: NearbyStationsQuery, at: Date): Promise<void> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const expected = bruteForce(query, query.radius ?? 50_000, query.facilities ?? [], query.openNow ?? false, at).slice(offset, offset + limit);
    for (const path of ['index', 'sql'] as const) {
      const answer = await ask(path, query, at);
      expect({ path, query, ids: answer.items.map((item) => item.id) }).toEqual({ path, query, ids: expected.map((hit) => hit.id) });
      expect(answer.items.map((item) => item.distanceMetres)).toEqual(expected.map((hit) => Math.round(hit.distance)));
      expect(answer.nextOffset).toBe(expected.length === limit ? offset + limit : null);
    }
    const [fromIndex, fromSql] = await Promise.all([ask('index', query, at), ask('sql', query, at)]);
    expect(fromIndex).toEqual(fromSql);
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
    // Two stations on the very same spot: equal distances, ordered by id.
    const twins = [PROBES[0], PROBES[0], PROBES[1], PROBES[1]];
    await insertStations(t.dataSource, [
      ...syntheticFields(unit.id, 3000, 11),
      ...[...cornerGrid, ...clusters, ...onRadii, ...twins].map((position, i) =>
        newStation(unit.id, {
          ...position,
          facilities: FACILITIES.filter((_, bit) => (i >> bit) % 3 !== 0),
          status: i % 17 === 0 ? 'closed' : i % 23 === 0 ? 'suspended' : 'open',
          hours: HOURS[i % HOURS.length],
          closures: i % 11 === 0 ? [{ from: '2026-11-24', to: '2026-11-24', reason: '盘点' }] : [],
        }),
      ),
    ]);
    all = await t.dataSource.getRepository(Station).find();
    // Written straight to the tables, past the change feed: load the index again.
    await t.app.get(StationIndexService).reload();
    expect(t.app.get(StationIndexService).statistics().stations).toBe(all.filter((s) => s.status !== 'closed').length);
  }, 120_000);
  afterAll(() => t.close());

  it('index and SQL both equal a brute-force great-circle check on random points, radii, filters, pages and instants', async () => {
    const nearStation = fc.integer({ min: 0, max: 1_000_000 }).map((i) => all[i % all.length]).chain((s) =>
      fc.record({ lat: fc.double({ min: s.lat - 0.05, max: s.lat + 0.05, noNaN: true }), lng: fc.double({ min: s.lng - 0.05, max: s.lng + 0.05, noNaN: true }) }),
    );
    const onCellEdge = fc.record({ lat: fc.integer({ min: 3980, max: 4000 }).map((k) => k * CELL_DEGREES), lng: fc.integer({ min: 11630, max: 11650 }).map((k) => k * CELL_DEGREES) });
    const centre = fc.oneof(nearStation, onCellEdge, fc.constantFrom(...PROBES)).map((p) => ({ lat: Math.max(-90, Math.min(90, p.lat)), lng: Math.max(-180, Math.min(180, p.lng)) }));
    await fc.assert(
      fc.asyncProperty(
        centre,
        fc.option(fc.oneof(fc.integer({ min: 100, max: 50_000 }), fc.constantFrom(...EDGE_RADII)), { nil: undefined }),
        fc.subarray([...FACILITIES], { maxLength: 2 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 50 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 })),
        fc.constantFrom(...AT_EDGES),
        async (point, radius, facilities, openNow, limit, offset, at) => {
          await expectBothEqualBruteForce({ ...point, radius, facilities, openNow, limit, offset }, at);
        },
      ),
      { numRuns: 250 },
    );
  }, 240_000);

  it('finds stations exactly on the radius around Mohe, the poles and the antimeridian', async () => {
    for (const probe of PROBES) {
      for (const radius of EDGE_RADII) await expectBothEqualBruteForce({ ...probe, radius, limit: 50 }, AT_EDGES[1]);
    }
  });

  it('answers a far-off worker with his nearest stations however far, up to the radius', async () => {
    const lonely = { lat: 46.5, lng: 90.5 }; // far west, between scattered stations
    const expected = bruteForce(lonely, 50_000, [], false, AT_EDGES[1]);
    await expectBothEqualBruteForce({ ...lonely, limit: 5 }, AT_EDGES[1]);
    const nearest = bruteForce(lonely, Infinity, [], false, AT_EDGES[1])[0];
    expect(expected.length === 0 || expected[0].id === nearest.id).toBe(true);
  });

  it('pages through the same order on both paths', async () => {
    const probe = PROBES[0];
    const expected = bruteForce(probe, 20_000, [], false, AT_EDGES[1]).map((hit) => hit.id);
    for (const path of ['index', 'sql'] as const) {
      const seen: string[] = [];
      for (let offset: number | null = 0; offset !== null && seen.length < 200; ) {
        const page: NearbyStationsResponse = await ask(path, { ...probe, radius: 20_000, limit: 50, offset }, AT_EDGES[1]);
        seen.push(...page.items.map((i) => i.id));
        offset = page.nextOffset;
      }
      expect(seen).toEqual(expected.slice(0, seen.length));
      expect(seen.length).toBe(Math.min(200, expected.length));
    }
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
