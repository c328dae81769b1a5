import { type DatedClosure, FACILITIES, type Facility, type LatLng, type OpeningSpan, StationStatus, WEEKDAYS, type WeeklyHours } from '@unionhub/shared';

/**
 * Synthetic stations across China for tests and benchmarks, deterministic by seed: clustered
 * around real city centres (dense in the middle, thinning out), plus a sparse scatter over the
 * country, Mohe at 53°N included. Not real places: every name starts with 合成.
 */
export const MAX_SYNTHETIC_STATIONS = 200_000;

export interface SyntheticStation {
  externalId: string;
  name: string;
  address: string;
  districtCode: string;
  lat: number;
  lng: number;
  facilities: Facility[];
  hours: WeeklyHours;
  closures: DatedClosure[];
  starLevel: number | null;
  status: StationStatus;
}

interface City {
  name: string;
  code: string;
  centre: LatLng;
  /** Relative share of the stations. */
  weight: number;
  /** Spread of the cluster in metres (Rayleigh σ). */
  spread: number;
}

const CITIES: City[] = [
  { name: '北京', code: '110000', centre: { lat: 39.9087, lng: 116.3975 }, weight: 22, spread: 12_000 },
  { name: '上海', code: '310000', centre: { lat: 31.2304, lng: 121.4737 }, weight: 25, spread: 12_000 },
  { name: '广州', code: '440100', centre: { lat: 23.1291, lng: 113.2644 }, weight: 19, spread: 10_000 },
  { name: '深圳', code: '440300', centre: { lat: 22.5431, lng: 114.0579 }, weight: 18, spread: 10_000 },
  { name: '成都', code: '510100', centre: { lat: 30.5728, lng: 104.0668 }, weight: 21, spread: 10_000 },
  { name: '重庆', code: '500000', centre: { lat: 29.563, lng: 106.5516 }, weight: 17, spread: 12_000 },
  { name: '天津', code: '120000', centre: { lat: 39.1256, lng: 117.1901 }, weight: 14, spread: 9_000 },
  { name: '武汉', code: '420100', centre: { lat: 30.5928, lng: 114.3055 }, weight: 13, spread: 9_000 },
  { name: '杭州', code: '330100', centre: { lat: 30.2741, lng: 120.1551 }, weight: 12, spread: 8_000 },
  { name: '西安', code: '610100', centre: { lat: 34.3416, lng: 108.9398 }, weight: 13, spread: 8_000 },
  { name: '南京', code: '320100', centre: { lat: 32.0603, lng: 118.7969 }, weight: 9, spread: 7_000 },
  { name: '郑州', code: '410100', centre: { lat: 34.7466, lng: 113.6254 }, weight: 12, spread: 8_000 },
  { name: '长沙', code: '430100', centre: { lat: 28.2282, lng: 112.9388 }, weight: 10, spread: 7_000 },
  { name: '沈阳', code: '210100', centre: { lat: 41.8057, lng: 123.4315 }, weight: 9, spread: 7_000 },
  { name: '哈尔滨', code: '230100', centre: { lat: 45.8038, lng: 126.535 }, weight: 10, spread: 7_000 },
  { name: '青岛', code: '370200', centre: { lat: 36.0671, lng: 120.3826 }, weight: 10, spread: 7_000 },
  { name: '昆明', code: '530100', centre: { lat: 25.0389, lng: 102.7183 }, weight: 8, spread: 6_000 },
  { name: '厦门', code: '350200', centre: { lat: 24.4798, lng: 118.0894 }, weight: 5, spread: 5_000 },
  { name: '兰州', code: '620100', centre: { lat: 36.0611, lng: 103.8343 }, weight: 4, spread: 5_000 },
  { name: '呼和浩特', code: '150100', centre: { lat: 40.8414, lng: 111.7519 }, weight: 3, spread: 5_000 },
  { name: '乌鲁木齐', code: '650100', centre: { lat: 43.8256, lng: 87.6168 }, weight: 4, spread: 6_000 },
  { name: '拉萨', code: '540100', centre: { lat: 29.652, lng: 91.1721 }, weight: 1, spread: 3_000 },
  { name: '三亚', code: '460200', centre: { lat: 18.2528, lng: 109.512 }, weight: 1, spread: 4_000 },
  { name: '漠河', code: '232701', centre: { lat: 52.9726, lng: 122.5387 }, weight: 0.3, spread: 3_000 },
];

