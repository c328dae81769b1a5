import type { AuditPage } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { bearer, unitIds } from './support/join-factory';
import { stationInput } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('audit log for admins', () => {
  let t: TestApp;
  let admin: string;
  let units: Map<string, string>;
  const list = (query: Record<string, string | number>, token = admin) => t.http.get('/api/audit').set(bearer(token)).query(query);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    units = await unitIds(t);
    await t.http.post('/api/stations/manage').set(bearer(await t.login('officer:BJ-DX-PGZ'))).send(stationInput(units.get('BJ-DX-PGZ') ?? '')).expect(201);
    await t.http.post('/api/stations/manage').set(bearer(await t.login('officer:BJ-FT'))).send(stationInput(units.get('BJ-FT') ?? '')).expect(201);
  });
  afterAll(() => t.close());

  it('filters by unit subtree, action and time, newest first, with masked detail', async () => {
    const daxing = (await list({ unitId: units.get('BJ-DX') ?? '', action: 'station.' }).expect(200)).body as AuditPage;
    expect(daxing.total).toBe(1);
    expect(daxing.items[0]).toMatchObject({ action: 'station.create', orgUnitId: units.get('BJ-DX-PGZ'), actorRole: 'officer' });
    const all = (await list({ action: 'station.create' }).expect(200)).body as AuditPage;
    expect(all.total).toBe(2);
    expect(new Date(all.items[0].createdAt) >= new Date(all.items[1].createdAt)).toBe(true);
    const future = (await list({ from: new Date(Date.now() + 3_600_000).toISOString() }).expect(200)).body as AuditPage;
    expect(future.items).toEqual([]);
  });

  it('filters by who did it', async () => {
    const first = ((await list({ action: 'station.create', unitId: units.get('BJ-FT') ?? '' }).expect(200)).body as AuditPage).items[0];
    const byActor = (await list({ actorId: first.actorId }).expect(200)).body as AuditPage;
    expect(byActor.items.every((e) => e.actorId === first.actorId)).toBe(true);
    expect(byActor.items.map((e) => e.id)).toContain(first.id);
  });

  it('records that an admin read the log', async () => {
    const before = await t.dataSource.getRepository(AuditEntry).countBy({ action: 'audit.list' });
    await list({}).expect(200);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'audit.list' })).toBe(before + 1);
  });

  it('is for admins only', async () => {
    await list({}, await t.login('officer:BJ-DX')).expect(403);
    await t.http.get('/api/audit').expect(401);
  });

  it.each([[{ from: 'yesterday' }], [{ unitId: 'x' }], [{ actorId: '123' }], [{ limit: 201 }], [{ offset: 10_001 }]])('refuses a bad filter %j with 400', async (query) => {
    expect((await list(query).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('offers no way to delete entries', async () => {
    const entry = ((await list({ limit: 1 }).expect(200)).body as AuditPage).items[0];
    await t.http.delete(`/api/audit/${entry.id}`).set(bearer(admin)).expect(404);
    await t.http.delete('/api/audit').set(bearer(admin)).expect(404);
  });
});
