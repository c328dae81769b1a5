import fc from 'fast-check';
import {
  bd09ToGcj02,
  gcj02ToBd09,
  gcj02ToWgs84,
  haversineMetres,
  isOutsideChina,
  isValidLatLng,
  type LatLng,
  toGcj02,
  wgs84ToGcj02,
} from './coords';

// googollee/eviltransform go/transform_test.go: { wgsLat, wgsLng, gcjLat, gcjLng }.
const EVILTRANSFORM_PAIRS = [
  { name: 'Shanghai', wgs: { lat: 31.1774276, lng: 121.5272106 }, gcj: { lat: 31.17530398364597, lng: 121.531541859215 } },
  { name: 'Shenzhen', wgs: { lat: 22.543847, lng: 113.912316 }, gcj: { lat: 22.540796131694766, lng: 113.9171764808363 } },
  { name: 'Beijing', wgs: { lat: 39.911954, lng: 116.377817 }, gcj: { lat: 39.91334545536069, lng: 116.38404722455657 } },
];

// wandergis/coordtransform test/app.js: every function applied to [116.404, 39.915] (Tiananmen).
const TIANANMEN = { lat: 39.915, lng: 116.404 };

const OUTSIDE_CHINA: LatLng[] = [
  { lat: 51.5007, lng: -0.1246 }, // London
  { lat: -33.8568, lng: 151.2153 }, // Sydney
  { lat: 35.6586, lng: 139.7454 }, // Tokyo, east of the box
  { lat: 0.5, lng: 110 }, // south of the box
];

const pointInMainland = fc.record({
  lat: fc.double({ min: 18, max: 53, noNaN: true }),
  lng: fc.double({ min: 74, max: 134, noNaN: true }),
});

function expectClose(actual: LatLng, expected: LatLng, digits: number): void {
  expect(actual.lat).toBeCloseTo(expected.lat, digits);
  expect(actual.lng).toBeCloseTo(expected.lng, digits);
}

describe('wgs84ToGcj02', () => {
  it.each(EVILTRANSFORM_PAIRS)('matches eviltransform for $name', ({ wgs, gcj }) => {
    expectClose(wgs84ToGcj02(wgs), gcj, 11);
  });

  it('matches coordtransform for Tiananmen', () => {
    expectClose(wgs84ToGcj02(TIANANMEN), { lat: 39.91640428150164, lng: 116.41024449916938 }, 11);
  });

  it('leaves a point outside China unchanged', () => {
    for (const point of OUTSIDE_CHINA) expect(wgs84ToGcj02(point)).toEqual(point);
  });
});

