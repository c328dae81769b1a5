import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChangeAction, type NearbyStationsResponse, StationStatus } from '@unionhub/shared';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../src/app.factory';
import { TransactionRunner } from '../src/database/transaction-runner';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { StationIndexService } from '../src/modules/stations/nearest/station-index.service';
import { stationChange } from '../src/modules/stations/station-change';
import { toStationColumns } from '../src/modules/stations/station-record';
import { Station } from '../src/modules/stations/station.entity';
import { StationsService } from '../src/modules/stations/stations.service';
import { ChangeFeedService } from '../src/modules/sync/changes/change-feed.service';
import { bearer } from './support/join-factory';
import { newStation } from './support/station-factory';
import { csvOf, HEADER } from './support/station-files';
import { stationInput } from './support/sync-factory';
import { createTestApp, type TestApp, withEnv } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const FAST = { STATION_INDEX_POLL_MS: '50', CHANGE_SEQUENCER_MS: '50' };
/** The timer would not come round during these tests: only the writer's own catch-up can make them pass. */
const SLOW = { STATION_INDEX_POLL_MS: '60000' };
/** Far from every demo station (west of Beijing's Mentougou), so only this suite's stations are near. */
const SPOT = { lat: 39.93, lng: 115.82 };
const MOVED = { lat: 39.95, lng: 115.86 };
const FRESH_MS = 1000;

const idsNear = async (http: TestAgent, at: { lat: number; lng: number }, extra: Record<string, string | number> = {}): Promise<string[]> =>
  ((await http.get('/api/stations/nearby').query({ ...at, radius: 300, limit: 50, ...extra }).expect(200)).body as NearbyStationsResponse).items.map((item) => item.id);

