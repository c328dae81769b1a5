import { ChangeType, type JoinSubmitResponse, type MemberCard, type RosterImportResult } from '@unionhub/shared';
import ExcelJS from 'exceljs';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { Transfer } from '../src/modules/join/transfers/transfer.entity';
import { ChangeEvent } from '../src/modules/sync/changes/change-event.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds, wechatPhone } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const HEADER = ['姓名', '身份证号', '手机号', '职业', '工作单位', '入会日期', '会员编号'];
const csv = (lines: string[][]): string => Buffer.from(`\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}`, 'utf8').toString('base64');

async function xlsx(lines: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  for (const line of lines) sheet.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const person = (overrides: Partial<Record<'name' | 'id' | 'phone' | 'occupation' | 'employer' | 'joinedOn' | 'number', string>> = {}): string[] => [
  overrides.name ?? '李建国',
  overrides.id ?? newIdNumber('19850312'),
  overrides.phone ?? '13911112222',
  overrides.occupation ?? '快递员',
  overrides.employer ?? '顺丰速运',
  overrides.joinedOn ?? '2021-05-01',
  overrides.number ?? '',
];

describe('roster import: POST /api/join/roster-import', () => {
  let t: TestApp;
  let units: Map<string, string>;
  let officer: string;
  let shUnit: string;

  const post = (token: string, file: string, options: { unitId?: string; dryRun?: boolean; fileName?: string } = {}) =>
    t.http
      .post(`/api/join/roster-import${options.dryRun ? '?dryRun=true' : ''}`)
      .set(bearer(token))
      .send({ unitId: options.unitId ?? shUnit, fileName: options.fileName ?? '会员花名册.csv', file });
  const members = () => t.dataSource.getRepository(Member);
  const memberCount = () => members().count();

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    shUnit = units.get('BJ-DX-YH-SH') as string;
    officer = await t.login('officer:BJ-DX-YH');
  });
  afterAll(() => t.close());

  it('creates members from a valid CSV, encrypted at rest, audited and in the change feed; a second import changes nothing', async () => {
    const rows = [person({ name: '张三' }), person({ name: '李四', number: 'SH-OLD-000017' }), person({ name: '王五', occupation: 'delivery-rider' })];
    const file = csv([HEADER, ...rows]);
    const auditsBefore = await t.dataSource.getRepository(AuditEntry).count();
    const feedBefore = await t.dataSource.getRepository(ChangeEvent).count({ where: { type: ChangeType.Member } });

    const preview = (await post(officer, file, { dryRun: true }).expect(200)).body as RosterImportResult;
    expect(preview).toMatchObject({ applied: false, dryRun: true, totalRows: 3, counts: { created: 3, unchanged: 0, transfer: 0, pending: 0 }, errorCount: 0 });
    expect(preview.rows.map((r) => [r.row, r.outcome, r.nameMasked])).toEqual([[2, 'created', '张*'], [3, 'created', '李*'], [4, 'created', '王*']]);
    expect(await members().countBy({ origin: 'import' })).toBe(0);

    const done = (await post(officer, file).expect(200)).body as RosterImportResult;
    expect(done).toMatchObject({ applied: true, dryRun: false, counts: { created: 3, unchanged: 0, transfer: 0, pending: 0 } });
    expect(done.rows[1].memberNumber).toBe('SH-OLD-000017');
    expect(done.rows[0].memberNumber).toMatch(/^BJ-DX-YH-SH-2021-\d{6}$/);

    for (const row of rows) {
      const stored = (await members().findOneBy({ name: row[0] })) as Member;
      expect(stored).toMatchObject({ origin: 'import', userId: null, activeUserId: null, applicationId: null, status: 'active', joinedOn: '2021-05-01', orgUnitId: shUnit });
      expect(JSON.stringify(stored)).not.toContain(row[1]);
      expect(JSON.stringify(stored)).not.toContain(row[2]);
    }
    expect(await t.dataSource.getRepository(AuditEntry).count()).toBe(auditsBefore + 4);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'member.roster-import' })).toBe(1);
    expect(await t.dataSource.getRepository(ChangeEvent).count({ where: { type: ChangeType.Member } })).toBe(feedBefore + 3);

    const count = await memberCount();
    const again = (await post(officer, file).expect(200)).body as RosterImportResult;
    expect(again).toMatchObject({ applied: true, counts: { created: 0, unchanged: 3, transfer: 0, pending: 0 } });
    expect(await memberCount()).toBe(count);
  });

  it('creates each person once when the same file is imported twice at once', async () => {
    const file = csv([HEADER, person({ name: '并发甲' }), person({ name: '并发乙' })]);
    const results = await Promise.all([post(officer, file), post(officer, file)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const counts = results.map((r) => (r.body as RosterImportResult).counts);
    expect(counts.map((c) => c.created + c.unchanged)).toEqual([2, 2]);
    expect(counts[0].created + counts[1].created).toBe(2);
    expect(await members().countBy({ name: '并发甲' })).toBe(1);
  });

  it('reads XLSX too, and gives a new number when the file’s is taken', async () => {
    const file = await xlsx([HEADER, person({ name: '赵六', number: 'SH-OLD-000017' })]);
    const done = (await post(officer, file, { fileName: '花名册.xlsx' }).expect(200)).body as RosterImportResult;
    expect(done.counts.created).toBe(1);
    expect(done.rows[0]).toMatchObject({ outcome: 'created', note: expect.stringContaining('已被使用') });
    expect(done.rows[0].memberNumber).toMatch(/^BJ-DX-YH-SH-2021-\d{6}$/);
  });

  it('writes nothing when one row is bad, and reports its row and column with 422', async () => {
    const count = await memberCount();
    const file = csv([HEADER, person({ name: '好人' }), person({ id: '110115198503120000' }), person({ joinedOn: '2021-13-40' })]);
    const response = await post(officer, file).expect(400);
    expect(response.body).toMatchObject({ code: 'JOIN_ROSTER_INVALID', message: expect.stringContaining('改好') });
    const result = response.body.details as RosterImportResult;
    expect(result).toMatchObject({ applied: false, errorCount: 2 });
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, column: '身份证号' }),
      expect.objectContaining({ row: 4, column: '入会日期', reason: expect.stringContaining('YYYY-MM-DD') }),
    ]);
    expect(await memberCount()).toBe(count);
  });

  it('reports the same person twice in one file', async () => {
    const id = newIdNumber('19920202');
    const response = await post(officer, csv([HEADER, person({ id }), person({ id, name: '重复' })]), { dryRun: true }).expect(400);
    expect((response.body.details as RosterImportResult).errors).toEqual([expect.objectContaining({ row: 3, column: '身份证号', reason: expect.stringContaining('第2行') })]);
  });

  it('turns a member of another unit into a transfer request here, once', async () => {
    const tgy = await t.login('officer:BJ-DX-TGY');
    const idNumber = newIdNumber('19870707');
    const channel = await newChannel(t, tgy, units.get('BJ-DX-TGY-JN') as string);
    const joined = (await submit(t, await newMember(t), joinForm({ channelCode: channel.code, idNumber })).expect(201)).body as JoinSubmitResponse;
    const card = { memberNumber: joined.membership?.memberNumber as string };
    const existing = (await members().findOneBy({ memberNumber: card.memberNumber })) as Member;

    const file = csv([HEADER, person({ id: idNumber, name: '转来人' })]);
    const done = (await post(officer, file).expect(200)).body as RosterImportResult;
    expect(done.counts).toEqual({ created: 0, unchanged: 0, transfer: 1, pending: 0 });
    expect(done.rows[0]).toMatchObject({ outcome: 'transfer', memberNumber: card.memberNumber });
    const transfers = await t.dataSource.getRepository(Transfer).findBy({ memberId: existing.id });
    expect(transfers).toEqual([expect.objectContaining({ origin: 'officer', toUnitId: shUnit, status: 'requested', acceptedInAdvance: true })]);
    expect(((await members().findOneBy({ id: existing.id })) as Member).orgUnitId).toBe(units.get('BJ-DX-TGY-JN'));

    const again = (await post(officer, file).expect(200)).body as RosterImportResult;
    expect(again.rows[0]).toMatchObject({ outcome: 'transfer', note: '转接已在办理中' });
    expect(await t.dataSource.getRepository(Transfer).countBy({ memberId: existing.id })).toBe(1);
  });

  it('reports a person with a pending join application and writes nothing for him', async () => {
    const review = await newChannel(t, officer, shUnit, { reviewMode: 'review' });
    const idNumber = newIdNumber('19880808');
    await submit(t, await newMember(t), joinForm({ channelCode: review.code, idNumber })).expect(201);
    const count = await memberCount();
    const done = (await post(officer, csv([HEADER, person({ id: idNumber })])).expect(200)).body as RosterImportResult;
    expect(done.counts).toEqual({ created: 0, unchanged: 0, transfer: 0, pending: 1 });
    expect(await memberCount()).toBe(count);
  });

  it('refuses another town’s officer and a member', async () => {
    const file = csv([HEADER, person()]);
    const pgz = await t.login('officer:BJ-DX-PGZ');
    expect((await post(pgz, file).expect(403)).body.code).toBeDefined();
    await post(await newMember(t), file).expect(403);
    await t.http.post('/api/join/roster-import').send({ unitId: shUnit, fileName: 'a.csv', file }).expect(401);
  });

  it('lets the imported person claim his membership with his verified phone and name; anyone else waits for review', async () => {
    const idNumber = newIdNumber('19900505');
    const done = (await post(officer, csv([HEADER, person({ id: idNumber, name: '认领人' })])).expect(200)).body as RosterImportResult;
    const memberNumber = done.rows[0].memberNumber as string;
    const rosterForm = (channelCode: string, overrides: Record<string, unknown> = {}) => joinForm({ channelCode, idNumber, name: '认领人', ...wechatPhone('13911112222'), ...overrides });

    const elsewhere = await newChannel(t, await t.login('officer:BJ-DX-TGY'), units.get('BJ-DX-TGY-JN') as string);
    expect((await submit(t, await newMember(t), rosterForm(elsewhere.code)).expect(201)).body).toMatchObject({ outcome: 'pending', membership: null });

    const channel = await newChannel(t, officer, shUnit);
    expect((await submit(t, await newMember(t), rosterForm(channel.code, wechatPhone('13700000000'))).expect(201)).body).toMatchObject({ outcome: 'pending', membership: null });
    expect((await submit(t, await newMember(t), rosterForm(channel.code, { name: '冒认人' })).expect(201)).body).toMatchObject({ outcome: 'pending', membership: null });
    expect(((await members().findOneBy({ memberNumber })) as Member).userId).toBeNull();

    const worker = await newMember(t);
    const joined = (await submit(t, worker, rosterForm(channel.code)).expect(201)).body as JoinSubmitResponse;
    expect(joined).toMatchObject({ outcome: 'member', membership: { memberNumber, joinedOn: '2021-05-01' } });
    const card = (await t.http.get('/api/members/me/card').set(bearer(worker)).expect(200)).body as MemberCard;
    expect(card.memberNumber).toBe(memberNumber);
    expect(await members().countBy({ activeIdHash: ((await members().findOneBy({ memberNumber })) as Member).idHash })).toBe(1);

    const stranger = await newMember(t);
    expect((await submit(t, stranger, rosterForm(channel.code)).expect(201)).body).toMatchObject({ outcome: 'pending', membership: null });
  });
});
