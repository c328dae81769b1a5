import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bd09ToGcj02, haversineMetres, type ManagedStation, type ManagedStationListResponse, type NearbyStationsResponse, type StationInput } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { beijingDate } from '../src/modules/stations/opening-hours';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { Station } from '../src/modules/stations/station.entity';
import { JPEG_BASE64, jpegWithExif } from './support/images';
import { allDay } from './support/station-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

describe(`officers manage their stations (${testDatabaseKind()})`, () => {
  let t: TestApp;
  const filesDir = mkdtempSync(join(tmpdir(), 'unionhub-files-'));
  const units = new Map<string, string>();
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const stationCount = () => t.dataSource.getRepository(Station).count();
  const audits = (targetId: string) => t.dataSource.getRepository(AuditEntry).find({ where: { targetId }, order: { createdAt: 'ASC' } });

  const input = (overrides: Partial<StationInput> = {}): StationInput => ({
    name: '庞各庄镇新建驿站',
    orgUnitId: units.get('BJ-DX-PGZ') ?? '',
    address: '大兴区庞各庄镇新建路1号',
    districtCode: '110115',
    lat: 39.64,
    lng: 116.33,
    facilities: ['water', 'charging'],
    hours: allDay(),
    ...overrides,
  });
  const create = async (who: string, body: StationInput, status = 201) =>
    (await t.http.post('/api/stations/manage').set(as(who)).send(body).expect(status)).body as ManagedStation;

  beforeAll(async () => {
    t = await createTestApp({ FILES_DIR: filesDir });
    for (const unit of await t.dataSource.getRepository(OrgUnit).find()) units.set(unit.code, unit.id);
    for (const who of ['member', 'admin', 'officer:BJ-DX-PGZ', 'officer:BJ-DX-YH', 'officer:BJ-DX', 'officer:BJ-FT-WZ', 'officer:BJ-FT-LGQ']) tokens[who] = await t.login(who);
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('creates a station in the subtree, audits it, and the finder shows it', async () => {
    const station = await create('officer:BJ-DX-PGZ', input({ name: '庞各庄镇测试驿站', starLevel: 4, phone: '010-69245678' }));
    expect(station).toMatchObject({ name: '庞各庄镇测试驿站', host: { code: 'BJ-DX-PGZ' }, status: 'open', starLevel: 4, openReports: 0, flagged: false, isDemo: false });
    expect(await audits(station.id)).toMatchObject([{ action: 'station.create', actorRole: 'officer', orgUnitId: units.get('BJ-DX-PGZ') }]);
    const found = (await t.http.get('/api/stations/nearby').query({ lat: 39.64, lng: 116.33, radius: 100 }).expect(200)).body as NearbyStationsResponse;
    expect(found.items.map((i) => i.id)).toContain(station.id);
  });

  it('converts BD-09 and WGS-84 coordinates to GCJ-02 on the way in', async () => {
    const bd = { lat: 39.6421, lng: 116.3364 };
    const station = await create('officer:BJ-DX-PGZ', input({ name: '百度坐标驿站', ...bd, coordSystem: 'bd09' }));
    const expected = bd09ToGcj02(bd);
    expect(haversineMetres(station, expected)).toBeLessThan(0.01);
    expect(haversineMetres(station, bd)).toBeGreaterThan(500);
  });

  it("refuses another town's unit, members and anonymous callers, and writes nothing", async () => {
    const before = await stationCount();
    expect((await t.http.post('/api/stations/manage').set(as('officer:BJ-FT-WZ')).send(input()).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
    await t.http.post('/api/stations/manage').set(as('member')).send(input()).expect(403);
    await t.http.post('/api/stations/manage').send(input()).expect(401);
    expect(await stationCount()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['hours with 25:00', { hours: { ...allDay(), mon: [{ open: '08:00', close: '25:00' }] } }, '周一'],
    ['a week with no opening', { hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }, '至少'],
    ['an unknown facility', { facilities: ['water', 'sauna'] }, '设施'],
    ['a latitude of 100', { lat: 100 }, '纬度'],
    ['a closure ending before it starts', { closures: [{ from: '2026-12-31', to: '2026-12-01', reason: '装修' }] }, '结束日期'],
    ['a closure on 30 February', { closures: [{ from: '2027-02-30', to: '2027-03-01', reason: '装修' }] }, '日期'],
    ['closed as a status', { status: 'closed' }, '关闭'],
    ['a star level of 6', { starLevel: 6 }, '星级'],
    ['a phone made of letters', { phone: 'call me' }, '电话'],
    ['a field the server owns', { cellRow: 1 }, 'cellRow'],
  ])('refuses %s with 400 and says what to fix', async (_, change, hint) => {
    const before = await stationCount();
    const response = await t.http.post('/api/stations/manage').set(as('officer:BJ-DX-PGZ')).send({ ...input(), ...change }).expect(400);
    expect(response.body.message).toContain(hint);
    expect(await stationCount()).toBe(before);
  });

  it('edits a station, keeps what was not sent, and audits the change', async () => {
    const station = await create('officer:BJ-DX-PGZ', input({ name: '待修改驿站', facilities: ['water', 'toilet'], phone: '010-69240000' }));
    const hours = { ...allDay(), sun: [] };
    const edited = (await t.http.patch(`/api/stations/manage/${station.id}`).set(as('officer:BJ-DX-PGZ')).send({ hours, status: 'suspended' }).expect(200)).body as ManagedStation;
    expect(edited).toMatchObject({ name: '待修改驿站', facilities: ['water', 'toilet'], phone: '010-69240000', hours: { sun: [] }, status: 'suspended', openNow: false });
    expect((await audits(station.id)).map((a) => a.action)).toEqual(['station.create', 'station.update']);
    await t.http.patch(`/api/stations/manage/${station.id}`).set(as('officer:BJ-DX-PGZ')).send({ lat: 39.7 }).expect(400);
  });

  it("lets no other town's officer edit, close or move a station into his own unit", async () => {
    const station = await create('officer:BJ-DX-PGZ', input({ name: '别人动不了的驿站' }));
    await t.http.patch(`/api/stations/manage/${station.id}`).set(as('officer:BJ-FT-WZ')).send({ name: '改名' }).expect(403);
    await t.http.post(`/api/stations/manage/${station.id}/close`).set(as('officer:BJ-DX-YH')).send({ reason: '撤站了' }).expect(403);
    await t.http.patch(`/api/stations/manage/${station.id}`).set(as('officer:BJ-DX-PGZ')).send({ orgUnitId: units.get('BJ-DX-YH') }).expect(403);
    expect(await t.dataSource.getRepository(Station).findOneByOrFail({ id: station.id })).toMatchObject({ name: '别人动不了的驿站', orgUnitId: units.get('BJ-DX-PGZ'), status: 'open' });
    expect((await audits(station.id)).map((a) => a.action)).toEqual(['station.create']);
  });

  it('lets the district officer manage a town station', async () => {
    const station = await create('officer:BJ-DX', input({ name: '区里建的驿站' }));
    await t.http.patch(`/api/stations/manage/${station.id}`).set(as('officer:BJ-DX')).send({ starLevel: 5 }).expect(200);
  });

  it('closes with a reason and reopens, once each, audited; a closed station leaves the finder', async () => {
    const station = await create('officer:BJ-DX-PGZ', input({ name: '要关闭的驿站', lat: 39.6501, lng: 116.3401 }));
    const closed = (await t.http.post(`/api/stations/manage/${station.id}/close`).set(as('officer:BJ-DX-PGZ')).send({ reason: '场地到期' }).expect(200)).body as ManagedStation;
    expect(closed).toMatchObject({ status: 'closed', openNow: false });
    const found = (await t.http.get('/api/stations/nearby').query({ lat: 39.6501, lng: 116.3401, radius: 100 }).expect(200)).body as NearbyStationsResponse;
    expect(found.items.map((i) => i.id)).not.toContain(station.id);
    expect((await t.http.post(`/api/stations/manage/${station.id}/close`).set(as('officer:BJ-DX-PGZ')).send({ reason: '场地到期' }).expect(409)).body.code).toBe('STATION_ALREADY_CLOSED');
    await t.http.post(`/api/stations/manage/${station.id}/close`).set(as('officer:BJ-DX-PGZ')).send({}).expect(400);
    expect((await t.http.post(`/api/stations/manage/${station.id}/reopen`).set(as('officer:BJ-DX-PGZ')).expect(200)).body.status).toBe('open');
    expect((await t.http.post(`/api/stations/manage/${station.id}/reopen`).set(as('officer:BJ-DX-PGZ')).expect(409)).body.code).toBe('STATION_NOT_CLOSED');
    expect((await audits(station.id)).map((a) => a.action)).toEqual(['station.create', 'station.close', 'station.reopen']);
  });

  it('records an on-site check as today in Beijing', async () => {
    const station = await create('officer:BJ-DX-PGZ', input({ name: '核验驿站' }));
    const verified = (await t.http.post(`/api/stations/manage/${station.id}/verify`).set(as('officer:BJ-DX-PGZ')).expect(200)).body as ManagedStation;
    expect(verified.verifiedOn).toBe(beijingDate(new Date()));
  });

  it('creates one station when the same external id is sent many times at once', async () => {
    const body = input({ name: '并发驿站', externalId: 'PGZ-RACE-1' });
    const responses = await Promise.all(Array.from({ length: 8 }, () => t.http.post('/api/stations/manage').set(as('officer:BJ-DX-PGZ')).send(body)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(responses.find((r) => r.status === 409)?.body.code).toBe('STATION_EXTERNAL_ID_TAKEN');
    expect(await t.dataSource.getRepository(Station).countBy({ externalId: 'PGZ-RACE-1' })).toBe(1);
  });

  it('lists the subtree with flagged stations first, and nothing from other towns', async () => {
    const lgq = (await t.http.get('/api/stations/manage').set(as('officer:BJ-FT-LGQ')).expect(200)).body as ManagedStationListResponse;
    expect(lgq.items[0]).toMatchObject({ name: '六里桥饿了么骑手之家', flagged: true, openReports: 3 });
    expect(lgq.items.slice(1).every((i) => !i.flagged)).toBe(true);
    expect(lgq.items.map((i) => i.host.code)).toEqual(expect.arrayContaining(['BJ-FT-LGQ', 'BJ-FT-LGQ-GZZ']));
    expect(lgq.items.every((i) => i.host.code.startsWith('BJ-FT-LGQ'))).toBe(true);
    const district = (await t.http.get('/api/stations/manage').query({ limit: 100 }).set(as('officer:BJ-DX')).expect(200)).body as ManagedStationListResponse;
    expect(district.items.every((i) => i.host.code.startsWith('BJ-DX'))).toBe(true);
    expect(district.total).toBeGreaterThan(lgq.total);
    await t.http.get('/api/stations/manage').query({ unitId: units.get('BJ-FT-LGQ') }).set(as('officer:BJ-DX')).expect(403);
    const closed = (await t.http.get('/api/stations/manage').query({ status: 'closed', unitId: units.get('BJ-DX-TGY') }).set(as('officer:BJ-DX')).expect(200)).body as ManagedStationListResponse;
    expect(closed.items.map((i) => i.name)).toEqual(['天宫院京东快递站工会驿站']);
  });

  describe('photos', () => {
    it('stores a photo without its GPS position and serves it only by a signed link', async () => {
      const station = await create('officer:BJ-DX-PGZ', input({ name: '有照片的驿站' }));
      const withPhoto = (await t.http.post(`/api/stations/manage/${station.id}/photos`).set(as('officer:BJ-DX-PGZ')).send({ image: jpegWithExif().toString('base64') }).expect(201)).body as ManagedStation;
      expect(withPhoto.photos).toHaveLength(1);
      const link = withPhoto.photos[0];
      expect(link).toMatch(/^\/api\/files\/[a-f0-9]{32}\.jpg\?exp=\d+&sig=[\w-]{43}$/);
      const image = await t.http.get(link).buffer(true).expect(200);
      expect(image.headers['content-type']).toBe('image/jpeg');
      expect(image.headers['x-content-type-options']).toBe('nosniff');
      expect((image.body as Buffer).includes('GPS-SECRET')).toBe(false);
      await t.http.get(link.replace(/sig=[\w-]{5}/, 'sig=AAAAA')).expect(403);
      await t.http.get(link.replace(/exp=\d+/, 'exp=1')).expect(403);
      await t.http.get(link.split('?')[0]).expect(400);
      const publicView = (await t.http.get(`/api/stations/${station.id}`).expect(200)).body;
      expect(publicView.photos).toHaveLength(1);
    });

    it('refuses a seventh photo, a PDF, and a photo for another town', async () => {
      const station = await create('officer:BJ-DX-PGZ', input({ name: '照片满了的驿站' }));
      const upload = (who: string, image: string) => t.http.post(`/api/stations/manage/${station.id}/photos`).set(as(who)).send({ image });
      for (let i = 0; i < 6; i++) await upload('officer:BJ-DX-PGZ', JPEG_BASE64).expect(201);
      expect((await upload('officer:BJ-DX-PGZ', JPEG_BASE64).expect(400)).body.code).toBe('STATION_TOO_MANY_PHOTOS');
      const other = await create('officer:BJ-DX-PGZ', input({ name: '另一个驿站' }));
      const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n').toString('base64');
      expect((await t.http.post(`/api/stations/manage/${other.id}/photos`).set(as('officer:BJ-DX-PGZ')).send({ image: pdf }).expect(400)).body.code).toBe('FILE_TYPE_NOT_ALLOWED');
      await t.http.post(`/api/stations/manage/${other.id}/photos`).set(as('officer:BJ-FT-WZ')).send({ image: JPEG_BASE64 }).expect(403);
      const removed = (await t.http.delete(`/api/stations/manage/${station.id}/photos/0`).set(as('officer:BJ-DX-PGZ')).expect(200)).body as ManagedStation;
      expect(removed.photos).toHaveLength(5);
    });
  });
});