/** Share of stations scattered over the country outside any city cluster. */
const SCATTER_SHARE = 0.08;
const COUNTRY = { latMin: 21, latMax: 50, lngMin: 80, lngMax: 130 };

/** How likely a station has each facility, in the shared order. */
const FACILITY_ODDS: Record<Facility, number> = {
  water: 0.95, 'hot-meal': 0.7, charging: 0.85, seating: 0.9, toilet: 0.6, climate: 0.7, medkit: 0.6,
  'rain-gear': 0.4, books: 0.3, 'nursing-room': 0.1, 'battery-swap': 0.15, aed: 0.08, wifi: 0.5, tools: 0.3,
};

const span = (open: string, close: string): OpeningSpan => ({ open, close });
const daily = (...spans: OpeningSpan[]): WeeklyHours => Object.fromEntries(WEEKDAYS.map((day) => [day, spans])) as WeeklyHours;
const HOURS: [number, WeeklyHours][] = [
  [0.2, daily(span('00:00', '24:00'))],
  [0.3, daily(span('08:00', '20:00'))],
  [0.25, { ...daily(span('08:00', '18:00')), sat: [span('09:00', '17:00')], sun: [] }],
  [0.15, daily(span('08:00', '12:00'), span('14:00', '20:00'))],
  [0.1, daily(span('06:00', '09:00'), span('22:00', '02:00'))],
];

/** mulberry32: small, fast and good enough to spread test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, weighted: [number, T][]): T {
  const total = weighted.reduce((sum, [w]) => sum + w, 0);
  let roll = next() * total;
  for (const [weight, value] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1][1];
}

const EARTH_RADIUS_M = 6371008.8;

/** A point at a Rayleigh-distributed distance from the centre: dense in the middle, thinning out. */
function around(next: () => number, city: City): LatLng {
  const distance = city.spread * Math.sqrt(-2 * Math.log(1 - next()));
  const bearing = next() * 2 * Math.PI;
  const dLat = (distance * Math.cos(bearing)) / EARTH_RADIUS_M;
  const dLng = (distance * Math.sin(bearing)) / (EARTH_RADIUS_M * Math.cos((city.centre.lat * Math.PI) / 180));
  return { lat: city.centre.lat + (dLat * 180) / Math.PI, lng: city.centre.lng + (dLng * 180) / Math.PI };
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

export function* syntheticStations(count: number, seed = 1): Generator<SyntheticStation> {
  if (count > MAX_SYNTHETIC_STATIONS) throw new Error(`at most ${MAX_SYNTHETIC_STATIONS} synthetic stations`);
  const next = random(seed);
  const cities = CITIES.map((city) => [city.weight, city] as [number, City]);
  for (let i = 0; i < count; i++) {
    const scattered = next() < SCATTER_SHARE;
    const city = scattered ? null : pick(next, cities);
    const position = city
      ? around(next, city)
      : { lat: COUNTRY.latMin + next() * (COUNTRY.latMax - COUNTRY.latMin), lng: COUNTRY.lngMin + next() * (COUNTRY.lngMax - COUNTRY.lngMin) };
    const number = String(i + 1).padStart(6, '0');
    const roll = next();
    yield {
      externalId: `SYN-${seed}-${number}`,
      name: `合成${city?.name ?? '郊野'}驿站${number}`,
      address: `${city?.name ?? '乡间'}合成路${(i % 999) + 1}号`,
      districtCode: city?.code ?? '100000',
      lat: round6(position.lat),
      lng: round6(position.lng),
      facilities: FACILITIES.filter((facility) => next() < FACILITY_ODDS[facility]),
      hours: pick(next, HOURS),
      closures: [],
      starLevel: roll < 0.2 ? null : 1 + Math.floor(next() * 5),
      status: roll > 0.99 ? StationStatus.Closed : roll > 0.95 ? StationStatus.Suspended : StationStatus.Open,
    };
  }
}
