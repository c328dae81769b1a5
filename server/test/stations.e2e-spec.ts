import { type NearbyStationsResponse, type StationDetail, type StationSearchResponse } from '@unionhub/shared';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { Station } from '../src/modules/stations/station.entity';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

/** 庞各庄镇暖心驿站, a demo station. */
const PGZ = { lat: 39.63662, lng: 116.32618 };

describe(`finding stations without an account (${testDatabaseKind()})`, () => {
  let t: TestApp;
  const demo = new Map<string, Station>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const station of await t.dataSource.getRepository(Station).findBy({ isDemo: true })) demo.set(station.externalId ?? '', station);
  });
  afterAll(() => t.close());

  const nearby = async (query: Record<string, string | number | boolean>) =>
    (await t.http.get('/api/stations/nearby').query(query).expect(200)).body as NearbyStationsResponse;

  it('seeds about forty demo stations around the demo towns, marked as demo data', async () => {
    expect(demo.size).toBeGreaterThanOrEqual(38);
    const units = await t.dataSource.getRepository(OrgUnit).find();
    const towns = new Set([...demo.values()].map((s) => units.find((u) => u.id === s.orgUnitId)?.code.split('-').slice(0, 3).join('-')));
    expect(towns).toEqual(new Set(['BJ-DX-PGZ', 'BJ-DX-YH', 'BJ-DX-JG', 'BJ-DX-TGY', 'BJ-FT-WZ', 'BJ-FT-LGQ', 'BJ-FT-ZGC']));
  });

  it('lists the nearest stations first with distance, open state and next change, to anyone', async () => {
    const body = await nearby({ ...PGZ, radius: 5000 });
    expect(body.items[0]).toMatchObject({ name: '庞各庄镇暖心驿站', distanceMetres: 0, openNow: true, nextChangeAt: null, facilities: expect.arrayContaining(['water', 'hot-meal']) });
    const distances = body.items.map((item) => item.distanceMetres ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((d) => d <= 5000)).toBe(true);
    expect(body).toMatchObject({ radius: 5000, nextOffset: body.items.length === 20 ? 20 : null });
    expect(body).not.toHaveProperty('total');
    for (const item of body.items) {
      expect(typeof item.openNow).toBe('boolean');
      if (item.nextChangeAt) expect(item.nextChangeAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
    }
  });

  it('leaves closed stations out and shows suspended ones as not open', async () => {
    const tgy = await nearby({ lat: 39.6687, lng: 116.3216, radius: 10_000, limit: 50 });
    expect(tgy.items.map((i) => i.name)).not.toContain('天宫院京东快递站工会驿站');
    const yh = await nearby({ lat: 39.7625, lng: 116.4553, radius: 3000, limit: 50 });
    expect(yh.items.find((i) => i.name === '瀛海镇文化中心驿站')).toMatchObject({ status: 'suspended', openNow: false, nextChangeAt: null });
  });

  it('narrows by facilities and by open now', async () => {
    const all = await nearby({ ...PGZ, radius: 50_000, limit: 50 });
    const swap = await nearby({ ...PGZ, radius: 50_000, limit: 50, facilities: 'battery-swap,charging' });
    expect(swap.items.length).toBeLessThan(all.items.length);
    expect(swap.items.length).toBeGreaterThan(0);
    for (const item of swap.items) expect(item.facilities).toEqual(expect.arrayContaining(['battery-swap', 'charging']));
    const open = await nearby({ ...PGZ, radius: 50_000, limit: 50, openNow: true });
    expect(open.items.every((i) => i.openNow)).toBe(true);
    expect(open.items.map((i) => i.id)).toEqual(all.items.filter((i) => i.openNow).map((i) => i.id));
  });

  it('answers a worker far from every station with the nearest ones at once, nearest first', async () => {
    // 15 km south-west of Pangezhuang: no station within 5 km.
    const far = { lat: 39.55, lng: 116.2 };
    const near5km = await nearby({ ...far, radius: 5000 });
    expect(near5km).toMatchObject({ items: [], nextOffset: null, radius: 5000 });
    const body = await nearby({ ...far, limit: 3 });
    expect(body.radius).toBe(50_000);
    expect(body.items).toHaveLength(3);
    expect(body.items[0].distanceMetres).toBeGreaterThan(5000);
    const distances = body.items.map((item) => item.distanceMetres ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(body.nextOffset).toBe(3);
  });

  it('works with a stale token too', async () => {
    await t.http.get('/api/stations/nearby').query(PGZ).set('authorization', 'Bearer expired.token.here').expect(200);
  });

  it.each([
    ['a latitude that is not a number', { lat: 'abc', lng: 116.3 }],
    ['a latitude past the pole', { lat: 91, lng: 116.3 }],
    ['a radius under 100 m', { ...PGZ, radius: 10 }],
    ['a radius over 50 km', { ...PGZ, radius: 60_000 }],
    ['an unknown facility', { ...PGZ, facilities: 'sauna' }],
    ['an unknown parameter', { ...PGZ, city: 'beijing' }],
    ['a page of none', { ...PGZ, limit: 0 }],
    ['open now as yes', { ...PGZ, openNow: 'yes' }],
    ['no position at all', {}],
  ])('refuses %s with 400 and a Chinese message', async (_, query) => {
    const response = await t.http.get('/api/stations/nearby').query(query).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  describe('search, for a worker who shares no location', () => {
    const search = async (query: Record<string, string>) => (await t.http.get('/api/stations/search').query(query).expect(200)).body as StationSearchResponse;

    it('finds by district name, best stars first, without distances', async () => {
      const body = await search({ q: '丰台', limit: '50' });
      expect(body.total).toBe([...demo.values()].filter((s) => s.districtCode === '110106' && s.status !== 'closed').length);
      expect(body.items.every((i) => i.distanceMetres === null)).toBe(true);
      const stars = body.items.map((i) => i.starLevel ?? 0);
      expect(stars).toEqual([...stars].sort((a, b) => b - a));
    });

    it('finds by part of a name or an address, and by district code', async () => {
      expect((await search({ q: '骑手' })).items.every((i) => i.name.includes('骑手') || i.address.includes('骑手'))).toBe(true);
      expect((await search({ q: '瓜乡路' })).items.map((i) => i.name)).toEqual(['庞各庄西瓜小镇户外劳动者服务站点']);
      const daxing = await search({ district: '110115', limit: '50' });
      expect(daxing.items.every((i) => i.districtCode.startsWith('110115'))).toBe(true);
      expect(daxing.items.map((i) => i.name)).not.toContain('天宫院京东快递站工会驿站');
    });

    it('treats % and _ as plain characters', async () => {
      expect((await search({ q: '%' })).total).toBe(0);
      expect((await search({ q: '_' })).total).toBe(0);
    });

    it('refuses a bad district code', async () => {
      const response = await t.http.get('/api/stations/search').query({ district: 'daxing' }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('detail', () => {
    it('shows the week, closures, host unit, verified date and rating', async () => {
      const station = demo.get('DEMO-JG-04') as Station;
      const body = (await t.http.get(`/api/stations/${station.id}`).query({ lat: station.lat, lng: station.lng + 0.01 }).expect(200)).body as StationDetail;
      expect(body).toMatchObject({
        name: '旧宫南小街户外劳动者服务站点',
        host: { code: 'BJ-DX-JG', name: '旧宫镇总工会' },
        hours: { mon: [{ open: '08:00', close: '20:00' }], sat: [{ open: '09:00', close: '17:00' }], sun: [] },
        closures: [{ from: '2026-12-31', to: '2027-01-01', reason: '元旦休息' }],
        verifiedOn: '2026-09-28',
        phone: '010-60001404',
        photos: [],
        rating: { average: null, count: 0 },
      });
      expect(body.distanceMetres).toBeGreaterThan(800);
      expect(body.distanceMetres).toBeLessThan(900);
    });

    it('answers an unknown or malformed id with 404 and half a position with 400', async () => {
      expect((await t.http.get('/api/stations/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('STATION_NOT_FOUND');
      await t.http.get('/api/stations/not-an-id').expect(404);
      await t.http.get(`/api/stations/${demo.get('DEMO-PGZ-01')?.id}`).query({ lat: 39.6 }).expect(400);
    });
  });
});
