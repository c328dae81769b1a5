import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChangeAction, type ChangeEventView, type ChangesPage, ChangeType, SyncPermission } from '@unionhub/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { TransactionRunner } from '../src/database/transaction-runner';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { ChangeEvent } from '../src/modules/sync/changes/change-event.entity';
import { ChangeFeedService } from '../src/modules/sync/changes/change-feed.service';
import { bearer, unitIds } from './support/join-factory';
import { newClient, stationInput } from './support/sync-factory';
import { createTestApp, type TestApp, withEnv } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const FAST_TIMER = { CHANGE_SEQUENCER_MS: '20' };

/** Every event in the database, numbered ones in number order; the numbers must run 1, 2, 3 … */
async function allEvents(dataSource: DataSource): Promise<ChangeEvent[]> {
  return dataSource.getRepository(ChangeEvent).createQueryBuilder('e').orderBy('e.seq', 'ASC').getMany();
}

function expectConsecutive(events: ChangeEvent[]): void {
  expect(events.filter((e) => e.seq === null)).toEqual([]);
  expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
}

async function readAll(http: TestApp['http'], token: string, after: string | undefined, limit: number): Promise<{ changes: ChangeEventView[]; cursor: string | undefined }> {
  const seen: ChangeEventView[] = [];
  let cursor = after;
  for (;;) {
    const body = (await http.get('/api/sync/changes').set(bearer(token)).query({ limit, ...(cursor ? { after: cursor } : {}) }).expect(200)).body as ChangesPage;
    seen.push(...body.changes);
    cursor = body.cursor;
    if (!body.hasMore) return { changes: seen, cursor };
  }
}

describe('change feed sequencer', () => {
  let t: TestApp;
  let admin: string;
  let units: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp(FAST_TIMER);
    admin = await t.login('admin');
    units = await unitIds(t);
  });
  afterAll(() => t.close());

  it('numbers an event whose writer committed but never numbered it, on the timer', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '', [SyncPermission.ReadStations]);
    const { cursor } = await readAll(t.http, client.token, undefined, 100);
    const unit = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'BJ-DX' });
    // Written straight to the table: as if the process died between commit and numbering.
    await t.dataSource.getRepository(ChangeEvent).insert({ seq: null, type: ChangeType.Station, action: ChangeAction.Updated, subjectId: 'orphan-station', unitId: unit.id, unitPath: unit.path, otherUnitPath: null, data: '{}' });
    const deadline = Date.now() + 5000;
    let changes: ChangeEventView[] = [];
    while (changes.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      ({ changes } = await readAll(t.http, client.token, cursor, 100));
    }
    expect(changes.map((c) => c.subjectId)).toEqual(['orphan-station']);
    expectConsecutive(await allEvents(t.dataSource));
  });

  it('leaves neither an event nor a gap in the numbers when the writer rolls back', async () => {
    const feed = t.app.get(ChangeFeedService);
    const before = await allEvents(t.dataSource);
    await expect(
      t.app.get(TransactionRunner).run(async (manager) => {
        await feed.record(manager, { type: ChangeType.Station, action: ChangeAction.Created, subjectId: 'rolled-back', unitId: units.get('BJ-DX') ?? '', data: {} });
        throw new Error('writer failed');
      }),
    ).rejects.toThrow('writer failed');
    const officer = await t.login('officer:BJ-DX');
    await t.http.post('/api/stations/manage').set(bearer(officer)).send(stationInput(units.get('BJ-DX') ?? '')).expect(201);
    const after = await allEvents(t.dataSource);
    expect(after).toHaveLength(before.length + 1);
    expect(after.map((e) => e.subjectId)).not.toContain('rolled-back');
    expectConsecutive(after);
  });

  const onMysql = testDatabaseKind() === 'mysql' ? it : it.skip;

  onMysql('hands out every number once, in order and without gaps, with two server processes writing, numbering and reading', async () => {
    const url = (t.dataSource.options as { url: string }).url;
    const second: NestFastifyApplication = await withEnv({ NODE_ENV: 'test', WECHAT_MODE: 'fake', DEMO_DATA: 'false', LOG_LEVEL: 'warn', H5_DIR: '', DATABASE_URL: url, ...FAST_TIMER }, async () => {
      const app = await createApp({ logger: false });
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      return app;
    });
    try {
      const apps = [t.http, request(second.getHttpServer())];
      const client = await newClient(t, admin, units.get('BJ-DX') ?? '', [SyncPermission.ReadStations]);
      const start = (await readAll(apps[1], client.token, undefined, 100)).cursor;
      const hosts = ['BJ-DX-PGZ', 'BJ-DX-YH', 'BJ-DX-JG', 'BJ-DX-TGY', 'BJ-DX', 'BJ-DX-PGZ', 'BJ-DX-YH', 'BJ-DX-JG'];
      const officers = await Promise.all(hosts.map((h) => t.login(`officer:${h}`)));
      let writing = true;
      // Writer w sends every request to process w % 2, so both processes commit and number at once.
      const written = Promise.all(
        hosts.map(async (host, w) => {
          const http = apps[w % 2];
          for (let i = 0; i < 6; i += 1) {
            const created = (await http.post('/api/stations/manage').set(bearer(officers[w])).send(stationInput(units.get(host) ?? '')).expect(201)).body as { id: string };
            await apps[(w + 1) % 2].patch(`/api/stations/manage/${created.id}`).set(bearer(officers[w])).send({ starLevel: 3 }).expect(200);
          }
        }),
      ).finally(() => {
        writing = false;
      });
      const seen: ChangeEventView[] = [];
      let cursor = start;
      for (let turn = 0; writing; turn += 1) {
        const page = await readAll(apps[turn % 2], client.token, cursor, 4);
        seen.push(...page.changes);
        cursor = page.cursor;
      }
      await written;
      seen.push(...(await readAll(apps[0], client.token, cursor, 4)).changes);

      const events = await allEvents(t.dataSource);
      expectConsecutive(events);
      const startSeq = BigInt(Buffer.from(start ?? '', 'base64url').toString().slice(3));
      const expected = events.filter((e) => e.type === ChangeType.Station && BigInt(e.seq ?? 0) > startSeq);
      expect(expected).toHaveLength(hosts.length * 6 * 2);
      expect(seen.map((c) => c.subjectId + c.action)).toEqual(expected.map((e) => e.subjectId + e.action));
      for (const change of seen.filter((c) => c.action === 'updated')) {
        expect(seen.findIndex((c) => c.subjectId === change.subjectId && c.action === 'created')).toBeLessThan(seen.indexOf(change));
      }
    } finally {
      await second.close();
    }
  });
});
