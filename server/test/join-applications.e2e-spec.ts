import type { JoinSubmitResponse, MemberCard, MyJoinApplication } from '@unionhub/shared';
import { IdempotencyRecord } from '../src/modules/idempotency/idempotency-record.entity';
import { JoinApplication } from '../src/modules/join/applications/join-application.entity';
import { JoinChannel as JoinChannelRow } from '../src/modules/join/channels/join-channel.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { bearer, chinaDay, joinForm, newChannel, newIdNumber, newMember, submit, unitIds, wechatPhone } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('joining through a channel', () => {
  let t: TestApp;
  let units: Map<string, string>;
  let officer: string;
  let auto: string;
  let reviewed: string;

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    officer = await t.login('officer:BJ-DX-YH');
    auto = (await newChannel(t, officer, units.get('BJ-DX-YH-SH') as string)).code;
    reviewed = (await newChannel(t, officer, units.get('BJ-DX-YH') as string, { reviewMode: 'review' })).code;
  });
  afterAll(() => t.close());

  const rows = async () => ({
    applications: await t.dataSource.getRepository(JoinApplication).count(),
    members: await t.dataSource.getRepository(Member).count(),
    keys: await t.dataSource.getRepository(IdempotencyRecord).count(),
  });

  it('gives a member card at once on an auto-approving channel', async () => {
    const rider = await newMember(t);
    const idNumber = newIdNumber();
    const response = await submit(t, rider, joinForm({ channelCode: auto, idNumber })).expect(201);
    const body = response.body as JoinSubmitResponse;
    expect(body.outcome).toBe('member');
    expect(body.membership).toMatchObject({ unit: { code: 'BJ-DX-YH-SH' }, joinedOn: chinaDay() });
    expect(body.membership?.memberNumber).toMatch(new RegExp(`^BJ-DX-YH-SH-${chinaDay().slice(0, 4)}-\\d{6}$`));
    expect(body.application).toMatchObject({ status: 'approved', name: '王小明', idNumberMasked: `110***********${idNumber.slice(-4)}`, phoneMasked: '138****5678' });
    expect(JSON.stringify(body)).not.toContain(idNumber);
    expect(JSON.stringify(body)).not.toContain('13812345678');

    const card = (await t.http.get('/api/members/me/card').set(bearer(rider)).expect(200)).body as MemberCard;
    expect(card).toMatchObject({ memberNumber: body.membership?.memberNumber, name: '王小明', idNumberMasked: body.application?.idNumberMasked, joinedOn: chinaDay() });
    expect(card.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(new Date(card.tokenExpiresAt).getTime() - Date.now()).toBeGreaterThan(60_000);
  });

  it('puts the application in the queue on a reviewed channel and gives no card yet', async () => {
    const rider = await newMember(t);
    const body = (await submit(t, rider, joinForm({ channelCode: reviewed })).expect(201)).body as JoinSubmitResponse;
    expect(body).toMatchObject({ outcome: 'pending', membership: null, transfer: null, application: { status: 'pending', unit: { code: 'BJ-DX-YH' } } });
    const card = await t.http.get('/api/members/me/card').set(bearer(rider)).expect(404);
    expect(card.body).toMatchObject({ code: 'JOIN_NOT_MEMBER', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    const mine = (await t.http.get('/api/me/join-applications').set(bearer(rider)).expect(200)).body as MyJoinApplication[];
    expect(mine.map((a) => [a.id, a.status])).toEqual([[body.application?.id, 'pending']]);
  });

  it("takes the phone number from WeChat's getPhoneNumber code", async () => {
    const body = (await submit(t, await newMember(t), joinForm({ channelCode: reviewed, phone: undefined, phoneCode: 'phone:13912345678' })).expect(201)).body as JoinSubmitResponse;
    expect(body.application?.phoneMasked).toBe('139****5678');
  });

  it("lets a worker without a channel join his district's pool, for review", async () => {
    const body = (await submit(t, await newMember(t), joinForm({ poolUnitId: units.get('BJ-DX-POOL') })).expect(201)).body as JoinSubmitResponse;
    expect(body).toMatchObject({ outcome: 'pending', application: { unit: { code: 'BJ-DX-POOL', kind: 'pool' } } });
  });

  it('stores no ID number or phone number in the clear', async () => {
    const idNumber = newIdNumber();
    await submit(t, await newMember(t), joinForm({ channelCode: auto, idNumber, ...wechatPhone('13698765432') })).expect(201);
    for (const table of ['join_application', 'member', 'idempotency_record']) {
      const dump = JSON.stringify(await t.dataSource.query(`SELECT * FROM ${table}`));
      expect(dump).not.toContain(idNumber);
      expect(dump).not.toContain(idNumber.slice(0, 17));
      expect(dump).not.toContain('13698765432');
    }
    const [row] = (await t.dataSource.query('SELECT idNumberEnc, phoneEnc, idHash FROM member')) as { idNumberEnc: string; phoneEnc: string; idHash: string }[];
    expect(row.idNumberEnc).toMatch(/^v1:dev:/);
    expect(row.phoneEnc).toMatch(/^v1:dev:/);
    expect(row.idHash).toMatch(/^[0-9a-f]{64}$/);
  });

  const underAge = `${Number(chinaDay().slice(0, 4)) - 15}0101`;
  it.each([
    ['a wrong check digit', () => ({ idNumber: newIdNumber().slice(0, 17) + 'Y' }), 400, 'VALIDATION_FAILED', /身份证/],
    ['a check digit that does not match', () => ({ idNumber: ((id) => id.slice(0, 17) + (id.endsWith('1') ? '2' : '1'))(newIdNumber()) }), 400, 'VALIDATION_FAILED', /校验不通过/],
    ['a birth date that does not exist', () => ({ idNumber: newIdNumber('19900231') }), 400, 'VALIDATION_FAILED', /出生日期/],
    ['a worker under 16', () => ({ idNumber: newIdNumber(underAge) }), 400, 'VALIDATION_FAILED', /年满16周岁/],
    ['a short phone number', () => ({ phone: '1381234' }), 400, 'VALIDATION_FAILED', /11位手机号/],
    ['a one-character name', () => ({ name: '王' }), 400, 'VALIDATION_FAILED', /姓名/],
    ['a name with digits', () => ({ name: '王小明2' }), 400, 'VALIDATION_FAILED', /姓名/],
    ['an occupation not on the list', () => ({ occupation: 'astronaut' }), 400, 'VALIDATION_FAILED', /职业/],
    ['an empty employer', () => ({ employer: '' }), 400, 'VALIDATION_FAILED', /工作单位/],
    ['an overlong employer', () => ({ employer: '美'.repeat(51) }), 400, 'VALIDATION_FAILED', /工作单位/],
    ['a district outside Beijing', () => ({ workDistrict: '310101' }), 400, 'VALIDATION_FAILED', /区/],
    ['no privacy consent', () => ({ acceptPrivacyPolicy: false }), 400, 'VALIDATION_FAILED', /个人信息保护/],
    ['no separate consent for the ID number', () => ({ acceptSensitiveInfo: undefined }), 400, 'VALIDATION_FAILED', /敏感个人信息/],
    ['an outdated privacy policy', () => ({ privacyPolicyVersion: '2020-01-01' }), 400, 'JOIN_POLICY_OUTDATED', /隐私政策已更新/],
    ['neither phone nor phone code', () => ({ phoneCode: undefined }), 400, 'JOIN_PHONE_REQUIRED', /手机号/],
    ['both phone and phone code', () => ({ phone: '13912345678', smsCode: '246810' }), 400, 'JOIN_PHONE_REQUIRED', /手机号/],
    ['a used phone code', () => ({ phoneCode: 'invalid-used' }), 400, 'JOIN_PHONE_CODE_INVALID', /获取手机号/],
    ['neither channel nor pool', () => ({ channelCode: undefined }), 400, 'JOIN_TARGET_REQUIRED', /扫描入会二维码/],
    ['both channel and pool', () => ({ poolUnitId: units.get('BJ-DX-POOL') }), 400, 'JOIN_TARGET_REQUIRED', /扫描入会二维码/],
    ['a pool id that is not a pool', () => ({ channelCode: undefined, poolUnitId: units.get('BJ-DX-YH') }), 400, 'JOIN_NOT_A_POOL', /新就业形态工会/],
    ['a malformed channel code', () => ({ channelCode: 'abc' }), 400, 'VALIDATION_FAILED', /二维码/],
    ['a server-owned field', () => ({ status: 'approved' }), 400, 'VALIDATION_FAILED', /不支持/],
    ['an unknown channel', () => ({ channelCode: 'ZZZZZZZZZZ' }), 404, 'JOIN_CHANNEL_NOT_FOUND', /新就业形态工会/],
  ])('refuses %s and writes nothing', async (_, overrides, status, code, message) => {
    const rider = await newMember(t);
    const before = await rows();
    const response = await submit(t, rider, joinForm({ channelCode: auto, ...overrides() })).expect(status);
    expect(response.body.code).toBe(code);
    expect(response.body.message).toMatch(message);
    expect(await rows()).toEqual(before);
  });

  it('refuses an expired or not yet open channel, offering the district pool', async () => {
    const channel = await newChannel(t, officer, units.get('BJ-DX-YH') as string);
    await t.dataSource.getRepository(JoinChannelRow).update({ id: channel.id }, { validFrom: '2025-01-01', validUntil: '2025-01-02' });
    const before = await rows();
    const expired = await submit(t, await newMember(t), joinForm({ channelCode: channel.code })).expect(409);
    expect(expired.body).toMatchObject({ code: 'JOIN_CHANNEL_EXPIRED', message: expect.stringContaining('新就业形态工会') });
    await t.dataSource.getRepository(JoinChannelRow).update({ id: channel.id }, { validFrom: chinaDay(5), validUntil: chinaDay(6) });
    expect((await submit(t, await newMember(t), joinForm({ channelCode: channel.code })).expect(409)).body.code).toBe('JOIN_CHANNEL_NOT_STARTED');
    expect(await rows()).toEqual(before);
  });

  it('needs a sign-in and an idempotency key', async () => {
    await t.http.post('/api/join/applications').set('Idempotency-Key', 'k'.repeat(20)).send(joinForm({ channelCode: auto })).expect(401);
    const rider = await newMember(t);
    const missing = await t.http.post('/api/join/applications').set(bearer(rider)).send(joinForm({ channelCode: auto })).expect(400);
    expect(missing.body.code).toBe('IDEMPOTENCY_KEY_MISSING');
    await submit(t, rider, joinForm({ channelCode: auto }), 'short').expect(400);
  });
});
