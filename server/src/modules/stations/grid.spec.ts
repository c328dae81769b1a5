import { FACILITIES, Facility, haversineMetres } from '@unionhub/shared';
import fc from 'fast-check';
import { destination } from '../../../test/support/geo';
import { toFacilityMask, fromFacilityMask } from './facility-mask';
import { CELL_DEGREES, cellOf, cellRangesAround, COL_COUNT, containsCell, ROW_COUNT, rowsOf } from './grid';

const RAD = Math.PI / 180;

/** Latitudes and longitudes on cell edges, where rounding would bite first. */
const onEdge = (min: number, max: number) => fc.integer({ min: Math.ceil(min / CELL_DEGREES), max: Math.floor(max / CELL_DEGREES) }).map((k) => k * CELL_DEGREES);
const latitude = fc.oneof(fc.double({ min: -89.999, max: 89.999, noNaN: true }), onEdge(-89.99, 89.99), fc.constantFrom(53.48, 70, 85, 89.5, 89.99, -89.99));
const longitude = fc.oneof(fc.double({ min: -180, max: 179.999, noNaN: true }), onEdge(-180, 179.99), fc.constantFrom(-180, 179.995, 122.37));

describe('cellRangesAround', () => {
  it('holds the cell of every point within the radius, anywhere on Earth', () => {
    fc.assert(
      fc.property(latitude, longitude, fc.integer({ min: 100, max: 50_000 }), fc.double({ min: 0, max: 360, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (lat, lng, radius, bearing, share) => {
        const centre = { lat, lng };
        const point = destination(centre, bearing, radius * share);
        fc.pre(haversineMetres(centre, point) <= radius);
        expect(containsCell(cellRangesAround(centre, radius), cellOf(point))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('holds points exactly on the radius', () => {
    fc.assert(
      fc.property(latitude, longitude, fc.integer({ min: 100, max: 50_000 }), fc.double({ min: 0, max: 360, noNaN: true }), (lat, lng, radius, bearing) => {
        const centre = { lat, lng };
        const point = destination(centre, bearing, radius);
        fc.pre(haversineMetres(centre, point) <= radius);
        expect(containsCell(cellRangesAround(centre, radius), cellOf(point))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('widens the columns towards the poles and keeps the rows', () => {
    const beijing = cellRangesAround({ lat: 39.9, lng: 116.4 }, 5000);
    const mohe = cellRangesAround({ lat: 53.48, lng: 122.37 }, 5000);
    const width = (r: ReturnType<typeof cellRangesAround>) => r.cols[0][1] - r.cols[0][0];
    expect(rowsOf(mohe).length).toBe(rowsOf(beijing).length);
    expect(width(mohe) / width(beijing)).toBeCloseTo(Math.cos(39.9 * RAD) / Math.cos(53.48 * RAD), 0);
    expect(cellRangesAround({ lat: 89.99, lng: 0 }, 5000).cols).toEqual([[0, COL_COUNT - 1]]);
    expect(cellRangesAround({ lat: 89.99, lng: 0 }, 5000).rowMax).toBe(ROW_COUNT - 1);
  });

  it('splits the columns across the antimeridian', () => {
    expect(cellRangesAround({ lat: 0, lng: 179.999 }, 5000).cols).toEqual([[0, expect.any(Number)], [expect.any(Number), COL_COUNT - 1]]);
    expect(cellRangesAround({ lat: 0, lng: -180 }, 5000).cols).toHaveLength(2);
  });

  it('takes a handful of rows for a usual search', () => {
    expect(rowsOf(cellRangesAround({ lat: 39.9, lng: 116.4 }, 5000))).toHaveLength(10);
    expect(rowsOf(cellRangesAround({ lat: 39.9, lng: 116.4 }, 50_000)).length).toBeLessThanOrEqual(92);
  });
});

describe('facility masks', () => {
  it('round-trip any set of facilities in the shared order', () => {
    fc.assert(
      fc.property(fc.subarray([...FACILITIES]), (facilities) => {
        expect(fromFacilityMask(toFacilityMask(facilities))).toEqual(facilities);
      }),
    );
    expect(toFacilityMask([Facility.Water])).toBe(1);
    expect(toFacilityMask([Facility.Tools])).toBe(1 << 13);
  });
});
