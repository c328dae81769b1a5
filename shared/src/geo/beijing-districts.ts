import type { LatLng } from './coords';

export interface District {
  /** GB/T 2260 code of the district (区). */
  code: string;
  name: string;
  /** The district government's seat in GCJ-02: where a map of the district centres. */
  centre: LatLng;
}

/** Beijing's sixteen districts, for choosing an area when a worker does not share a location. */
export const BEIJING_DISTRICTS: readonly District[] = [
  { code: '110101', name: '东城区', centre: { lat: 39.9288, lng: 116.416 } },
  { code: '110102', name: '西城区', centre: { lat: 39.9123, lng: 116.366 } },
  { code: '110105', name: '朝阳区', centre: { lat: 39.9215, lng: 116.4435 } },
  { code: '110106', name: '丰台区', centre: { lat: 39.8585, lng: 116.287 } },
  { code: '110107', name: '石景山区', centre: { lat: 39.9056, lng: 116.2229 } },
  { code: '110108', name: '海淀区', centre: { lat: 39.9599, lng: 116.2982 } },
  { code: '110109', name: '门头沟区', centre: { lat: 39.9405, lng: 116.102 } },
  { code: '110111', name: '房山区', centre: { lat: 39.7355, lng: 116.1393 } },
  { code: '110112', name: '通州区', centre: { lat: 39.9097, lng: 116.6566 } },
  { code: '110113', name: '顺义区', centre: { lat: 40.1288, lng: 116.6535 } },
  { code: '110114', name: '昌平区', centre: { lat: 40.2207, lng: 116.2312 } },
  { code: '110115', name: '大兴区', centre: { lat: 39.7267, lng: 116.3414 } },
  { code: '110116', name: '怀柔区', centre: { lat: 40.316, lng: 116.6313 } },
  { code: '110117', name: '平谷区', centre: { lat: 40.144, lng: 117.1124 } },
  { code: '110118', name: '密云区', centre: { lat: 40.3766, lng: 116.8431 } },
  { code: '110119', name: '延庆区', centre: { lat: 40.4568, lng: 115.975 } },
];

/** The district an administrative code (district, street or village) lies in, if in Beijing. */
export function beijingDistrictOf(code: string | null | undefined): District | null {
  if (!code) return null;
  return BEIJING_DISTRICTS.find((district) => code.startsWith(district.code)) ?? null;
}

/** Districts whose name contains the text, with or without 区: `大兴`, `大兴区`. */
export function beijingDistrictsNamed(text: string): District[] {
  const name = text.trim().replace(/区$/, '');
  if (name.length < 2) return [];
  return BEIJING_DISTRICTS.filter((district) => district.name.includes(name));
}
