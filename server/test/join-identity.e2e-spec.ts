import type { JoinApplicationDetail, JoinSubmitResponse, MyJoinApplication, RosterImportResult } from '@unionhub/shared';
import { PhoneCode } from '../src/modules/identity/phone-codes/phone-code.entity';
import { JoinApplication } from '../src/modules/join/applications/join-application.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds, wechatPhone } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const HEADER = ['姓名', '身份证号', '手机号', '职业', '工作单位', '入会日期', '会员编号'];
const ROSTER_PHONE = '13911112222';
const csv = (lines: string[][]): string => Buffer.from(`\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}`, 'utf8').toString('base64');

/** What a stranger can read from an answer: everything but the ids, dates and his own typed data. */
function shape(response: { status: number; body: JoinSubmitResponse }): unknown {
  const { application, ...rest } = response.body;
  return { status: response.status, ...rest, application: application && { status: application.status, keys: Object.keys(application).sort(), rejectReason: application.rejectReason, decidedAt: application.decidedAt } };
}

describe('joining needs proof: verified phones, roster claims, identity checks', () => {
  let t: TestApp;
  let units: Map<string, string>;
  let officer: string;
  let shUnit: string;
  let shReview: string;
  let shAuto: string;

  const members = () => t.dataSource.getRepository(Member);
  /** An officer's roster row: a membership without an account, waiting to be claimed. */
  async function rosterMember(name = '李建国', unitId = shUnit, importer = officer): Promise<{ idNumber: string; memberNumber: string }> {
    const idNumber = newIdNumber('19850312');
    const file = csv([HEADER, [name, idNumber, ROSTER_PHONE, '快递员', '顺丰速运', '2021-05-01', '']]);
    const done = (await t.http.post('/api/join/roster-import').set(bearer(importer)).send({ unitId, fileName: '花名册.csv', file }).expect(200)).body as RosterImportResult;
    return { idNumber, memberNumber: done.rows[0].memberNumber as string };
  }
  const detail = async (id: string) => (await t.http.get(`/api/join/applications/${id}`).set(bearer(officer)).expect(200)).body as JoinApplicationDetail;
  const ownerOf = async (memberNumber: string) => ((await members().findOneBy({ memberNumber })) as Member).userId;

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    shUnit = units.get('BJ-DX-YH-SH') as string;
    officer = await t.login('officer:BJ-DX-YH');
    shReview = (await newChannel(t, officer, shUnit, { reviewMode: 'review', title: '审核入会' })).code;
    shAuto = (await newChannel(t, officer, shUnit)).code;
  });
  afterAll(() => t.close());

  it('does not take a typed phone number as proof, anywhere', async () => {
    const roster = await rosterMember();
    const stranger = await newMember(t);
    const response = await submit(t, stranger, joinForm({ channelCode: shAuto, idNumber: roster.idNumber, name: '李建国', phoneCode: undefined, phone: ROSTER_PHONE })).expect(400);
    expect(response.body).toMatchObject({ code: 'SMS_CODE_REQUIRED', message: expect.stringMatching(/获取验证码/) });
    expect(await ownerOf(roster.memberNumber)).toBeNull();
    // A made-up code is no better than none.
    const guessed = await submit(t, stranger, joinForm({ channelCode: shAuto, idNumber: roster.idNumber, name: '李建国', phoneCode: undefined, phone: ROSTER_PHONE, smsCode: '000000' })).expect(400);
    expect(guessed.body.code).toBe('SMS_CODE_EXPIRED');
    expect(await ownerOf(roster.memberNumber)).toBeNull();
  });

  it('answers every wrong phone or name on a roster exactly like an ordinary reviewed application', async () => {
    const roster = await rosterMember();
    const ordinary = shape(await submit(t, await newMember(t), joinForm({ channelCode: shReview })).expect(201));
    for (const overrides of [wechatPhone('13911112221'), wechatPhone('13911112223'), { ...wechatPhone(ROSTER_PHONE), name: '李建军' }]) {
      const response = await submit(t, await newMember(t), joinForm({ channelCode: shAuto, idNumber: roster.idNumber, name: '李建国', ...overrides }));
      expect(shape(response)).toEqual(ordinary);
    }
    expect(await ownerOf(roster.memberNumber)).toBeNull();
  });

  it('tells a stranger nothing about the person behind an ID number', async () => {
    const bound = newIdNumber();
    await submit(t, await newMember(t), joinForm({ channelCode: shAuto, idNumber: bound })).expect(201);
    const pending = newIdNumber();
    await submit(t, await newMember(t), joinForm({ channelCode: shReview, idNumber: pending })).expect(201);
    const elsewhere = await rosterMember('赵丰台', units.get('BJ-DX-TGY-JN') as string, await t.login('officer:BJ-DX-TGY'));

    const ordinary = shape(await submit(t, await newMember(t), joinForm({ channelCode: shReview })).expect(201));
    const answers = [];
    for (const idNumber of [bound, pending, elsewhere.idNumber]) {
      const stranger = await newMember(t);
      answers.push(shape(await submit(t, stranger, joinForm({ channelCode: shReview, idNumber }))));
      const mine = (await t.http.get('/api/me/join-applications').set(bearer(stranger)).expect(200)).body as MyJoinApplication[];
      expect(Object.keys(mine[0]).sort()).toEqual(['createdAt', 'decidedAt', 'id', 'idNumberMasked', 'name', 'phoneMasked', 'rejectReason', 'status', 'unit']);
    }
    expect(answers).toEqual([ordinary, ordinary, ordinary]);
  });

  it('shows the officer why an application waits and which checks passed', async () => {
    const roster = await rosterMember();
    const response = (await submit(t, await newMember(t), joinForm({ channelCode: shAuto, idNumber: roster.idNumber, name: '李建国', ...wechatPhone('13700000000') })).expect(201)).body as JoinSubmitResponse;
    expect((await detail(response.application?.id as string)).checks).toEqual({ phoneVerifiedBy: 'wechat', identity: 'passed', holdReason: 'roster-mismatch', claimAttemptsToday: 1 });
  });

  it('approves on an auto channel only when the identity check passes', async () => {
    const before = await members().count();
    const impostor = (await submit(t, await newMember(t), joinForm({ channelCode: shAuto, name: '冒名顶替' })).expect(201)).body as JoinSubmitResponse;
    expect(impostor).toMatchObject({ outcome: 'pending', membership: null });
    expect((await detail(impostor.application?.id as string)).checks).toMatchObject({ identity: 'failed', holdReason: 'identity-failed', phoneVerifiedBy: 'wechat' });
    const down = (await submit(t, await newMember(t), joinForm({ channelCode: shAuto, name: '核验故障' })).expect(201)).body as JoinSubmitResponse;
    expect((await detail(down.application?.id as string)).checks).toMatchObject({ identity: 'unavailable', holdReason: 'identity-unavailable' });
    expect(await members().count()).toBe(before);

    const real = (await submit(t, await newMember(t), joinForm({ channelCode: shAuto, name: '王小明' })).expect(201)).body as JoinSubmitResponse;
    expect(real.outcome).toBe('member');
    expect((await detail(real.application?.id as string)).checks).toMatchObject({ identity: 'passed', holdReason: null });
  });

  it('lets the roster member claim with his verified phone and name', async () => {
    const roster = await rosterMember('孙认领');
    const worker = await newMember(t);
    const joined = (await submit(t, worker, joinForm({ channelCode: shReview, idNumber: roster.idNumber, name: '孙认领', ...wechatPhone(ROSTER_PHONE) })).expect(201)).body as JoinSubmitResponse;
    expect(joined).toMatchObject({ outcome: 'member', membership: { memberNumber: roster.memberNumber } });
    expect(await ownerOf(roster.memberNumber)).not.toBeNull();
  });

  it('after five failed claims in a day, waits for an officer, whose approval attaches the roster membership', async () => {
    const roster = await rosterMember('周锁定');
    for (let i = 0; i < 5; i++) {
      await submit(t, await newMember(t), joinForm({ channelCode: shAuto, idNumber: roster.idNumber, name: '周锁定', ...wechatPhone(`1370000000${i}`) })).expect(201);
    }
    const worker = await newMember(t);
    const held = (await submit(t, worker, joinForm({ channelCode: shAuto, idNumber: roster.idNumber, name: '周锁定', ...wechatPhone(ROSTER_PHONE) })).expect(201)).body as JoinSubmitResponse;
    expect(held).toMatchObject({ outcome: 'pending', membership: null });
    const id = held.application?.id as string;
    expect((await detail(id)).checks).toMatchObject({ holdReason: 'claim-locked', claimAttemptsToday: 5 });
    expect(await ownerOf(roster.memberNumber)).toBeNull();

    const count = await members().count();
    const approved = (await t.http.post(`/api/join/applications/${id}/approve`).set(bearer(officer)).expect(200)).body as JoinApplicationDetail;
    expect(approved).toMatchObject({ status: 'approved', memberNumber: roster.memberNumber });
    expect(await members().count()).toBe(count);
    expect(await ownerOf(roster.memberNumber)).toBe((await t.dataSource.getRepository(JoinApplication).findOneByOrFail({ id })).userId);
    const card = await t.http.get('/api/members/me/card').set(bearer(worker)).expect(200);
    expect(card.body.memberNumber).toBe(roster.memberNumber);
  });

  it('keeps no SMS code or phone number in the clear', async () => {
    const rider = await newMember(t);
    await t.http.post('/api/auth/phone/sms-code').set(bearer(rider)).send({ phone: '13655554444' }).expect(200);
    const rows = await t.dataSource.getRepository(PhoneCode).find();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/246810|13655554444/);
  });
});