/** Asks until `check` holds, or fails after the deadline; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

async function secondInstance(url: string): Promise<NestFastifyApplication> {
  return withEnv({ NODE_ENV: 'test', WECHAT_MODE: 'fake', DEMO_DATA: 'false', LOG_LEVEL: 'warn', H5_DIR: '', DATABASE_URL: url, ...FAST }, async () => {
    const app = await createApp({ logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    await app.get(StationIndexService).catchUp();
    return app;
  });
}

describe(`the nearby index follows the change feed (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let officer: string;
  let unitId: string;
  let index: StationIndexService;

  beforeAll(async () => {
    t = await createTestApp(SLOW);
    index = t.app.get(StationIndexService);
    await index.catchUp();
    officer = await t.login('officer:BJ-DX-PGZ');
    unitId = (await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'BJ-DX-PGZ' })).id;
  });
  afterAll(() => t.close());

  it('is loaded after start and answers like the database', async () => {
    expect(index.ready).toBe(true);
    const demo = await t.dataSource.getRepository(Station).countBy({ isDemo: true });
    const closed = await t.dataSource.getRepository(Station).countBy({ status: StationStatus.Closed });
    expect(index.statistics().stations).toBe(demo - closed);
    const service = t.app.get(StationsService);
    const query = { lat: 39.63662, lng: 116.32618, limit: 50 };
    const at = new Date();
    expect(service.nearbyFromIndex(query, at)).toEqual(await service.nearbyFromDatabase(query, at));
  });

  it('shows an officer’s create, edit, move, close and reopen in the answer to the very next request', async () => {
    const created = (await t.http.post('/api/stations/manage').set(bearer(officer)).send(stationInput(unitId, { ...SPOT, facilities: ['water'] })).expect(201)).body as { id: string };
    expect(await idsNear(t.http, SPOT)).toEqual([created.id]);
    expect(await idsNear(t.http, SPOT, { facilities: 'aed' })).toEqual([]);
    await t.http.patch(`/api/stations/manage/${created.id}`).set(bearer(officer)).send({ facilities: ['water', 'aed'] }).expect(200);
    expect(await idsNear(t.http, SPOT, { facilities: 'aed' })).toEqual([created.id]);
    await t.http.patch(`/api/stations/manage/${created.id}`).set(bearer(officer)).send(MOVED).expect(200);
    expect(await idsNear(t.http, SPOT)).toEqual([]);
    expect(await idsNear(t.http, MOVED)).toEqual([created.id]);
    await t.http.post(`/api/stations/manage/${created.id}/close`).set(bearer(officer)).send({ reason: '场地收回' }).expect(200);
    expect(await idsNear(t.http, MOVED)).toEqual([]);
    await t.http.post(`/api/stations/manage/${created.id}/reopen`).set(bearer(officer)).expect(200);
    expect(await idsNear(t.http, MOVED)).toEqual([created.id]);
    expect(index.statistics().overlay).toBeGreaterThan(0);
  });

  it('shows imported stations as soon as the import answers', async () => {
    const rows = [
      ['IDX-1', '索引导入一号', 'BJ-DX-PGZ', '门头沟测试路1号', SPOT.lng + 0.001, SPOT.lat, '饮水', '24小时', 4, ''],
      ['IDX-2', '索引导入二号', 'BJ-DX-PGZ', '门头沟测试路2号', SPOT.lng + 0.002, SPOT.lat, '饮水', '24小时', 4, ''],
    ];
    const body = { fileName: 'stations.csv', file: csvOf([HEADER, ...rows]), coordSystem: 'gcj02', mode: 'valid-rows' };
    await t.http.post('/api/stations/import/commit').set(bearer(officer)).send(body).expect(200);
    const names = ((await t.http.get('/api/stations/nearby').query({ ...SPOT, radius: 300 }).expect(200)).body as NearbyStationsResponse).items.map((i) => i.name);
    expect(names).toEqual(['索引导入一号', '索引导入二号']);
  });

  it('folds many changes into a new tree and still answers the same', async () => {
    const before = index.statistics();
    await index.reload();
    const after = index.statistics();
    expect(after.overlay).toBe(0);
    expect(after.stations).toBe(before.stations);
    expect(await idsNear(t.http, MOVED)).toHaveLength(1);
  });

  describe('following the feed on its timer', () => {
    let f: TestApp;
    let fastUnit: string;
    let fastOfficer: string;

    beforeAll(async () => {
      f = await createTestApp(FAST);
      await f.app.get(StationIndexService).catchUp();
      fastOfficer = await f.login('officer:BJ-DX-PGZ');
      fastUnit = (await f.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'BJ-DX-PGZ' })).id;
    });
    afterAll(() => f.close());

    it('takes in, within a second, a change that only the feed tells of (as from another process)', async () => {
      const spot = { lat: SPOT.lat - 0.05, lng: SPOT.lng };
      const fields = newStation(fastUnit, spot);
      const station = { ...toStationColumns(fields), id: '6f1d3c2a-0000-4000-8000-00000000f00d', photoKeys: [], closedReason: null, isDemo: false };
      const feed = f.app.get(ChangeFeedService);
      await f.app.get(TransactionRunner).run(async (manager) => {
        await manager.getRepository(Station).insert(station);
        await feed.record(manager, stationChange(await manager.getRepository(Station).findOneByOrFail({ id: station.id }), ChangeAction.Created));
      });
      const took = await within(FRESH_MS, async () => (await idsNear(f.http, spot)).includes(station.id));
      expect(took).toBeLessThan(FRESH_MS);
    });

    const onMysql = testDatabaseKind() === 'mysql' ? it : it.skip;

    onMysql('shows an edit made through one process in the other’s nearby within a second, and a process started later catches up', async () => {
      const url = (f.dataSource.options as { url: string }).url;
      const second = await secondInstance(url);
      let third: NestFastifyApplication | null = null;
      try {
        const other = request(second.getHttpServer());
        const created = (await f.http.post('/api/stations/manage').set(bearer(fastOfficer)).send(stationInput(fastUnit, { lat: SPOT.lat + 0.05, lng: SPOT.lng })).expect(201)).body as { id: string };
        const place = { lat: SPOT.lat + 0.05, lng: SPOT.lng };
        expect(await within(FRESH_MS, async () => (await idsNear(other, place)).includes(created.id))).toBeLessThan(FRESH_MS);
        // The other way round, and a close.
        await other.post(`/api/stations/manage/${created.id}/close`).set(bearer(fastOfficer)).send({ reason: '暂停' }).expect(200);
        expect(await idsNear(other, place)).toEqual([]);
        expect(await within(FRESH_MS, async () => !(await idsNear(f.http, place)).includes(created.id))).toBeLessThan(FRESH_MS);

        third = await secondInstance(url);
        const late = request(third.getHttpServer());
        expect(third.get(StationIndexService).ready).toBe(true);
        expect(await idsNear(late, place)).toEqual([]);
        await f.http.post(`/api/stations/manage/${created.id}/reopen`).set(bearer(fastOfficer)).expect(200);
        expect(await within(FRESH_MS, async () => (await idsNear(late, place)).includes(created.id))).toBeLessThan(FRESH_MS);
        expect(await within(FRESH_MS, async () => (await idsNear(other, place)).includes(created.id))).toBeLessThan(FRESH_MS);
      } finally {
        await second.close();
        await third?.close();
      }
    });
  });
});
