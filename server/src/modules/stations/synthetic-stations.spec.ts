import { haversineMetres, validateWeeklyHours } from '@unionhub/shared';
import { MAX_SYNTHETIC_STATIONS, syntheticStations } from './synthetic-stations';

describe('syntheticStations', () => {
  it('gives the same stations for the same seed and others for another', () => {
    const first = [...syntheticStations(500, 7)];
    expect([...syntheticStations(500, 7)]).toEqual(first);
    expect([...syntheticStations(500, 8)].map((s) => s.lat)).not.toEqual(first.map((s) => s.lat));
  });

  it('makes 200,000 valid stations, dense around city centres and thin outside', () => {
    const beijing = { lat: 39.9087, lng: 116.3975 };
    let count = 0;
    let invalid = 0;
    let inner = 0;
    let ring = 0;
    let mohe = 0;
    const ids = new Set<string>();
    for (const station of syntheticStations(MAX_SYNTHETIC_STATIONS, 1)) {
      count++;
      ids.add(station.externalId);
      if (!(Math.abs(station.lat) <= 90 && Math.abs(station.lng) <= 180)) invalid++;
      const distance = haversineMetres(station, beijing);
      if (distance < 10_000) inner++;
      else if (distance > 30_000 && distance < 40_000) ring++;
      if (station.lat > 52.5) mohe++;
    }
    expect({ count, ids: ids.size, invalid }).toEqual({ count: MAX_SYNTHETIC_STATIONS, ids: MAX_SYNTHETIC_STATIONS, invalid: 0 });
    // Stations per km²: the 30–40 km ring has 7× the inner disc's area.
    const innerDensity = inner / (Math.PI * 10 ** 2);
    const ringDensity = ring / (Math.PI * (40 ** 2 - 30 ** 2));
    expect(innerDensity).toBeGreaterThan(5);
    expect(ringDensity).toBeLessThan(innerDensity / 10);
    expect(mohe).toBeGreaterThan(50);
  });

  it('gives every station a valid week, facilities from the set and a star level 1 to 5 or none', () => {
    for (const station of syntheticStations(2000, 3)) {
      expect(validateWeeklyHours(station.hours).ok).toBe(true);
      expect(station.starLevel === null || (station.starLevel >= 1 && station.starLevel <= 5)).toBe(true);
      expect(station.name).toMatch(/^合成/);
    }
  });

  it('refuses more than 200,000', () => {
    expect(() => syntheticStations(MAX_SYNTHETIC_STATIONS + 1).next()).toThrow(/200000/);
  });
});
