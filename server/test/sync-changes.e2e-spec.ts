import { type ChangeEventView, type ChangesPage, ChangeType, SyncPermission } from '@unionhub/shared';
import { ChangeEvent } from '../src/modules/sync/changes/change-event.entity';
import { bearer, joinForm, newChannel, newMember, submit, unitIds } from './support/join-factory';
import { newClient, stationInput } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('sync change feed', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let units: Map<string, string>;
  const page = (token: string, query: Record<string, string | number> = {}) => t.http.get('/api/sync/changes').set(bearer(token)).query(query);

  /** Reads the feed from `after` until it has nothing more, `limit` at a time. */
  async function readAll(token: string, after: string | undefined, limit: number): Promise<{ changes: ChangeEventView[]; cursor: string }> {
    const seen: ChangeEventView[] = [];
    let cursor = after;
    for (;;) {
      const body = (await page(token, { limit, ...(cursor ? { after: cursor } : {}) }).expect(200)).body as ChangesPage;
      seen.push(...body.changes);
      cursor = body.cursor;
      if (!body.hasMore) return { changes: seen, cursor };
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    officer = await t.login('officer:BJ-DX-PGZ');
    units = await unitIds(t);
  });
  afterAll(() => t.close());

  it('carries a join as an application and a member, names masked and no ID number or phone', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const channel = await newChannel(t, officer, units.get('BJ-DX-PGZ') ?? '');
    const form = joinForm({ channelCode: channel.code });
    await submit(t, await newMember(t), form).expect(201);
    const { changes } = await readAll(client.token, undefined, 10);
    expect(changes.map((c) => [c.type, c.action])).toEqual([
      [ChangeType.Application, 'created'],
      [ChangeType.Member, 'created'],
    ]);
    expect(changes[1]).toMatchObject({ unitId: units.get('BJ-DX-PGZ'), data: { nameMasked: '王**', status: 'active' } });
    const text = JSON.stringify(changes);
    expect(text).not.toContain(String(form.idNumber));
    expect(text).not.toContain(String(form.phone));
    expect(text).not.toContain('王小明');
  });

  it('shows a client of one district nothing of another', async () => {
    const fengtai = await newClient(t, admin, units.get('BJ-FT') ?? '');
    const daxing = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const before = await readAll(daxing.token, undefined, 50);
    const created = (await t.http.post('/api/stations/manage').set(bearer(officer)).send(stationInput(units.get('BJ-DX-PGZ') ?? '')).expect(201)).body as { id: string };
    expect((await readAll(fengtai.token, undefined, 50)).changes).toEqual([]);
    const after = await readAll(daxing.token, before.cursor, 50);
    expect(after.changes).toEqual([expect.objectContaining({ type: ChangeType.Station, action: 'created', subjectId: created.id })]);
  });

  it('returns the same cursor and nothing when no change was committed since', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const { cursor } = await readAll(client.token, undefined, 50);
    const body = (await page(client.token, { after: cursor }).expect(200)).body as ChangesPage;
    expect(body).toEqual({ changes: [], cursor, hasMore: false });
  });

  it.each([
    [{ after: 'bm90LWEtY3Vyc29y' }, 'SYNC_BAD_CURSOR'],
    [{ after: '!!' }, 'SYNC_BAD_CURSOR'],
    [{ limit: 0 }, 'VALIDATION_FAILED'],
    [{ limit: 501 }, 'VALIDATION_FAILED'],
    [{ types: 'member,payroll' }, 'VALIDATION_FAILED'],
  ])('refuses a bad query %j with 400', async (query, code) => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '', [SyncPermission.ReadMembers, SyncPermission.ReadStations]);
    expect((await page(client.token, query).expect(400)).body.code).toBe(code);
  });

  it('gives a resuming reader every change exactly once in commit order while writers run concurrently', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '', [SyncPermission.ReadStations]);
    const start = (await readAll(client.token, undefined, 100)).cursor;
    const writers = 6;
    const perWriter = 8;
    const officers = await Promise.all(['officer:BJ-DX-PGZ', 'officer:BJ-DX-YH', 'officer:BJ-DX-JG', 'officer:BJ-DX-TGY', 'officer:BJ-DX', 'officer:BJ-DX-PGZ'].map((a) => t.login(a)));
    const hosts = ['BJ-DX-PGZ', 'BJ-DX-YH', 'BJ-DX-JG', 'BJ-DX-TGY', 'BJ-DX', 'BJ-DX-PGZ'];
    let writing = true;
    const written = Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i += 1) {
          const created = (await t.http.post('/api/stations/manage').set(bearer(officers[w])).send(stationInput(units.get(hosts[w]) ?? '')).expect(201)).body as { id: string };
          await t.http.patch(`/api/stations/manage/${created.id}`).set(bearer(officers[w])).send({ starLevel: 4 }).expect(200);
        }
      }),
    ).finally(() => {
      writing = false;
    });
    // The reader pages with a small limit while the writers run, then drains what is left.
    const seen: ChangeEventView[] = [];
    let cursor = start;
    while (writing) {
      const body = (await page(client.token, { after: cursor, limit: 3 }).expect(200)).body as ChangesPage;
      seen.push(...body.changes);
      cursor = body.cursor;
    }
    await written;
    seen.push(...(await readAll(client.token, cursor, 3)).changes);

    const committed = await t.dataSource.getRepository(ChangeEvent).createQueryBuilder('e').where('e.type = :type', { type: 'station' }).orderBy('e.seq', 'ASC').getMany();
    const expected = committed.filter((e) => BigInt(e.seq) > BigInt(Buffer.from(start, 'base64url').toString().slice(3)));
    expect(expected).toHaveLength(writers * perWriter * 2);
    expect(seen.map((c) => c.subjectId + c.action)).toEqual(expected.map((e) => e.subjectId + e.action));
    expect(new Set(seen.map((c) => c.cursor)).size).toBe(seen.length);
    // Each station's creation precedes its update in the feed, as it did in the writer.
    for (const change of seen.filter((c) => c.action === 'updated')) {
      expect(seen.findIndex((c) => c.subjectId === change.subjectId && c.action === 'created')).toBeLessThan(seen.indexOf(change));
    }
  });
});
