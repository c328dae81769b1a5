import type { JoinSubmitResponse, MemberCard, NotificationList, TransferSummary } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { WechatClient } from '../src/modules/auth/wechat/wechat-client';
import type { WechatFakeClient } from '../src/modules/auth/wechat/wechat-fake.client';
import { Member } from '../src/modules/join/members/member.entity';
import { Transfer } from '../src/modules/join/transfers/transfer.entity';
import { ChangeEvent } from '../src/modules/sync/changes/change-event.entity';
import { bearer, joinForm, newChannel, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const TEMPLATE = 'tmpl-transfer-result-01';

describe('transfers started by members and officers', () => {
  let t: TestApp;
  let units: Map<string, string>;
  const officers: Record<string, string> = {};
  let yhAuto: string;
  const as = (code: string) => bearer(officers[code]);
  const unit = (code: string) => units.get(code) as string;

  /** A fresh member of 首航超市工会 (大兴·瀛海镇): his token and member number. */
  async function newJoined(): Promise<{ rider: string; memberNumber: string }> {
    const rider = await newMember(t);
    const joined = (await submit(t, rider, joinForm({ channelCode: yhAuto })).expect(201)).body as JoinSubmitResponse;
    return { rider, memberNumber: joined.membership?.memberNumber as string };
  }
  const ask = (rider: string, body: Record<string, unknown>) => t.http.post('/api/me/transfers').set(bearer(rider)).send(body);
  const toLinxi = { toUnitId: '', reason: '换了工作，到丰台上班', newEmployer: '琳汐幼儿园' };
  const inbox = async (rider: string) => (await t.http.get('/api/me/notifications').set(bearer(rider)).expect(200)).body as NotificationList;

  beforeAll(async () => {
    t = await createTestApp({ WECHAT_TEMPLATE_TRANSFER_RESULT: TEMPLATE });
    units = await unitIds(t);
    for (const code of ['BJ-DX-YH', 'BJ-FT-WZ', 'BJ-DX-PGZ', 'BJ-DX']) officers[code] = await t.login(`officer:${code}`);
    yhAuto = (await newChannel(t, officers['BJ-DX-YH'], unit('BJ-DX-YH-SH'))).code;
    toLinxi.toUnitId = unit('BJ-FT-WZ-LX');
  });
  afterAll(() => t.close());

  it('lets a member ask to move, both units decide, and tells him of each decision in the app and on WeChat', async () => {
    const { rider, memberNumber } = await newJoined();
    const started = (await ask(rider, toLinxi).expect(201)).body as TransferSummary;
    expect(started).toMatchObject({ status: 'requested', origin: 'member', reason: toLinxi.reason, newEmployer: '琳汐幼儿园', memberNumber, toUnit: { code: 'BJ-FT-WZ-LX' } });
    expect((await t.http.get('/api/join/transfers').query({ queue: 'out' }).set(as('BJ-DX-YH')).expect(200)).body.map((x: TransferSummary) => x.id)).toContain(started.id);

    await t.http.post('/api/me/subscriptions').set(bearer(rider)).send({ templateId: TEMPLATE }).expect(204);
    const fake = t.app.get(WechatClient) as WechatFakeClient;
    const sentBefore = fake.sent.length;
    await t.http.post(`/api/join/transfers/${started.id}/release`).set(as('BJ-DX-YH')).expect(200);
    expect((await inbox(rider)).items[0]).toMatchObject({ title: '原工会已同意转出', link: '/member/transfer/index' });
    expect(fake.sent.slice(sentBefore)).toEqual([
      expect.objectContaining({ templateId: TEMPLATE, page: 'member/transfer/index', data: expect.objectContaining({ thing1: { value: '琳汐幼儿园工会' }, phrase2: { value: '已转出' } }) }),
    ]);

    // The one subscription was used up: the acceptance reaches him in the app only.
    await t.http.post(`/api/join/transfers/${started.id}/accept`).set(as('BJ-FT-WZ')).expect(200);
    expect(fake.sent).toHaveLength(sentBefore + 1);
    const messages = await inbox(rider);
    expect(messages.items.map((m) => m.title).slice(0, 2)).toEqual(['组织关系转接已完成', '原工会已同意转出']);
    const card = (await t.http.get('/api/members/me/card').set(bearer(rider)).expect(200)).body as MemberCard;
    expect(card).toMatchObject({ memberNumber, unit: { code: 'BJ-FT-WZ-LX' } });

    const mine = (await t.http.get('/api/me/transfers').set(bearer(rider)).expect(200)).body as TransferSummary[];
    expect(mine).toEqual([expect.objectContaining({ id: started.id, status: 'accepted', origin: 'member' })]);
    const audits = await t.dataSource.getRepository(AuditEntry).find({ where: { targetId: started.id } });
    expect(audits.filter((a) => a.action === 'join.transfer.start').map((a) => a.orgUnitId).sort()).toEqual([unit('BJ-DX-YH-SH'), unit('BJ-FT-WZ-LX')].sort());
    const feed = await t.dataSource.getRepository(ChangeEvent).find({ where: { subjectId: started.id }, order: { seq: 'ASC' } });
    expect(feed.map((e) => [e.action, JSON.parse(e.data).status, JSON.parse(e.data).origin])).toEqual([
      ['created', 'requested', 'member'],
      ['updated', 'released', 'member'],
      ['updated', 'accepted', 'member'],
    ]);
  });

  it('tells the member why the receiving unit refused', async () => {
    const { rider } = await newJoined();
    const started = (await ask(rider, toLinxi).expect(201)).body as TransferSummary;
    await t.http.post(`/api/join/transfers/${started.id}/release`).set(as('BJ-DX-YH')).expect(200);
    await t.http.post(`/api/join/transfers/${started.id}/refuse`).set(as('BJ-FT-WZ')).send({ reason: '本单位不是您的新工作单位' }).expect(200);
    const [latest] = (await inbox(rider)).items;
    expect(latest.title).toBe('组织关系转接未通过');
    expect(latest.body).toContain('琳汐幼儿园工会不同意这次转接，原因：本单位不是您的新工作单位');
    expect(latest.body).toContain('您仍是首航超市工会的会员');
  });

  it("answers 404 for another member's transfer, to read or to cancel, and changes nothing", async () => {
    const a = await newJoined();
    const b = await newJoined();
    const theirs = (await ask(b.rider, toLinxi).expect(201)).body as TransferSummary;
    expect((await t.http.get(`/api/me/transfers/${theirs.id}`).set(bearer(a.rider)).expect(404)).body.code).toBe('JOIN_TRANSFER_NOT_FOUND');
    expect((await t.http.post(`/api/me/transfers/${theirs.id}/cancel`).set(bearer(a.rider)).expect(404)).body.code).toBe('JOIN_TRANSFER_NOT_FOUND');
    expect((await t.http.get('/api/me/transfers').set(bearer(a.rider)).expect(200)).body).toEqual([]);
    expect((await t.dataSource.getRepository(Transfer).findOneByOrFail({ id: theirs.id })).status).toBe('requested');
    await t.http.get(`/api/me/transfers/${theirs.id}`).set(bearer(b.rider)).expect(200);
    expect((await t.http.get('/api/me/transfers').set(bearer(await newMember(t))).expect(404)).body.code).toBe('JOIN_NOT_MEMBER');
    await t.http.get('/api/me/transfers').expect(401);
  });

  it('refuses a second open transfer, allows a new one after cancelling, and no cancel after release', async () => {
    const { rider } = await newJoined();
    const first = (await ask(rider, toLinxi).expect(201)).body as TransferSummary;
    expect((await ask(rider, { ...toLinxi, toUnitId: unit('BJ-FT-POOL') }).expect(409)).body.code).toBe('JOIN_TRANSFER_OPEN');
    const cancelled = (await t.http.post(`/api/me/transfers/${first.id}/cancel`).set(bearer(rider)).expect(200)).body as TransferSummary;
    expect(cancelled.status).toBe('cancelled');
    expect((await t.dataSource.getRepository(AuditEntry).countBy({ targetId: first.id, action: 'join.transfer.cancel' }))).toBe(2);
    await t.http.post(`/api/join/transfers/${first.id}/release`).set(as('BJ-DX-YH')).expect(409);

    const second = (await ask(rider, { ...toLinxi, toUnitId: unit('BJ-FT-POOL') }).expect(201)).body as TransferSummary;
    await t.http.post(`/api/join/transfers/${second.id}/release`).set(as('BJ-DX-YH')).expect(200);
    expect((await t.http.post(`/api/me/transfers/${second.id}/cancel`).set(bearer(rider)).expect(409)).body.code).toBe('JOIN_TRANSFER_NOT_CANCELLABLE');
    expect((await t.dataSource.getRepository(Transfer).findOneByOrFail({ id: second.id })).status).toBe('released');
  });

  it('leaves exactly one open transfer when a member starts several at once', async () => {
    const { rider, memberNumber } = await newJoined();
    const targets = ['BJ-FT-WZ-LX', 'BJ-FT-POOL', 'BJ-FT-LGQ-GZZ', 'BJ-DX-POOL'];
    const responses = await Promise.all(targets.map((code) => ask(rider, { ...toLinxi, toUnitId: unit(code) })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'JOIN_TRANSFER_OPEN')).toBe(true);
    const member = await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber });
    expect(await t.dataSource.getRepository(Transfer).countBy({ memberId: member.id })).toBe(1);
  });

  it.each([
    ['a street union', { toUnitId: 'BJ-DX-PGZ' }, 'JOIN_TRANSFER_TARGET'],
    ['his own union', { toUnitId: 'BJ-DX-YH-SH' }, 'JOIN_TRANSFER_SAME_UNIT'],
    ['no reason', { reason: undefined }, 'VALIDATION_FAILED'],
    ['a one-character reason', { reason: '换' }, 'VALIDATION_FAILED'],
    ['a bad employer', { newEmployer: 'x' }, 'VALIDATION_FAILED'],
    ['an unknown field', { memberNumber: 'BJ-DX-YH-SH-2026-000001' }, 'VALIDATION_FAILED'],
  ] as [string, Record<string, unknown>, string][])('refuses a member transfer to %s with 400 and writes nothing', async (_, change, code) => {
    const { rider } = await newJoined();
    const body: Record<string, unknown> = { ...toLinxi, ...change };
    if (typeof change.toUnitId === 'string') body.toUnitId = unit(change.toUnitId);
    expect((await ask(rider, body).expect(400)).body.code).toBe(code);
    expect((await t.http.get('/api/me/transfers').set(bearer(rider)).expect(200)).body).toEqual([]);
  });

  it('lets the releasing officer start a transfer already released; the receiving unit decides', async () => {
    const { rider, memberNumber } = await newJoined();
    const started = (await t.http.post('/api/join/transfers').set(as('BJ-DX-YH')).send({ ...toLinxi, memberNumber }).expect(201)).body as TransferSummary;
    expect(started).toMatchObject({ status: 'released', origin: 'officer', memberNumber });
    expect((await inbox(rider)).items[0].title).toBe('原工会已同意转出');
    await t.http.post(`/api/join/transfers/${started.id}/accept`).set(as('BJ-FT-WZ')).expect(200);
    expect((await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber })).orgUnitId).toBe(unit('BJ-FT-WZ-LX'));
  });

  it("lets the receiving officer start a transfer with his acceptance given: the release completes it", async () => {
    const { rider, memberNumber } = await newJoined();
    const started = (await t.http.post('/api/join/transfers').set(as('BJ-FT-WZ')).send({ ...toLinxi, memberNumber }).expect(201)).body as TransferSummary;
    expect(started).toMatchObject({ status: 'requested', origin: 'officer' });
    expect((await inbox(rider)).items.some((m) => m.title.includes('转'))).toBe(false);
    await t.http.post(`/api/join/transfers/${started.id}/accept`).set(as('BJ-FT-WZ')).expect(409);
    const done = (await t.http.post(`/api/join/transfers/${started.id}/release`).set(as('BJ-DX-YH')).expect(200)).body as TransferSummary;
    expect(done.status).toBe('accepted');
    expect((await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber })).orgUnitId).toBe(unit('BJ-FT-WZ-LX'));
    expect((await inbox(rider)).items[0].title).toBe('组织关系转接已完成');
    expect((await t.dataSource.getRepository(Transfer).findOneByOrFail({ id: started.id })).openMemberId).toBeNull();
  });

  it('refuses an officer whose subtree holds neither unit, and unknown member numbers', async () => {
    const { memberNumber } = await newJoined();
    const before = await t.dataSource.getRepository(Transfer).count();
    expect((await t.http.post('/api/join/transfers').set(as('BJ-DX-PGZ')).send({ ...toLinxi, memberNumber }).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
    expect((await t.http.post('/api/join/transfers').set(as('BJ-DX-YH')).send({ ...toLinxi, memberNumber: 'BJ-DX-YH-SH-2026-999999' }).expect(404)).body.code).toBe('JOIN_MEMBER_NUMBER_NOT_FOUND');
    await t.http.post('/api/join/transfers').set(bearer(await newMember(t))).send({ ...toLinxi, memberNumber }).expect(403);
    expect(await t.dataSource.getRepository(Transfer).count()).toBe(before);
  });
});