describe('gcj02ToWgs84', () => {
  it.each(EVILTRANSFORM_PAIRS)('recovers the WGS-84 point of $name to within a centimetre', ({ wgs, gcj }) => {
    expect(haversineMetres(gcj02ToWgs84(gcj), wgs)).toBeLessThan(0.01);
  });

  it('inverts wgs84ToGcj02 anywhere on the mainland to within a centimetre', () => {
    fc.assert(
      fc.property(pointInMainland, (point) => {
        expect(haversineMetres(gcj02ToWgs84(wgs84ToGcj02(point)), point)).toBeLessThan(0.01);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves a point outside China unchanged', () => {
    for (const point of OUTSIDE_CHINA) expect(gcj02ToWgs84(point)).toEqual(point);
  });
});

describe('BD-09', () => {
  it('matches coordtransform for Tiananmen both ways', () => {
    expectClose(gcj02ToBd09(TIANANMEN), { lat: 39.92133699351021, lng: 116.41036949371029 }, 11);
    expectClose(bd09ToGcj02(TIANANMEN), { lat: 39.90865673957631, lng: 116.39762729119315 }, 11);
  });

  // The published inverse is a closed-form approximation, good to a few decimetres.
  it('round-trips GCJ-02 through BD-09 to within half a metre', () => {
    fc.assert(
      fc.property(pointInMainland, (point) => {
        expect(haversineMetres(bd09ToGcj02(gcj02ToBd09(point)), point)).toBeLessThan(0.5);
      }),
      { numRuns: 1000 },
    );
  });

  it('moves a Beijing point by several hundred metres', () => {
    const distance = haversineMetres(gcj02ToBd09(TIANANMEN), TIANANMEN);
    expect(distance).toBeGreaterThan(500);
    expect(distance).toBeLessThan(1000);
  });
});

describe('toGcj02', () => {
  it('converts from each system with the matching function', () => {
    expect(toGcj02(TIANANMEN, 'gcj02')).toEqual(TIANANMEN);
    expect(toGcj02(TIANANMEN, 'wgs84')).toEqual(wgs84ToGcj02(TIANANMEN));
    expect(toGcj02(TIANANMEN, 'bd09')).toEqual(bd09ToGcj02(TIANANMEN));
  });

  it('returns a new object, never the caller’s', () => {
    expect(toGcj02(TIANANMEN, 'gcj02')).not.toBe(TIANANMEN);
  });

  it('leaves a WGS-84 point outside China unchanged', () => {
    expect(toGcj02(OUTSIDE_CHINA[0], 'wgs84')).toEqual(OUTSIDE_CHINA[0]);
  });
});

describe('isOutsideChina', () => {
  it('uses the rough box, so Beijing and Urumqi are inside and London is not', () => {
    expect(isOutsideChina({ lat: 39.9, lng: 116.4 })).toBe(false);
    expect(isOutsideChina({ lat: 43.8, lng: 87.6 })).toBe(false);
    expect(isOutsideChina({ lat: 51.5, lng: -0.12 })).toBe(true);
  });
});

describe('haversineMetres', () => {
  // Rosetta Code "Haversine formula": BNA (36.12, -86.67) to LAX (33.94, -118.40) is
  // 2887.2599506071106 km on a sphere of radius 6372.8 km; scaled here to 6371.0088 km.
  it('matches the Rosetta Code distance from Nashville to Los Angeles', () => {
    const expected = (2887.2599506071106 * 6371.0088) / 6372.8 * 1000;
    expect(haversineMetres({ lat: 36.12, lng: -86.67 }, { lat: 33.94, lng: -118.4 })).toBeCloseTo(expected, 3);
  });

  it('gives one degree of latitude as 1/360 of the mean-radius circumference', () => {
    const oneDegree = (2 * Math.PI * 6371008.8) / 360;
    expect(haversineMetres({ lat: 39, lng: 116 }, { lat: 40, lng: 116 })).toBeCloseTo(oneDegree, 6);
  });

  it('is zero for the same point and the same both ways', () => {
    expect(haversineMetres(TIANANMEN, TIANANMEN)).toBe(0);
    fc.assert(
      fc.property(pointInMainland, pointInMainland, (a, b) => {
        expect(haversineMetres(a, b)).toBeCloseTo(haversineMetres(b, a), 6);
      }),
    );
  });

  it('gives half the circumference for antipodal points', () => {
    expect(haversineMetres({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371008.8, 3);
  });
});

describe('isValidLatLng', () => {
  it('accepts finite coordinates within range, including the edges', () => {
    for (const point of [TIANANMEN, { lat: 90, lng: 180 }, { lat: -90, lng: -180 }, { lat: 0, lng: 0 }]) {
      expect(isValidLatLng(point)).toBe(true);
    }
  });

  it('refuses out-of-range, non-finite and non-numeric values', () => {
    const invalid: unknown[] = [
      { lat: 90.0001, lng: 0 },
      { lat: 0, lng: -180.0001 },
      { lat: Number.NaN, lng: 0 },
      { lat: 0, lng: Number.POSITIVE_INFINITY },
      { lat: '39.9', lng: '116.4' },
      { lat: 39.9 },
      null,
      undefined,
      [39.9, 116.4],
      '39.9,116.4',
    ];
    for (const value of invalid) expect(isValidLatLng(value)).toBe(false);
  });
});
