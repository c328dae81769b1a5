import { type JoinClaimAttemptList, type JoinSubmitResponse, maskIdNumber } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds, wechatPhone } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const HEADER = ['姓名', '身份证号', '手机号', '职业', '工作单位', '入会日期', '会员编号'];
const ROSTER_PHONE = '13911113333';
const csv = (lines: string[][]): string => Buffer.from(`\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}`, 'utf8').toString('base64');

describe(`failed claims seen by the roster unit's officers (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let units: Map<string, string>;
  const officers: Record<string, string> = {};
  let roster: { idNumber: string };
  let foreignChannelTitle: string;

  const attemptsAs = (token: string, unitId?: string) => t.http.get(`/api/join/claim-attempts${unitId ? `?unitId=${unitId}` : ''}`).set(bearer(token));
  const groupOf = (list: JoinClaimAttemptList) => list.items.find((g) => g.idNumberMasked === maskIdNumber(roster.idNumber));

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    for (const code of ['BJ-DX-YH', 'BJ-DX', 'BJ-FT-WZ']) officers[code] = await t.login(`officer:${code}`);
    roster = { idNumber: newIdNumber('19870415') };
    const file = csv([HEADER, ['赵名册', roster.idNumber, ROSTER_PHONE, '快递员', '顺丰速运', '2021-05-01', '']]);
    await t.http.post('/api/join/roster-import').set(bearer(officers['BJ-DX-YH'])).send({ unitId: units.get('BJ-DX-YH-SH'), fileName: '花名册.csv', file }).expect(200);
    // Strangers try the roster member's ID number through another district's code.
    const foreign = await newChannel(t, officers['BJ-FT-WZ'], units.get('BJ-FT-WZ') as string, { title: '宛平外卖入会' });
    foreignChannelTitle = foreign.title;
    for (let i = 0; i < 5; i++) {
      const held = (await submit(t, await newMember(t), joinForm({ channelCode: foreign.code, idNumber: roster.idNumber, name: '赵名册', ...wechatPhone(`1360000100${i}`) })).expect(201)).body as JoinSubmitResponse;
      expect(held.outcome).toBe('pending');
    }
  });
  afterAll(() => t.close());

  it("shows the roster unit's officers the attempts made through another unit's code, masked, without an audit entry", async () => {
    const audits = await t.dataSource.getRepository(AuditEntry).count();
    const response = await attemptsAs(officers['BJ-DX-YH']).expect(200);
    const group = groupOf(response.body as JoinClaimAttemptList);
    expect(group).toMatchObject({
      memberNameMasked: '赵**',
      idNumberMasked: maskIdNumber(roster.idNumber),
      memberUnit: expect.objectContaining({ id: units.get('BJ-DX-YH-SH') }),
      count: 5,
      accounts: 5,
      locked: true,
      via: [{ unit: expect.objectContaining({ id: units.get('BJ-FT-WZ') }), channelTitle: foreignChannelTitle, count: 5 }],
    });
    expect(group?.reasons.length).toBeGreaterThan(0);
    expect(response.text).not.toContain(roster.idNumber);
    expect(response.text).not.toContain(ROSTER_PHONE);
    expect(response.text).not.toContain('赵名册');
    expect(response.text).not.toContain('13600001000');
    expect(await t.dataSource.getRepository(AuditEntry).count()).toBe(audits);

    const district = (await attemptsAs(officers['BJ-DX'], units.get('BJ-DX-YH-SH')).expect(200)).body as JoinClaimAttemptList;
    expect(groupOf(district)?.count).toBe(5);
  });

  it("keeps them from another district's officer, even the one whose code was used, and from members", async () => {
    const elsewhere = (await attemptsAs(officers['BJ-FT-WZ']).expect(200)).body as JoinClaimAttemptList;
    expect(groupOf(elsewhere)).toBeUndefined();
    const refused = await attemptsAs(officers['BJ-FT-WZ'], units.get('BJ-DX-YH-SH')).expect(403);
    expect(refused.body.code).toBe('ORG_OUT_OF_SCOPE');
    const member = await attemptsAs(await newMember(t)).expect(403);
    expect(member.body.code).toBeDefined();
    const bad = await attemptsAs(officers['BJ-DX-YH'], 'not-a-unit').expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'unitId' }] } });
  });

  it('holds the real member after the limit, and his own claim does not add an attempt', async () => {
    const held = (await submit(t, await newMember(t), joinForm({ channelCode: (await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string)).code, idNumber: roster.idNumber, name: '赵名册', ...wechatPhone(ROSTER_PHONE) })).expect(201)).body as JoinSubmitResponse;
    expect(held.outcome).toBe('pending');
    const group = groupOf((await attemptsAs(officers['BJ-DX-YH']).expect(200)).body as JoinClaimAttemptList);
    expect(group?.count).toBe(5);
  });
});
