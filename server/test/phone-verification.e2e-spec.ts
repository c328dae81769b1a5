import type { JoinApplicationDetail, JoinSubmitResponse, SendSmsCodeResponse } from '@unionhub/shared';
import { randomUUID } from 'node:crypto';
import { IsNull, LessThanOrEqual } from 'typeorm';
import { PhoneCode } from '../src/modules/identity/phone-codes/phone-code.entity';
import { FAKE_SMS_CODE } from '../src/modules/identity/sms/sms-fake.client';
import { bearer, joinForm, newChannel, newMember, submit, unitIds } from './support/join-factory';
import { startPrivateRedis, type PrivateRedis } from './support/private-redis';
import {
  apiError,
  STUB_SDK_APP_ID,
  STUB_SECRET_ID,
  STUB_SECRET_KEY,
  STUB_SIGN_NAME,
  STUB_TEMPLATE_ID,
  TencentCloudStub,
} from './support/tencent-cloud-stub';
import { createTestApp, type TestApp } from './support/test-app';

let phoneSequence = 0;
/** A phone number no other test of this file uses. */
const freshPhone = () => `136${String(process.pid % 10_000).padStart(4, '0')}${String(++phoneSequence).padStart(4, '0')}`;

const sendCode = (t: TestApp, token: string, phone: string) => t.http.post('/api/auth/phone/sms-code').set(bearer(token)).send({ phone });
/** Lets the next code for `phone` go out now instead of a minute later. */
const pastTheGap = (t: TestApp) => t.dataSource.getRepository(PhoneCode).update({ createdAt: LessThanOrEqual(new Date(Date.now() + 60_000)) }, { createdAt: new Date(Date.now() - 120_000) });
const h5Form = (channelCode: string, phone: string, smsCode: string, overrides: Record<string, unknown> = {}) => joinForm({ channelCode, phoneCode: undefined, phone, smsCode, ...overrides });

