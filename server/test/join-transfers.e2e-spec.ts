import type { JoinSubmitResponse, MemberCard, TransferSummary } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { Transfer } from '../src/modules/join/transfers/transfer.entity';
import { ChangeEvent } from '../src/modules/sync/changes/change-event.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('membership transfers (组织关系转接)', () => {
  let t: TestApp;
  let units: Map<string, string>;
  const officers: Record<string, string> = {};
  const codes: Record<string, string> = {};
  const as = (code: string) => bearer(officers[code]);
  const queue = async (code: string, name: 'out' | 'in' | 'all') =>
    ((await t.http.get('/api/join/transfers').query({ queue: name }).set(as(code)).expect(200)).body as TransferSummary[]).map((x) => x.id);

  /** A member of 首航超市工会 (大兴) who then joins 王佐镇 (丰台): one open transfer request. */
  async function requestedTransfer(): Promise<{ transfer: TransferSummary; member: JoinSubmitResponse; rider: string }> {
    const rider = await newMember(t);
    const idNumber = newIdNumber();
    const member = (await submit(t, rider, joinForm({ channelCode: codes.yhAuto, idNumber })).expect(201)).body as JoinSubmitResponse;
    const moved = (await submit(t, rider, joinForm({ channelCode: codes.wzAuto, idNumber })).expect(201)).body as JoinSubmitResponse;
    return { transfer: moved.transfer as TransferSummary, member, rider };
  }

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    for (const code of ['BJ-DX-YH', 'BJ-FT-WZ', 'BJ-DX-PGZ']) officers[code] = await t.login(`officer:${code}`);
    codes.yhAuto = (await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string)).code;
    codes.wzAuto = (await newChannel(t, officers['BJ-FT-WZ'], units.get('BJ-FT-WZ-LX') as string, { title: '王佐镇幼儿园入会' })).code;
  });
  afterAll(() => t.close());

  it('moves the membership with its number and join date after release and acceptance, audited on both sides', async () => {
    const { transfer, member, rider } = await requestedTransfer();
    expect(await queue('BJ-DX-YH', 'out')).toContain(transfer.id);
    expect(await queue('BJ-FT-WZ', 'in')).not.toContain(transfer.id);

    const released = (await t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-DX-YH')).expect(200)).body as TransferSummary;
    expect(released).toMatchObject({ status: 'released', refusedBy: null, decidedAt: null });
    expect(released.releasedAt).not.toBeNull();
    expect(await queue('BJ-DX-YH', 'out')).not.toContain(transfer.id);
    expect(await queue('BJ-FT-WZ', 'in')).toContain(transfer.id);

    const accepted = (await t.http.post(`/api/join/transfers/${transfer.id}/accept`).set(as('BJ-FT-WZ')).expect(200)).body as TransferSummary;
    expect(accepted).toMatchObject({ status: 'accepted', memberNumber: member.membership?.memberNumber, toUnit: { code: 'BJ-FT-WZ-LX' } });

    const row = await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber: member.membership?.memberNumber });
    expect(row.orgUnitId).toBe(units.get('BJ-FT-WZ-LX'));
    expect(await t.dataSource.getRepository(Member).countBy({ userId: row.userId as string })).toBe(1);
    const card = (await t.http.get('/api/members/me/card').set(bearer(rider)).expect(200)).body as MemberCard;
    expect(card).toMatchObject({ memberNumber: member.membership?.memberNumber, joinedOn: member.membership?.joinedOn, unit: { code: 'BJ-FT-WZ-LX' } });
    expect(await queue('BJ-DX-YH', 'all')).toContain(transfer.id);

    const audits = await t.dataSource.getRepository(AuditEntry).find({ where: { targetId: transfer.id }, order: { createdAt: 'ASC' } });
    expect(audits.map((a) => [a.action, a.orgUnitId])).toEqual(
      expect.arrayContaining([
        ['join.transfer.release', units.get('BJ-DX-YH-SH')],
        ['join.transfer.release', units.get('BJ-FT-WZ-LX')],
        ['join.transfer.accept', units.get('BJ-DX-YH-SH')],
        ['join.transfer.accept', units.get('BJ-FT-WZ-LX')],
      ]),
    );
    const feed = await t.dataSource.getRepository(ChangeEvent).find({ where: { subjectId: transfer.id }, order: { seq: 'ASC' } });
    expect(feed.map((e) => JSON.parse(e.data).status)).toEqual(['requested', 'released', 'accepted']);
  });

  it('lets the member join again elsewhere after a refusal, which says why', async () => {
    const { transfer } = await requestedTransfer();
    const refused = (await t.http.post(`/api/join/transfers/${transfer.id}/refuse`).set(as('BJ-DX-YH')).send({ reason: '会费手续未办结' }).expect(200)).body as TransferSummary;
    expect(refused).toMatchObject({ status: 'refused', refusedBy: 'releasing', refuseReason: '会费手续未办结' });
    const row = await t.dataSource.getRepository(Transfer).findOneByOrFail({ id: transfer.id });
    expect(row.openMemberId).toBeNull();
    await t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-DX-YH')).expect(409);
  });

  it('lets the receiving unit refuse a released transfer, and the member stays where he was', async () => {
    const { transfer, member } = await requestedTransfer();
    await t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-DX-YH')).expect(200);
    const refused = (await t.http.post(`/api/join/transfers/${transfer.id}/refuse`).set(as('BJ-FT-WZ')).send({ reason: '本单位暂不接收' }).expect(200)).body as TransferSummary;
    expect(refused).toMatchObject({ status: 'refused', refusedBy: 'receiving' });
    const row = await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber: member.membership?.memberNumber });
    expect(row.orgUnitId).toBe(units.get('BJ-DX-YH-SH'));
  });

  it('keeps each side to its own step and its own subtree', async () => {
    const { transfer } = await requestedTransfer();
    expect((await t.http.post(`/api/join/transfers/${transfer.id}/accept`).set(as('BJ-FT-WZ')).expect(409)).body.code).toBe('JOIN_TRANSFER_NOT_ACCEPTABLE');
    expect((await t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-FT-WZ')).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
    await t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-DX-PGZ')).expect(403);
    await t.http.post(`/api/join/transfers/${transfer.id}/release`).set(bearer(await newMember(t))).expect(403);
    await t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-DX-YH')).expect(200);
    await t.http.post(`/api/join/transfers/${transfer.id}/accept`).set(as('BJ-DX-YH')).expect(403);
    expect((await t.http.post(`/api/join/transfers/${transfer.id}/refuse`).set(as('BJ-DX-YH')).send({ reason: '改变主意' }).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
    await t.http.post('/api/join/transfers/00000000-0000-4000-8000-000000000000/release').set(as('BJ-DX-YH')).expect(404);
  });

  it.each([[{}], [{ reason: '' }], [{ reason: 'x'.repeat(201) }], [{ reason: '不行', extra: 1 }]])('refuses a bad refusal %j with 400 and changes nothing', async (body) => {
    const { transfer } = await requestedTransfer();
    expect((await t.http.post(`/api/join/transfers/${transfer.id}/refuse`).set(as('BJ-DX-YH')).send(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.dataSource.getRepository(Transfer).findOneByOrFail({ id: transfer.id })).status).toBe('requested');
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ targetId: transfer.id })).toBe(0);
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const { transfer } = await requestedTransfer();
    const responses = await Promise.all([
      t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-DX-YH')),
      t.http.post(`/api/join/transfers/${transfer.id}/refuse`).set(as('BJ-DX-YH')).send({ reason: '会费手续未办结' }),
      t.http.post(`/api/join/transfers/${transfer.id}/release`).set(as('BJ-DX-YH')),
    ]);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    // A refusal that reads the transfer after the release belongs to the receiving unit now: 403.
    expect(responses.filter((r) => r.status !== 200).map((r) => r.status).every((s) => s === 409 || s === 403)).toBe(true);
    const decided = await t.dataSource.getRepository(AuditEntry).countBy({ targetId: transfer.id });
    expect(decided).toBe(2);
  });
});
