import { BEIJING_DISTRICTS, beijingDistrictOf, beijingDistrictsNamed } from './beijing-districts';
import { haversineMetres } from './coords';

describe('Beijing districts', () => {
  it('are sixteen with unique Beijing codes and names', () => {
    expect(BEIJING_DISTRICTS).toHaveLength(16);
    expect(new Set(BEIJING_DISTRICTS.map((d) => d.code)).size).toBe(16);
    expect(new Set(BEIJING_DISTRICTS.map((d) => d.name)).size).toBe(16);
    for (const district of BEIJING_DISTRICTS) {
      expect(district.code).toMatch(/^1101\d{2}$/);
      expect(district.name).toMatch(/区$/);
    }
  });

  it('centre within 90 km of Tiananmen, inside the city', () => {
    const tiananmen = { lat: 39.9087, lng: 116.3975 };
    for (const district of BEIJING_DISTRICTS) expect(haversineMetres(district.centre, tiananmen)).toBeLessThan(90_000);
  });

  it('find the district of a street or village code', () => {
    expect(beijingDistrictOf('110115')?.name).toBe('大兴区');
    expect(beijingDistrictOf('110115103')?.name).toBe('大兴区');
    expect(beijingDistrictOf('110106001000')?.name).toBe('丰台区');
    expect(beijingDistrictOf('310101')).toBeNull();
    expect(beijingDistrictOf(null)).toBeNull();
  });

  it('find districts by name with or without 区, but not by one character', () => {
    expect(beijingDistrictsNamed('大兴').map((d) => d.code)).toEqual(['110115']);
    expect(beijingDistrictsNamed(' 丰台区 ').map((d) => d.code)).toEqual(['110106']);
    expect(beijingDistrictsNamed('区')).toEqual([]);
    expect(beijingDistrictsNamed('浦东')).toEqual([]);
  });
});
