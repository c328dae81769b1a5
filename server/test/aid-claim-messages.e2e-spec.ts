import type { AidEnrollment, ClaimDetail, NotificationList } from '@unionhub/shared';
import { WechatClient } from '../src/modules/auth/wechat/wechat-client';
import type { WechatFakeClient } from '../src/modules/auth/wechat/wechat-fake.client';
import { WechatError, WechatErrorCode } from '../src/modules/auth/wechat/wechat.errors';
import { enroll, newJoinedMember, newPlan, submittedClaim } from './support/aid-factory';
import { JPEG_BASE64 } from './support/images';
import { bearer, unitIds } from './support/join-factory';
import { csvOf } from './support/station-files';
import { createTestApp, type TestApp } from './support/test-app';

const TEMPLATE = 'tmpl_claim-progress_01';

describe('claim progress messages (in-app and WeChat subscribe)', () => {
  let t: TestApp;
  let officer: string;
  let fake: WechatFakeClient;
  let rider: { token: string; memberNumber: string };
  let enrollment: AidEnrollment;

  const act = (id: string, action: string, body: Record<string, unknown>) => t.http.post(`/api/aid/claims/${id}/${action}`).set(bearer(officer)).send(body);
  const subscribe = () => t.http.post('/api/me/subscriptions').set(bearer(rider.token)).send({ templateId: TEMPLATE }).expect(204);
  const inbox = async () => (await t.http.get('/api/me/notifications').set(bearer(rider.token)).expect(200)).body as NotificationList;
  const inReview = async (): Promise<ClaimDetail> => {
    const claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 3_000_00 });
    return (await act(claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
  };

  beforeAll(async () => {
    t = await createTestApp({ WECHAT_TEMPLATE_CLAIM_PROGRESS: TEMPLATE });
    fake = t.app.get(WechatClient) as WechatFakeClient;
    const units = await unitIds(t);
    officer = await t.login('officer:BJ-DX-YH');
    const plan = await newPlan(t, await t.login('admin'), { name: '门诊住院二次报销', capPerYear: 100_000_00 });
    rider = await newJoinedMember(t, officer, units.get('BJ-DX-YH-SH') as string);
    enrollment = await enroll(t, officer, plan.id, rider.memberNumber);
  });
  afterAll(() => t.close());

  it('offers the claim-progress template to subscribe to', async () => {
    const templates = (await t.http.get('/api/me/subscriptions/templates').set(bearer(rider.token)).expect(200)).body;
    expect(templates).toMatchObject({ 'claim-progress': TEMPLATE });
  });

  it('sends one WeChat message per grant when a claim needs info, is approved, rejected or paid; in-app always', async () => {
    const needsInfo = await inReview();
    const rejected = await inReview();
    await subscribe();
    await subscribe();
    await subscribe();
    const before = fake.sent.length;

    const asked = (await act(needsInfo.id, 'request-info', { version: needsInfo.version, message: '请补充出院小结第二页' }).expect(200)).body as ClaimDetail;
    await act(rejected.id, 'reject', { version: rejected.version, reasonCode: 'not-eligible', note: '门诊费用不在本项目范围' }).expect(200);
    await t.http.post(`/api/me/claims/${asked.id}/resubmit`).set(bearer(rider.token)).send({}).expect(200);
    let claim = (await t.http.get(`/api/aid/claims/${asked.id}`).set(bearer(officer)).expect(200)).body as ClaimDetail;
    claim = (await act(claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
    await act(claim.id, 'approve', { version: claim.version, amount: 1_000_00 }).expect(200);

    const sent = fake.sent.slice(before);
    expect(sent.map((m) => [m.templateId, m.data.phrase2.value])).toEqual([
      [TEMPLATE, '需补充材料'],
      [TEMPLATE, '未通过'],
      [TEMPLATE, '已通过'],
    ]);
    expect(sent[0]).toMatchObject({ page: `claim/detail/index?id=${needsInfo.id}`, data: { thing1: { value: '门诊住院二次报销' }, thing3: { value: '请补充出院小结第二页' } } });
    expect(sent[2].data.thing3.value).toBe('核定赔付1000.00元');
    expect(sent[0].data.time4.value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // The three grants are used up: the payment reaches the member in the app only.
    const batch = await t.http.post('/api/aid/payout-batches').set(bearer(officer)).send({ format: 'csv' }).expect(200);
    await t.http.post(`/api/aid/payout-batches/${batch.headers['x-payout-batch-id']}/result`).set(bearer(officer)).send({ content: csvOf([['理赔编号', '结果', '说明'], [claim.id, '成功', '']]) }).expect(200);
    expect(fake.sent.length).toBe(before + 3);
    expect((await inbox()).items.map((n) => n.title)).toEqual(expect.arrayContaining(['理赔申请需要补充材料', '理赔申请未通过', '理赔申请已通过', '互助保障已赔付']));
  });

  it('sends the paid message with the amount and the card tail when the member subscribed', async () => {
    let claim = await inReview();
    claim = (await act(claim.id, 'approve', { version: claim.version, amount: 800_00 }).expect(200)).body as ClaimDetail;
    await subscribe();
    const before = fake.sent.length;
    const batch = await t.http.post('/api/aid/payout-batches').set(bearer(officer)).send({ format: 'csv' }).expect(200);
    await t.http.post(`/api/aid/payout-batches/${batch.headers['x-payout-batch-id']}/result`).set(bearer(officer)).send({ content: csvOf([['理赔编号', '结果', '说明'], [claim.id, '成功', '']]) }).expect(200);
    expect(fake.sent.slice(before)).toEqual([expect.objectContaining({ templateId: TEMPLATE, data: expect.objectContaining({ phrase2: { value: '已赔付' }, thing3: { value: '800.00元已打入尾号3445的银行卡' } }) })]);
  });

  it('never fails or undoes a decision when WeChat refuses the message, and keeps the grant for the next one', async () => {
    const claim = await inReview();
    await subscribe();
    const send = jest.spyOn(fake, 'sendSubscribeMessage').mockRejectedValueOnce(new WechatError(WechatErrorCode.Unavailable, { api: 'subscribe' }));
    try {
      const before = fake.sent.length;
      const decided = await act(claim.id, 'request-info', { version: claim.version, message: '请补充发票原件照片' }).expect(200);
      expect((decided.body as ClaimDetail).status).toBe('needs-info');
      expect(send).toHaveBeenCalledTimes(1);
      expect(fake.sent.length).toBe(before);
      expect((await inbox()).items[0]).toMatchObject({ title: '理赔申请需要补充材料' });

      // The grant was given back, so the next decision still reaches WeChat.
      await t.http.post(`/api/me/claims/${claim.id}/resubmit`).set(bearer(rider.token)).send({}).expect(200);
      let again = (await t.http.get(`/api/aid/claims/${claim.id}`).set(bearer(officer)).expect(200)).body as ClaimDetail;
      again = (await act(claim.id, 'start-review', { version: again.version }).expect(200)).body as ClaimDetail;
      await act(claim.id, 'reject', { version: again.version, reasonCode: 'not-covered', note: '不在保障期内' }).expect(200);
      expect(fake.sent.slice(before).map((m) => m.data.phrase2.value)).toEqual(['未通过']);
    } finally {
      send.mockRestore();
    }
  });

  it('sends nothing to WeChat for a member without an unused subscription', async () => {
    const claim = await inReview();
    const before = fake.sent.length;
    await act(claim.id, 'request-info', { version: claim.version, message: '请补充银行卡照片' }).expect(200);
    expect(fake.sent.length).toBe(before);
  });
});
