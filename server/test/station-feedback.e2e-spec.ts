import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoginResponse, ReportQueueResponse, StationRatingResult, StationReportView } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { StationRating } from '../src/modules/stations/station-rating.entity';
import { StationReport } from '../src/modules/stations/station-report.entity';
import { Station } from '../src/modules/stations/station.entity';
import { jpegWithExif } from './support/images';
import { insertStations, newStation } from './support/station-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

describe(`members rate and report stations; officers resolve (${testDatabaseKind()})`, () => {
  let t: TestApp;
  const filesDir = mkdtempSync(join(tmpdir(), 'unionhub-files-'));
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  let pgzStation: string;
  let closedStation: string;
  let units: Map<string, string>;
  const reportCount = () => t.dataSource.getRepository(StationReport).count();

  /** A new member, signed in through the fake WeChat login. */
  async function newMember(name: string): Promise<string> {
    const response = await t.http.post('/api/auth/wechat').send({ code: `code-${name}` }).expect(200);
    tokens[name] = (response.body as LoginResponse).token;
    return name;
  }

  beforeAll(async () => {
    t = await createTestApp({ FILES_DIR: filesDir });
    units = new Map((await t.dataSource.getRepository(OrgUnit).find()).map((u) => [u.code, u.id]));
    for (const who of ['member', 'member-b', 'officer:BJ-DX-PGZ', 'officer:BJ-DX', 'officer:BJ-FT-WZ', 'officer:BJ-DX-YH']) tokens[who] = await t.login(who);
    [pgzStation, closedStation] = await insertStations(t.dataSource, [
      newStation(units.get('BJ-DX-PGZ') ?? '', { name: '反馈测试驿站' }),
      newStation(units.get('BJ-DX-PGZ') ?? '', { name: '已关闭的驿站', status: 'closed' }),
    ]);
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  describe('ratings', () => {
    const rate = (who: string, score: number, key?: string) => {
      const call = t.http.post(`/api/stations/${pgzStation}/ratings`).set(as(who)).send({ score });
      return key ? call.set('Idempotency-Key', key) : call;
    };

    it('takes one rating a day and updates the average', async () => {
      const first = (await rate('member', 5).expect(201)).body as StationRatingResult;
      expect(first).toMatchObject({ score: 5, day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), rating: { average: 5, count: 1 } });
      expect((await rate('member', 3).expect(409)).body.code).toBe('STATION_ALREADY_RATED_TODAY');
      const detail = (await t.http.get(`/api/stations/${pgzStation}`).expect(200)).body;
      expect(detail.rating).toEqual({ average: 5, count: 1 });
    });

    it('answers a retry with the same key with the first result', async () => {
      const key = 'rate-retry-key-000001';
      await rate('member-b', 4, key).expect(201);
      expect(((await rate('member-b', 4, key).expect(201)).body as StationRatingResult).rating.count).toBe(2);
      await rate('member-b', 2, key).expect(409);
    });

    it('keeps one rating when many arrive at once', async () => {
      const who = await newMember('racer');
      const responses = await Promise.all(Array.from({ length: 8 }, () => rate(who, 4)));
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      expect(await t.dataSource.getRepository(StationRating).countBy({ stationId: pgzStation })).toBe(3);
    });

    it('needs a signed-in member, a score of 1 to 5 and a station that is not closed', async () => {
      await t.http.post(`/api/stations/${pgzStation}/ratings`).send({ score: 5 }).expect(401);
      await rate('officer:BJ-DX-PGZ', 5).expect(403);
      expect((await rate('member', 6).expect(400)).body.code).toBe('VALIDATION_FAILED');
      await t.http.post(`/api/stations/${closedStation}/ratings`).set(as('member')).send({ score: 5 }).expect(409);
      await t.http.post('/api/stations/00000000-0000-4000-8000-000000000000/ratings').set(as('member')).send({ score: 5 }).expect(404);
      await rate('member', 4, 'short').expect(400);
    });
  });

  describe('reports', () => {
    const report = (who: string, body: Record<string, unknown>, key?: string, station = pgzStation) => {
      const call = t.http.post(`/api/stations/${station}/reports`).set(as(who)).send(body);
      return key ? call.set('Idempotency-Key', key) : call;
    };

    it('files a report with a photo stripped of its GPS position', async () => {
      const filed = (await report('member', { kind: 'closed', note: '晚上八点门锁着', photo: jpegWithExif().toString('base64') }).expect(201)).body as StationReportView;
      expect(filed).toMatchObject({ stationId: pgzStation, kind: 'closed', note: '晚上八点门锁着', status: 'open', resolvedAt: null });
      const photo = await t.http.get(filed.photoUrl ?? '').buffer(true).expect(200);
      expect((photo.body as Buffer).includes('GPS-SECRET')).toBe(false);
      expect((photo.body as Buffer).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    });

    it.each<[string, Record<string, unknown>, number, string]>([
      ['an unknown kind', { kind: 'ghosts' }, 400, 'VALIDATION_FAILED'],
      ['a note of 201 characters', { kind: 'other', note: '字'.repeat(201) }, 400, 'VALIDATION_FAILED'],
      ['a PDF as the photo', { kind: 'other', photo: Buffer.from('%PDF-1.7 fake').toString('base64') }, 400, 'FILE_TYPE_NOT_ALLOWED'],
      ['a photo that is not base64', { kind: 'other', photo: '@@@@' }, 400, 'FILE_NOT_BASE64'],
      ['a photo over 5 MB', { kind: 'other', photo: Buffer.alloc(5 * 1024 * 1024 + 10, 0xff).toString('base64') }, 400, 'FILE_TOO_LARGE'],
      ['a photo far over 5 MB', { kind: 'other', photo: 'A'.repeat(7 * 1024 * 1024) }, 400, 'VALIDATION_FAILED'],
    ])('refuses %s and writes nothing', async (_, body, status, code) => {
      const before = await reportCount();
      expect((await report('member-b', body).expect(status)).body.code).toBe(code);
      expect(await reportCount()).toBe(before);
    });

    it('refuses a body larger than the upload limit with 413', async () => {
      const response = await report('member-b', { kind: 'other', photo: 'A'.repeat(8 * 1024 * 1024) }).expect(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('files one report for many retries with one key, even at once', async () => {
      const before = await reportCount();
      const key = 'report-retry-key-0001';
      const responses = await Promise.all(Array.from({ length: 5 }, () => report('member-b', { kind: 'environment', note: '很脏' }, key)));
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      expect(await reportCount()).toBe(before + 1);
      expect((await report('member-b', { kind: 'other' }, key).expect(409)).body.code).toBe('STATION_RETRY_KEY_MISMATCH');
    });

    it('stops a flood after ten reports a day', async () => {
      const who = await newMember('flooder');
      for (let i = 0; i < 10; i++) await report(who, { kind: 'other', note: `第${i}次` }).expect(201);
      expect((await report(who, { kind: 'other' }).expect(429)).body.code).toBe('STATION_TOO_MANY_REPORTS');
    });

    it('refuses officers, anonymous callers and closed stations', async () => {
      await report('officer:BJ-DX-PGZ', { kind: 'other' }).expect(403);
      await t.http.post(`/api/stations/${pgzStation}/reports`).send({ kind: 'other' }).expect(401);
      expect((await report('member', { kind: 'closed' }, undefined, closedStation).expect(409)).body.code).toBe('STATION_CLOSED_FOR_FEEDBACK');
    });
  });

  describe('the officer queue', () => {
    const queue = async (who: string) => (await t.http.get('/api/station-reports').set(as(who)).expect(200)).body as ReportQueueResponse;

    it("goes to the host unit's officers and up the tree, flagged at three open reports", async () => {
      const mine = (await queue('officer:BJ-DX-PGZ')).stations.find((s) => s.id === pgzStation);
      expect(mine).toMatchObject({ name: '反馈测试驿站', host: { code: 'BJ-DX-PGZ' }, flagged: true });
      expect(mine?.openReports).toBeGreaterThanOrEqual(3);
      expect(mine?.reports.every((r) => r.status === 'open')).toBe(true);
      expect((await queue('officer:BJ-DX')).stations.map((s) => s.id)).toContain(pgzStation);
      expect((await queue('officer:BJ-DX-YH')).stations.map((s) => s.id)).not.toContain(pgzStation);
      expect((await queue('officer:BJ-FT-WZ')).stations.map((s) => s.id)).not.toContain(pgzStation);
      await t.http.get('/api/station-reports').set(as('member')).expect(403);
      await t.http.get('/api/station-reports').query({ unitId: units.get('BJ-DX-PGZ') }).set(as('officer:BJ-FT-WZ')).expect(403);
    });

    it('resolves a report with a note, once, audited, and only in scope', async () => {
      const [target] = (await queue('officer:BJ-DX-PGZ')).stations.find((s) => s.id === pgzStation)?.reports ?? [];
      await t.http.post(`/api/station-reports/${target.id}/resolve`).set(as('officer:BJ-FT-WZ')).send({ note: '不是我管' }).expect(403);
      await t.http.post(`/api/station-reports/${target.id}/resolve`).set(as('officer:BJ-DX-PGZ')).send({ note: '' }).expect(400);
      const responses = await Promise.all(
        [0, 1, 2, 3].map(() => t.http.post(`/api/station-reports/${target.id}/resolve`).set(as('officer:BJ-DX-PGZ')).send({ note: '已联系站点，恢复开放' })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      expect(responses.find((r) => r.status === 200)?.body).toMatchObject({ status: 'resolved', resolutionNote: '已联系站点，恢复开放' });
      const entries = await t.dataSource.getRepository(AuditEntry).findBy({ targetId: target.id });
      expect(entries).toMatchObject([{ action: 'station-report.resolve', orgUnitId: units.get('BJ-DX-PGZ') }]);
      const remaining = (await queue('officer:BJ-DX-PGZ')).stations.find((s) => s.id === pgzStation)?.reports ?? [];
      expect(remaining.map((r) => r.id)).not.toContain(target.id);
      expect((await t.http.post('/api/station-reports/00000000-0000-4000-8000-000000000000/resolve').set(as('officer:BJ-DX-PGZ')).send({ note: '处理了' }).expect(404)).body.code).toBe('STATION_REPORT_NOT_FOUND');
    });

    it('counts only open reports towards the flag', async () => {
      const station = await t.dataSource.getRepository(Station).findOneByOrFail({ id: pgzStation });
      const open = await t.dataSource.getRepository(StationReport).countBy({ stationId: station.id, status: 'open' });
      const listed = (await t.http.get('/api/stations/manage').query({ q: '反馈测试' }).set(as('officer:BJ-DX-PGZ')).expect(200)).body;
      expect(listed.items[0]).toMatchObject({ openReports: open, flagged: open >= 3 });
    });
  });
});
