import type { JoinApplicationDetail, JoinApplicationPage, JoinSubmitResponse, MyJoinApplication, NotificationList } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { WechatClient } from '../src/modules/auth/wechat/wechat-client';
import type { WechatFakeClient } from '../src/modules/auth/wechat/wechat-fake.client';
import { JoinApplication } from '../src/modules/join/applications/join-application.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const TEMPLATE = 'tmpl-join-result-0001';

describe('officers review join applications', () => {
  let t: TestApp;
  let units: Map<string, string>;
  const officers: Record<string, string> = {};
  let yhReview: string;
  let pgzReview: string;

  beforeAll(async () => {
    t = await createTestApp({ WECHAT_TEMPLATE_JOIN_RESULT: TEMPLATE });
    units = await unitIds(t);
    for (const code of ['BJ-DX-YH', 'BJ-DX-PGZ', 'BJ-DX', 'BJ-FT-WZ']) officers[code] = await t.login(`officer:${code}`);
    yhReview = (await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string, { reviewMode: 'review' })).code;
    pgzReview = (await newChannel(t, officers['BJ-DX-PGZ'], units.get('BJ-DX-PGZ') as string, { reviewMode: 'review' })).code;
  });
  afterAll(() => t.close());

  const apply = async (channelCode: string, overrides: Record<string, unknown> = {}) => {
    const rider = await newMember(t);
    const body = (await submit(t, rider, joinForm({ channelCode, ...overrides })).expect(201)).body as JoinSubmitResponse;
    return { rider, id: body.application?.id as string };
  };
  const queue = async (officer: string) => ((await t.http.get('/api/join/applications').set(bearer(officers[officer])).expect(200)).body as JoinApplicationPage).items.map((i) => i.id);
  const audits = (targetId: string) => t.dataSource.getRepository(AuditEntry).findBy({ targetId });

  it("shows each officer the pending applications of his subtree, masked", async () => {
    const yh = await apply(yhReview);
    const pgz = await apply(pgzReview);
    expect(await queue('BJ-DX-YH')).toContain(yh.id);
    expect(await queue('BJ-DX-YH')).not.toContain(pgz.id);
    expect(await queue('BJ-DX')).toEqual(expect.arrayContaining([yh.id, pgz.id]));
    expect(await queue('BJ-FT-WZ')).toEqual([]);
    const page = (await t.http.get('/api/join/applications?status=pending&limit=1').set(bearer(officers['BJ-DX'])).expect(200)).body as JoinApplicationPage;
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items[0]).toMatchObject({ nameMasked: '王**', occupation: 'delivery-rider', channelTitle: '瀛海镇职工沟通会' });
    await t.http.get('/api/join/applications?limit=500').set(bearer(officers['BJ-DX'])).expect(400);
  });

  it('shows details with the ID number and phone masked, in scope only', async () => {
    const idNumber = newIdNumber('19950615');
    const { id } = await apply(yhReview, { idNumber });
    const detail = (await t.http.get(`/api/join/applications/${id}`).set(bearer(officers['BJ-DX-YH'])).expect(200)).body as JoinApplicationDetail;
    expect(detail).toMatchObject({ id, status: 'pending', nameMasked: '王**', idNumberMasked: `110***********${idNumber.slice(-4)}`, phoneMasked: '138****5678', employer: '美团', workDistrict: '110115' });
    expect(detail.age).toBeGreaterThanOrEqual(30);
    expect(detail.privacyConsentAt).toBeTruthy();
    expect(detail.sensitiveConsentAt).toBeTruthy();
    expect(JSON.stringify(detail)).not.toContain(idNumber);
    expect((await t.http.get(`/api/join/applications/${id}`).set(bearer(officers['BJ-FT-WZ'])).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
    await t.http.get(`/api/join/applications/${id}`).set(bearer(officers['BJ-DX-PGZ'])).expect(403);
    await t.http.get(`/api/join/applications/${id}`).set(bearer(await newMember(t))).expect(403);
    await t.http.get('/api/join/applications/00000000-0000-4000-8000-000000000000').set(bearer(officers['BJ-DX'])).expect(404);
  });

  it('approves: the applicant gets his card, an in-app message and, having subscribed, a WeChat message', async () => {
    const { rider, id } = await apply(yhReview);
    const templates = (await t.http.get('/api/me/subscriptions/templates').set(bearer(rider)).expect(200)).body;
    expect(templates).toMatchObject({ 'join-result': TEMPLATE, 'transfer-result': null });
    await t.http.post('/api/me/subscriptions').set(bearer(rider)).send({ templateId: TEMPLATE }).expect(204);
    const fake = t.app.get(WechatClient) as WechatFakeClient;
    const sentBefore = fake.sent.length;

    const detail = (await t.http.post(`/api/join/applications/${id}/approve`).set(bearer(officers['BJ-DX-YH'])).expect(200)).body as JoinApplicationDetail;
    expect(detail.status).toBe('approved');
    expect(detail.memberNumber).toMatch(/^BJ-DX-YH-SH-\d{4}-000001$/);
    expect(await audits(id)).toEqual([expect.objectContaining({ action: 'join.application.approve', actorRole: 'officer' })]);

    const card = await t.http.get('/api/members/me/card').set(bearer(rider)).expect(200);
    expect(card.body.memberNumber).toBe(detail.memberNumber);
    const inbox = (await t.http.get('/api/me/notifications').set(bearer(rider)).expect(200)).body as NotificationList;
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({ title: '入会申请已通过', link: '/member/card/index', readAt: null });
    expect(inbox.items[0].body).toContain(detail.memberNumber as string);

    expect(fake.sent.slice(sentBefore)).toEqual([
      expect.objectContaining({ templateId: TEMPLATE, page: 'member/card/index', data: expect.objectContaining({ thing1: { value: '首航超市工会' }, phrase2: { value: '已通过' } }) }),
    ]);
    expect(fake.sent[sentBefore].openid).toMatch(/^fake-openid-/);
  });

  it('sends one WeChat message per subscription, and none without one', async () => {
    const fake = t.app.get(WechatClient) as WechatFakeClient;
    const rider = await newMember(t);
    const form = joinForm({ channelCode: yhReview });
    const first = ((await submit(t, rider, form).expect(201)).body as JoinSubmitResponse).application?.id;
    await t.http.post('/api/me/subscriptions').set(bearer(rider)).send({ templateId: TEMPLATE }).expect(204);
    const before = fake.sent.length;
    await t.http.post(`/api/join/applications/${first}/reject`).set(bearer(officers['BJ-DX-YH'])).send({ reason: '请补充工作单位全称' }).expect(200);
    expect(fake.sent.slice(before).map((m) => m.data.phrase2.value)).toEqual(['未通过']);

    const second = ((await submit(t, rider, { ...form, employer: '美团外卖' }).expect(201)).body as JoinSubmitResponse).application?.id;
    await t.http.post(`/api/join/applications/${second}/approve`).set(bearer(officers['BJ-DX-YH'])).expect(200);
    expect(fake.sent.length).toBe(before + 1);
  });

  it('refuses to record a subscription to a template the server does not use', async () => {
    const response = await t.http.post('/api/me/subscriptions').set(bearer(await newMember(t))).send({ templateId: 'someone-elses-template' }).expect(400);
    expect(response.body.code).toBe('NOTIFICATION_UNKNOWN_TEMPLATE');
  });

  it('rejects with a reason the applicant sees, and refuses an empty reason', async () => {
    const { rider, id } = await apply(yhReview);
    const empty = await t.http.post(`/api/join/applications/${id}/reject`).set(bearer(officers['BJ-DX-YH'])).send({ reason: '' }).expect(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
    expect((await t.dataSource.getRepository(JoinApplication).findOneByOrFail({ id })).status).toBe('pending');

    const reason = '工作单位不在本镇，请扫所在街道的入会码';
    await t.http.post(`/api/join/applications/${id}/reject`).set(bearer(officers['BJ-DX-YH'])).send({ reason }).expect(200);
    const [mine] = (await t.http.get('/api/me/join-applications').set(bearer(rider)).expect(200)).body as MyJoinApplication[];
    expect(mine).toMatchObject({ id, status: 'rejected', rejectReason: reason });
    const inbox = (await t.http.get('/api/me/notifications').set(bearer(rider))).body as NotificationList;
    expect(inbox.items[0]).toMatchObject({ title: '入会申请未通过', body: expect.stringContaining(reason) });
    await t.http.post(`/api/join/applications/${id}/approve`).set(bearer(officers['BJ-DX-YH'])).expect(409);
  });

  it("refuses another town's officer and members any decision, changing nothing", async () => {
    const { rider, id } = await apply(yhReview);
    expect((await t.http.post(`/api/join/applications/${id}/approve`).set(bearer(officers['BJ-FT-WZ'])).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
    await t.http.post(`/api/join/applications/${id}/reject`).set(bearer(officers['BJ-DX-PGZ'])).send({ reason: '不在本镇' }).expect(403);
    await t.http.post(`/api/join/applications/${id}/approve`).set(bearer(rider)).expect(403);
    await t.http.post(`/api/join/applications/${id}/reveal-id`).set(bearer(officers['BJ-FT-WZ'])).expect(403);
    expect((await t.dataSource.getRepository(JoinApplication).findOneByOrFail({ id })).status).toBe('pending');
    expect(await audits(id)).toEqual([]);
  });

  it('shows the whole ID number only as a separate, audited action', async () => {
    const idNumber = newIdNumber();
    const { id } = await apply(yhReview, { idNumber, name: '阿依古丽·买买提' });
    const revealed = await t.http.post(`/api/join/applications/${id}/reveal-id`).set(bearer(officers['BJ-DX'])).expect(200);
    expect(revealed.body).toEqual({ name: '阿依古丽·买买提', idNumber });
    const [entry] = await audits(id);
    expect(entry).toMatchObject({ action: 'join.application.reveal-id', orgUnitId: units.get('BJ-DX-YH-SH') });
    expect(entry.detail ?? '').not.toContain(idNumber);
  });

  it("keeps one member's applications from another", async () => {
    const a = await apply(yhReview);
    const b = await newMember(t);
    const mine = (await t.http.get('/api/me/join-applications').set(bearer(b)).expect(200)).body as MyJoinApplication[];
    expect(mine.map((x) => x.id)).not.toContain(a.id);
    await t.http.get(`/api/join/applications/${a.id}`).set(bearer(b)).expect(403);
  });
});