describe('phone numbers proven by SMS (fake SMS)', () => {
  let t: TestApp;
  let auto: string;
  let reviewed: string;

  beforeAll(async () => {
    t = await createTestApp();
    const units = await unitIds(t);
    const officer = await t.login('officer:BJ-DX-YH');
    auto = (await newChannel(t, officer, units.get('BJ-DX-YH-SH') as string)).code;
    reviewed = (await newChannel(t, officer, units.get('BJ-DX-YH-SH') as string, { reviewMode: 'review' })).code;
  });
  afterAll(() => t.close());

  it('joins on H5 with the code sent to the phone, and records that SMS proved it', async () => {
    const rider = await newMember(t);
    const phone = freshPhone();
    const sent = (await sendCode(t, rider, phone).expect(200)).body as SendSmsCodeResponse;
    expect(sent).toEqual({ phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`, expiresInSeconds: 300, resendAfterSeconds: 60 });
    const joined = (await submit(t, rider, h5Form(auto, phone, FAKE_SMS_CODE)).expect(201)).body as JoinSubmitResponse;
    expect(joined.outcome).toBe('member');
    const officer = await t.login('officer:BJ-DX-YH');
    const detail = (await t.http.get(`/api/join/applications/${joined.application?.id}`).set(bearer(officer)).expect(200)).body as JoinApplicationDetail;
    expect(detail.checks).toMatchObject({ phoneVerifiedBy: 'sms', identity: 'passed' });
  });

  it('takes a code once', async () => {
    const rider = await newMember(t);
    const phone = freshPhone();
    await sendCode(t, rider, phone).expect(200);
    await submit(t, rider, h5Form(reviewed, phone, FAKE_SMS_CODE)).expect(201);
    const again = await submit(t, await newMember(t), h5Form(reviewed, phone, FAKE_SMS_CODE)).expect(400);
    expect(again.body).toMatchObject({ code: 'SMS_CODE_EXPIRED', message: expect.stringMatching(/重新点“获取验证码”/) });
    expect((await submit(t, rider, h5Form(reviewed, phone, FAKE_SMS_CODE)).expect(400)).body.code).toBe('SMS_CODE_EXPIRED');
  });

  it('takes a code only from the account it was sent for', async () => {
    const phone = freshPhone();
    await sendCode(t, await newMember(t), phone).expect(200);
    expect((await submit(t, await newMember(t), h5Form(reviewed, phone, FAKE_SMS_CODE)).expect(400)).body.code).toBe('SMS_CODE_EXPIRED');
  });

  it('refuses a code after five minutes', async () => {
    const rider = await newMember(t);
    const phone = freshPhone();
    await sendCode(t, rider, phone).expect(200);
    await t.dataSource.getRepository(PhoneCode).update({ usedAt: IsNull() }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await submit(t, rider, h5Form(reviewed, phone, FAKE_SMS_CODE)).expect(400)).body.code).toBe('SMS_CODE_EXPIRED');
  });

  it('allows five tries per code, counting every one, even at once', async () => {
    const rider = await newMember(t);
    const phone = freshPhone();
    await sendCode(t, rider, phone).expect(200);
    const wrong = await submit(t, rider, h5Form(reviewed, phone, '111111')).expect(400);
    expect(wrong.body).toMatchObject({ code: 'SMS_CODE_WRONG', details: { triesLeft: 4 }, message: expect.stringMatching(/验证码不对/) });
    const racing = await Promise.all(Array.from({ length: 8 }, () => submit(t, rider, h5Form(reviewed, phone, '222222'))));
    expect(racing.map((r) => r.status)).toEqual(Array(8).fill(400));
    expect(racing.filter((r) => r.body.code === 'SMS_CODE_WRONG')).toHaveLength(3);
    const last = await submit(t, rider, h5Form(reviewed, phone, FAKE_SMS_CODE)).expect(400);
    expect(last.body).toMatchObject({ code: 'SMS_CODE_TOO_MANY_TRIES', message: expect.stringMatching(/重新点“获取验证码”/) });
  });

  it('sends one code a minute per phone, five an hour, and ten a day per account', async () => {
    const rider = await newMember(t);
    const phone = freshPhone();
    await sendCode(t, rider, phone).expect(200);
    const soon = await sendCode(t, await newMember(t), phone).expect(429);
    expect(soon.body).toMatchObject({ code: 'SMS_SEND_TOO_SOON', message: expect.stringMatching(/1分钟/) });
    expect(Number(soon.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) {
      await pastTheGap(t);
      await sendCode(t, rider, phone).expect(200);
    }
    await pastTheGap(t);
    expect((await sendCode(t, rider, phone).expect(429)).body).toMatchObject({ code: 'SMS_SEND_LIMIT', message: expect.stringMatching(/明天再试/) });

    const busy = await newMember(t);
    for (let i = 0; i < 10; i++) await sendCode(t, busy, freshPhone()).expect(200);
    expect((await sendCode(t, busy, freshPhone()).expect(429)).body.code).toBe('SMS_SEND_LIMIT');
  });

  it('refuses bad numbers, and strangers', async () => {
    const rider = await newMember(t);
    expect((await sendCode(t, rider, '1381234').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http.post('/api/auth/phone/sms-code').set(bearer(rider)).send({ phone: '13812345678', extra: 1 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await t.http.post('/api/auth/phone/sms-code').send({ phone: freshPhone() }).expect(401);
    expect((await submit(t, rider, h5Form(reviewed, freshPhone(), '12345')).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});

describe('phone numbers and identities through Tencent Cloud (local stub)', () => {
  let stub: TencentCloudStub;
  let t: TestApp;
  let auto: string;

  beforeAll(async () => {
    stub = await TencentCloudStub.start();
    t = await createTestApp({
      SMS_MODE: 'real',
      IDENTITY_CHECK_MODE: 'real',
      TENCENTCLOUD_SECRET_ID: STUB_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: STUB_SECRET_KEY,
      SMS_SDK_APP_ID: STUB_SDK_APP_ID,
      SMS_SIGN_NAME: STUB_SIGN_NAME,
      SMS_TEMPLATE_ID: STUB_TEMPLATE_ID,
      SMS_API_BASE: stub.baseUrl,
      IDENTITY_CHECK_API_BASE: stub.baseUrl,
    });
    const units = await unitIds(t);
    auto = (await newChannel(t, await t.login('officer:BJ-DX-YH'), units.get('BJ-DX-YH-SH') as string)).code;
  });
  afterAll(async () => {
    await t.close();
    await stub.stop();
  });

  it('texts a random code and approves once the record matches', async () => {
    const rider = await newMember(t);
    const phone = freshPhone();
    await sendCode(t, rider, phone).expect(200);
    const code = stub.lastCode(phone) as string;
    expect(code).toMatch(/^\d{6}$/);
    const form = h5Form(auto, phone, code);
    stub.people.set(String(form.idNumber), String(form.name));
    expect(((await submit(t, rider, form).expect(201)).body as JoinSubmitResponse).outcome).toBe('member');
  });

  it('waits for an officer when the record differs or the provider cannot answer, never a 500', async () => {
    for (const [setup, identity] of [
      [(form: Record<string, unknown>) => stub.people.set(String(form.idNumber), '别人'), 'failed'],
      [() => stub.next('IdCardVerification', { raw: 'oops', status: 500 }), 'unavailable'],
    ] as const) {
      const rider = await newMember(t);
      const phone = freshPhone();
      await sendCode(t, rider, phone).expect(200);
      const form = h5Form(auto, phone, stub.lastCode(phone) as string);
      setup(form);
      const body = (await submit(t, rider, form).expect(201)).body as JoinSubmitResponse;
      expect(body).toMatchObject({ outcome: 'pending', membership: null });
      const detail = (await t.http.get(`/api/join/applications/${body.application?.id}`).set(bearer(await t.login('officer:BJ-DX-YH'))).expect(200)).body as JoinApplicationDetail;
      expect(detail.checks.identity).toBe(identity);
    }
  });

  it('says what to do when Tencent refuses to text, and lets the worker try again', async () => {
    const rider = await newMember(t);
    const phone = freshPhone();
    stub.next('SendSms', apiError('LimitExceeded.PhoneNumberDailyLimit'));
    expect((await sendCode(t, rider, phone).expect(429)).body).toMatchObject({ code: 'SMS_PHONE_LIMITED', message: expect.stringMatching(/明天再试/) });
    stub.next('SendSms', apiError('FailedOperation.InsufficientBalanceInSmsPackage'));
    expect((await sendCode(t, rider, phone).expect(502)).body).toMatchObject({ code: 'SMS_UNAVAILABLE', message: expect.stringMatching(/过几分钟/) });
    await sendCode(t, rider, phone).expect(200);
  });
});

describe('SMS send limits in Redis', () => {
  let redis: PrivateRedis;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `sms${randomUUID().slice(0, 8)}:` };
    a = await createTestApp(env);
    b = await createTestApp(env);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.stop();
  });

  it('counts one phone’s sends across API processes', async () => {
    const phone = freshPhone();
    const [riderA, riderB] = [await newMember(a), await newMember(b)];
    for (let i = 0; i < 3; i++) {
      await sendCode(a, riderA, phone).expect(200);
      await pastTheGap(a);
    }
    for (let i = 0; i < 2; i++) {
      await sendCode(b, riderB, phone).expect(200);
      await pastTheGap(b);
    }
    expect((await sendCode(b, riderB, phone).expect(429)).body.code).toBe('SMS_SEND_LIMIT');
    expect((await sendCode(a, riderA, phone).expect(429)).body.code).toBe('SMS_SEND_LIMIT');
  });
});
