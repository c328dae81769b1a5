import { type ChangesPage, type SyncMember, type SyncMemberPersonalData, SyncPermission } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { ChangeEvent } from '../src/modules/sync/changes/change-event.entity';
import { Station } from '../src/modules/stations/station.entity';
import { bearer, joinForm, newChannel, newMember, submit, unitIds, wechatPhone } from './support/join-factory';
import { newClient, stationInput } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

describe(`sync route permissions (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let admin: string;
  let units: Map<string, string>;
  let memberId: string;
  let form: Record<string, unknown>;
  const PHONE = '13987654321';
  const unit = (code: string) => units.get(code) ?? '';
  const audits = (action: string, targetId: string) => t.dataSource.getRepository(AuditEntry).findBy({ action, targetId });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    units = await unitIds(t);
    const officer = await t.login('officer:BJ-DX-PGZ');
    const channel = await newChannel(t, officer, unit('BJ-DX-PGZ'));
    form = joinForm({ channelCode: channel.code, ...wechatPhone(PHONE) });
    await submit(t, await newMember(t), form).expect(201);
    const reader = await newClient(t, admin, unit('BJ-DX-PGZ'), [SyncPermission.ReadMembers]);
    const feed = (await t.http.get('/api/sync/changes').set(bearer(reader.token)).query({ types: 'member' }).expect(200)).body as ChangesPage;
    memberId = feed.changes[0].subjectId;
  });
  afterAll(() => t.close());

  describe('members', () => {
    it('shows a member masked with members:read, and refuses the whole numbers without members:read-personal', async () => {
      const client = await newClient(t, admin, unit('BJ-DX'), [SyncPermission.ReadMembers]);
      const member = (await t.http.get(`/api/sync/members/${memberId}`).set(bearer(client.token)).expect(200)).body as SyncMember;
      expect(member).toMatchObject({ id: memberId, nameMasked: '王**', unitId: unit('BJ-DX-PGZ'), status: 'active' });
      expect(member.idNumberMasked).toMatch(/^\d{3}\*+[\dX]{4}$/);
      const text = JSON.stringify(member);
      expect(text).not.toContain(String(form.idNumber));
      expect(text).not.toContain(PHONE);
      const refused = await t.http.get(`/api/sync/members/${memberId}/personal`).set(bearer(client.token)).expect(403);
      expect(JSON.stringify(refused.body)).not.toContain(String(form.idNumber));
      expect(await audits('sync.member.read-personal', memberId)).toEqual([]);
    });

    it('shows the whole ID and phone numbers with members:read-personal, and audits every read', async () => {
      const client = await newClient(t, admin, unit('BJ-DX'), [SyncPermission.ReadMembers, SyncPermission.ReadMemberPersonalData]);
      for (let i = 0; i < 2; i += 1) {
        const personal = (await t.http.get(`/api/sync/members/${memberId}/personal`).set(bearer(client.token)).expect(200)).body as SyncMemberPersonalData;
        expect(personal).toMatchObject({ id: memberId, name: '王小明', idNumber: form.idNumber, phone: PHONE });
      }
      const entries = await audits('sync.member.read-personal', memberId);
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({ actorId: client.client.id, actorRole: 'api-client', orgUnitId: unit('BJ-DX-PGZ') });
      expect(JSON.stringify(entries)).not.toContain(String(form.idNumber));
    });

    it('refuses member reads to a client without members:read, and hides members outside its subtree', async () => {
      const stationsOnly = await newClient(t, admin, unit('BJ-DX'), [SyncPermission.ReadStations]);
      await t.http.get(`/api/sync/members/${memberId}`).set(bearer(stationsOnly.token)).expect(403);
      await t.http.get(`/api/sync/members/${memberId}/personal`).set(bearer(stationsOnly.token)).expect(403);
      const fengtai = await newClient(t, admin, unit('BJ-FT'), [SyncPermission.ReadMembers, SyncPermission.ReadMemberPersonalData]);
      expect((await t.http.get(`/api/sync/members/${memberId}`).set(bearer(fengtai.token)).expect(404)).body.code).toBe('SYNC_MEMBER_NOT_FOUND');
      const hidden = await t.http.get(`/api/sync/members/${memberId}/personal`).set(bearer(fengtai.token)).expect(404);
      expect(JSON.stringify(hidden.body)).not.toContain(String(form.idNumber));
      expect(await audits('sync.member.read-personal', memberId)).toHaveLength(2);
      await t.http.get(`/api/sync/members/${memberId}`).expect(401);
      await t.http.get(`/api/sync/members/${memberId}`).set(bearer(await t.login('officer:BJ-DX'))).expect(401);
    });
  });

  describe('stations', () => {
    it('refuses station writes without stations:write and writes nothing', async () => {
      const reader = await newClient(t, admin, unit('BJ-DX'), [SyncPermission.ReadStations, SyncPermission.ReadMembers]);
      const before = await t.dataSource.getRepository(Station).count();
      await t.http.post('/api/sync/stations').set(bearer(reader.token)).send(stationInput(unit('BJ-DX-PGZ'))).expect(403);
      const existing = await t.dataSource.getRepository(Station).findOneByOrFail({ orgUnitId: unit('BJ-DX-PGZ') });
      await t.http.patch(`/api/sync/stations/${existing.id}`).set(bearer(reader.token)).send({ starLevel: 1 }).expect(403);
      expect(await t.dataSource.getRepository(Station).count()).toBe(before);
      expect((await t.dataSource.getRepository(Station).findOneByOrFail({ id: existing.id })).starLevel).toBe(existing.starLevel);
    });

    it('creates and updates stations with stations:write, audited as the client and fed to the change feed', async () => {
      const writer = await newClient(t, admin, unit('BJ-DX'), [SyncPermission.WriteStations]);
      const created = (await t.http.post('/api/sync/stations').set(bearer(writer.token)).send(stationInput(unit('BJ-DX-PGZ'), { name: '接口新建驿站' })).expect(201)).body as { id: string; name: string };
      expect(created.name).toBe('接口新建驿站');
      const updated = (await t.http.patch(`/api/sync/stations/${created.id}`).set(bearer(writer.token)).send({ starLevel: 5 }).expect(200)).body as { starLevel: number };
      expect(updated.starLevel).toBe(5);
      const entries = await t.dataSource.getRepository(AuditEntry).find({ where: { targetId: created.id }, order: { createdAt: 'ASC' } });
      expect(entries.map((e) => [e.action, e.actorId, e.actorRole])).toEqual([
        ['station.create', writer.client.id, 'api-client'],
        ['station.update', writer.client.id, 'api-client'],
      ]);
      const events = await t.dataSource.getRepository(ChangeEvent).find({ where: { subjectId: created.id }, order: { seq: 'ASC' } });
      expect(events.map((e) => e.action)).toEqual(['created', 'updated']);
    });

    it('keeps a writing client to its own subtree', async () => {
      const writer = await newClient(t, admin, unit('BJ-DX'), [SyncPermission.WriteStations]);
      const fengtaiStation = (await t.http.post('/api/stations/manage').set(bearer(await t.login('officer:BJ-FT'))).send(stationInput(unit('BJ-FT'))).expect(201)).body as { id: string };
      const before = await t.dataSource.getRepository(Station).count();
      expect((await t.http.post('/api/sync/stations').set(bearer(writer.token)).send(stationInput(unit('BJ-FT'))).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
      await t.http.patch(`/api/sync/stations/${fengtaiStation.id}`).set(bearer(writer.token)).send({ starLevel: 1 }).expect(403);
      const own = (await t.http.post('/api/sync/stations').set(bearer(writer.token)).send(stationInput(unit('BJ-DX-PGZ'))).expect(201)).body as { id: string };
      await t.http.patch(`/api/sync/stations/${own.id}`).set(bearer(writer.token)).send({ orgUnitId: unit('BJ-FT') }).expect(403);
      expect(await t.dataSource.getRepository(Station).count()).toBe(before + 1);
    });
  });
});
