import { haversineMetres, StationStatus, WEEKDAYS, type WeeklyHours } from '@unionhub/shared';
import fc from 'fast-check';
import { type IndexedStation, NearestIndex, type NearestQuery } from './nearest-index';
import { openStateOf, ScheduleCache } from './schedule-cache';

const schedules = new ScheduleCache();
const daily = (open: string, close: string): string => JSON.stringify(Object.fromEntries(WEEKDAYS.map((day) => [day, [{ open, close }]])) as WeeklyHours);
const SCHEDULES = [schedules.intern(daily('00:00', '24:00'), '[]'), schedules.intern(daily('08:00', '20:00'), '[]'), schedules.intern(daily('22:00', '06:00'), '[]')];
const CENTRES = [{ lat: 39.9, lng: 116.4 }, { lat: 53.48, lng: 122.37 }, { lat: 0, lng: 179.999 }, { lat: 0, lng: -179.999 }];

const station = (id: number, lat: number, lng: number, facilities: number, status: StationStatus, schedule: number): IndexedStation => {
  const shared = SCHEDULES[schedule];
  return { id: `s${String(id).padStart(6, '0')}`, name: `驿站${id}`, address: '', districtCode: '', orgUnitId: 'u', lat, lng, facilities, starLevel: null, status, hours: shared.hours, closures: shared.closures, schedule: shared };
};

const stationArb = (id: number) =>
  fc.tuple(fc.constantFrom(...CENTRES), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.integer({ min: 0, max: 7 }), fc.constantFrom(StationStatus.Open, StationStatus.Suspended, StationStatus.Closed), fc.integer({ min: 0, max: 2 }))
    .map(([c, dLat, dLng, facilities, status, schedule]) => station(id, c.lat + dLat, ((c.lng + dLng + 540) % 360) - 180, facilities, status, schedule));

function bruteForce(stations: Map<string, IndexedStation>, query: NearestQuery) {
  return [...stations.values()]
    .filter((s) => s.status !== StationStatus.Closed && (s.facilities & query.facilityMask) === query.facilityMask)
    .filter((s) => query.openAt === null || openStateOf(s.schedule, s.status, query.openAt).openNow)
    .map((s) => ({ id: s.id, distance: haversineMetres(query.centre, s) }))
    .filter((hit) => hit.distance <= query.maxMetres)
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, query.count);
}

const queryArb = fc.record({
  centre: fc.tuple(fc.constantFrom(...CENTRES), fc.double({ min: -0.03, max: 0.03, noNaN: true })).map(([c, d]) => ({ lat: c.lat + d, lng: c.lng })),
  count: fc.integer({ min: 1, max: 30 }),
  maxMetres: fc.integer({ min: 100, max: 50_000 }),
  facilityMask: fc.integer({ min: 0, max: 3 }),
  openAt: fc.option(fc.constantFrom(new Date('2026-11-24T07:59:59+08:00'), new Date('2026-11-24T08:00:00+08:00'), new Date('2026-11-24T22:00:00+08:00')), { nil: null }),
});

describe('nearest index', () => {
  it('equals brute force, before and after changes and after folding them into a new tree', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 0, maxLength: 300 }).chain((seeds) => fc.tuple(...seeds.map((_, i) => stationArb(i)))),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 40 }).chain((changes) => fc.tuple(...changes.map(([n, gone], i) => stationArb(1000 + i).map((s) => ({ target: n, gone, s }))))),
        fc.array(queryArb, { minLength: 1, maxLength: 5 }),
        (initial, changes, queries) => {
          const live = new Map(initial.map((s) => [s.id, s]));
          const index = new NearestIndex(initial.filter((s) => s.status !== StationStatus.Closed));
          for (const { target, gone, s } of changes) {
            // Either an existing station changes (moves, closes) or a new one arrives.
            const id = initial.length > 0 && target % 2 === 0 ? initial[target % initial.length].id : s.id;
            const next = gone ? null : { ...s, id };
            if (next) live.set(id, next);
            else live.delete(id);
            index.apply(id, next);
          }
          const folded = index.rebuilt();
          expect(folded.overlaySize).toBe(0);
          expect(folded.size).toBe(index.size);
          for (const query of queries) {
            const expected = bruteForce(live, query);
            expect(index.nearest(query).map((hit) => hit.station.id)).toEqual(expected.map((hit) => hit.id));
            expect(folded.nearest(query).map((hit) => hit.station.id)).toEqual(expected.map((hit) => hit.id));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('orders stations on the very same spot by id', () => {
    const twins = [station(3, 39.9, 116.4, 0, StationStatus.Open, 0), station(1, 39.9, 116.4, 0, StationStatus.Open, 0), station(2, 39.9, 116.4, 0, StationStatus.Open, 0)];
    const index = new NearestIndex(twins);
    expect(index.nearest({ centre: { lat: 39.91, lng: 116.4 }, count: 2, maxMetres: 5000, facilityMask: 0, openAt: null }).map((hit) => hit.station.id)).toEqual(['s000001', 's000002']);
  });
});
