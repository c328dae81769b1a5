import { type ApiClientSummary, type ApiClientWithSecret, type ChangesPage, SyncPermission } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { ApiClient } from '../src/modules/sync/clients/api-client.entity';
import { bearer, unitIds } from './support/join-factory';
import { newClient } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('sync API clients', () => {
  let t: TestApp;
  let admin: string;
  let units: Map<string, string>;
  const clientCount = () => t.dataSource.getRepository(ApiClient).count();
  const changes = (token: string) => t.http.get('/api/sync/changes').set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    units = await unitIds(t);
  });
  afterAll(() => t.close());

  it('shows the secret once at registration and stores only its hash', async () => {
    const created = await newClient(t, admin, units.get('BJ-DX') ?? '');
    expect(created.token).toMatch(/^uhc_[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(created.client).toMatchObject({ name: '区工会台账系统', unitId: units.get('BJ-DX'), status: 'active', permissions: [SyncPermission.ReadMembers, SyncPermission.ReadStations] });
    const secret = created.token.split('.')[1];
    const row = await t.dataSource.getRepository(ApiClient).findOneByOrFail({ id: created.client.id });
    expect(row.secretHash).toHaveLength(64);
    expect(row.secretHash).not.toContain(secret);
    const listed = (await t.http.get('/api/sync/clients').set(bearer(admin)).expect(200)).body as ApiClientSummary[];
    expect(listed.find((c) => c.id === created.client.id)).toEqual(created.client);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'sync.client.register', targetId: created.client.id });
    expect(audit.detail).not.toContain(secret);
  });

  it.each([
    [{ name: '台账', unitId: 'not-a-uuid', permissions: ['members:read'] }, '请选择客户端可访问的工会单位'],
    [{ name: '台账', permissions: ['members:read'] }, '请选择客户端可访问的工会单位'],
    [{ name: '台账', unitId: '00000000-0000-4000-8000-000000000000', permissions: [] }, '请至少选择一项权限'],
    [{ name: '台账', unitId: '00000000-0000-4000-8000-000000000000', permissions: ['members:delete'] }, '权限名称不正确'],
    [{ name: '', unitId: '00000000-0000-4000-8000-000000000000', permissions: ['members:read'] }, '客户端名称应为2到64个字'],
  ])('refuses a bad registration %j with 400 and writes nothing', async (body, hint) => {
    const before = await clientCount();
    const response = await t.http.post('/api/sync/clients').set(bearer(admin)).send(body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toContain(hint);
    expect(await clientCount()).toBe(before);
  });

  it('lets only admins register, rotate and revoke clients', async () => {
    const officer = await t.login('officer:BJ-DX');
    const before = await clientCount();
    await t.http.post('/api/sync/clients').set(bearer(officer)).send({ name: '台账', unitId: units.get('BJ-DX'), permissions: ['members:read'] }).expect(403);
    await t.http.post('/api/sync/clients').send({ name: '台账', unitId: units.get('BJ-DX'), permissions: ['members:read'] }).expect(401);
    const created = await newClient(t, admin, units.get('BJ-DX') ?? '');
    await t.http.post(`/api/sync/clients/${created.client.id}/revoke`).set(bearer(officer)).expect(403);
    expect(await clientCount()).toBe(before + 1);
  });

  it('authenticates a client token only on client routes, and a user token never on them', async () => {
    const created = await newClient(t, admin, units.get('BJ-DX') ?? '');
    await changes(created.token).expect(200);
    expect((await changes(admin).expect(401)).body.code).toBe('UNAUTHORIZED');
    await t.http.get('/api/join/transfers').set(bearer(created.token)).expect(401);
    await changes(`${created.token.slice(0, -1)}x`).expect(401);
    await t.http.get('/api/sync/changes').expect(401);
  });

  it('refuses the old token after a rotation and accepts the new one', async () => {
    const created = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const rotated = (await t.http.post(`/api/sync/clients/${created.client.id}/rotate`).set(bearer(admin)).expect(200)).body as ApiClientWithSecret;
    expect(rotated.token).not.toBe(created.token);
    expect(rotated.client.rotatedAt).not.toBeNull();
    await changes(created.token).expect(401);
    await changes(rotated.token).expect(200);
  });

  it('answers 401 to a revoked client and refuses to rotate it', async () => {
    const created = await newClient(t, admin, units.get('BJ-DX') ?? '');
    await changes(created.token).expect(200);
    const revoked = (await t.http.post(`/api/sync/clients/${created.client.id}/revoke`).set(bearer(admin)).expect(200)).body as ApiClientSummary;
    expect(revoked.status).toBe('revoked');
    const refused = await changes(created.token).expect(401);
    expect(refused.body.message).toContain('请向管理员申请新的凭证');
    expect((await t.http.post(`/api/sync/clients/${created.client.id}/rotate`).set(bearer(admin)).expect(409)).body.code).toBe('SYNC_CLIENT_REVOKED');
  });

  it('audits every call a client makes', async () => {
    const created = await newClient(t, admin, units.get('BJ-DX') ?? '');
    await changes(created.token).expect(200);
    await changes(created.token).query({ limit: 5 }).expect(200);
    const calls = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'sync.call', actorId: created.client.id });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ actorRole: 'api-client', orgUnitId: units.get('BJ-DX') });
    expect(calls[0].detail).toContain('/api/sync/changes');
  });

  it('refuses a change type the client has no permission for', async () => {
    const created = await newClient(t, admin, units.get('BJ-DX') ?? '', [SyncPermission.ReadStations]);
    expect((await changes(created.token).query({ types: 'member' }).expect(403)).body.code).toBe('SYNC_TYPE_NOT_PERMITTED');
    expect(((await changes(created.token).query({ types: 'station' }).expect(200)).body as ChangesPage).changes).toEqual([]);
  });
});
