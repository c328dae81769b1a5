export interface LatLng {
  lat: number;
  lng: number;
}

/** wgs84: GPS; gcj02: WeChat, Tencent and AMap (国测局); bd09: Baidu. */
export type CoordSystem = 'wgs84' | 'gcj02' | 'bd09';

const EARTH_RADIUS_M = 6371008.8;

// Krasovsky 1940 ellipsoid, as used by the published GCJ-02 algorithm.
const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.00669342162296594323;
const BD_X_PI = (Math.PI * 3000.0) / 180.0;

const GCJ_MAX_ITERATIONS = 30;
const GCJ_TOLERANCE_DEG = 1e-10;

/** The rough box the GCJ-02 offset is applied in; outside it GCJ-02 equals WGS-84. */
export function isOutsideChina({ lat, lng }: LatLng): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function transformLng(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}

export function wgs84ToGcj02(point: LatLng): LatLng {
  if (isOutsideChina(point)) return { lat: point.lat, lng: point.lng };
  const x = point.lng - 105.0;
  const y = point.lat - 35.0;
  const radLat = (point.lat / 180.0) * Math.PI;
  const sinLat = Math.sin(radLat);
  const magic = 1 - KRASOVSKY_EE * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (transformLat(x, y) * 180.0) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (transformLng(x, y) * 180.0) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: point.lat + dLat, lng: point.lng + dLng };
}

/**
 * GCJ-02 has no closed-form inverse; the offset changes slowly, so subtracting the error of the
 * forward transform converges to well under a millimetre in a handful of steps.
 */
export function gcj02ToWgs84(point: LatLng): LatLng {
  if (isOutsideChina(point)) return { lat: point.lat, lng: point.lng };
  let wgs = { lat: point.lat, lng: point.lng };
  for (let i = 0; i < GCJ_MAX_ITERATIONS; i++) {
    const gcj = wgs84ToGcj02(wgs);
    const dLat = gcj.lat - point.lat;
    const dLng = gcj.lng - point.lng;
    if (Math.abs(dLat) < GCJ_TOLERANCE_DEG && Math.abs(dLng) < GCJ_TOLERANCE_DEG) break;
    wgs = { lat: wgs.lat - dLat, lng: wgs.lng - dLng };
  }
  return wgs;
}

export function gcj02ToBd09({ lat, lng }: LatLng): LatLng {
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * BD_X_PI);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * BD_X_PI);
  return { lat: z * Math.sin(theta) + 0.006, lng: z * Math.cos(theta) + 0.0065 };
}

export function bd09ToGcj02({ lat, lng }: LatLng): LatLng {
  const x = lng - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BD_X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BD_X_PI);
  return { lat: z * Math.sin(theta), lng: z * Math.cos(theta) };
}

/** Stations are stored in GCJ-02; imports in other systems go through here. */
export function toGcj02(point: LatLng, from: CoordSystem): LatLng {
  switch (from) {
    case 'gcj02':
      return { lat: point.lat, lng: point.lng };
    case 'wgs84':
      return wgs84ToGcj02(point);
    case 'bd09':
      return bd09ToGcj02(point);
  }
}

/** Great-circle distance on the mean-radius sphere. Good to about 0.5 % anywhere. */
export function haversineMetres(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function isValidLatLng(value: unknown): value is LatLng {
  if (typeof value !== 'object' || value === null) return false;
  const { lat, lng } = value as Record<string, unknown>;
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}
