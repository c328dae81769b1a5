import { type AidEnrollment, type AidPlan, type ChangesPage, ChangeType, chinaDate, type EnrollmentImportResult, type JoinSubmitResponse, SyncPermission } from '@unionhub/shared';
import ExcelJS from 'exceljs';
import { AidEnrollment as EnrollmentRow } from '../src/modules/aid/enrollments/aid-enrollment.entity';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { AidPlan as AidPlanRow } from '../src/modules/aid/plans/aid-plan.entity';
import { newJoinedMember, newPlan, planInput } from './support/aid-factory';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds } from './support/join-factory';
import { newClient } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';

const csv = (lines: string[][]): string => Buffer.from(`\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}`, 'utf8').toString('base64');
const HEADER = ['会员编号', '身份证号', '方案代码', '起始日期', '截止日期'];

async function xlsx(lines: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  for (const line of lines) sheet.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('mutual-aid enrollments: on joining, by import, by sync client', () => {
  let t: TestApp;
  let admin: string;
  const officers: Record<string, string> = {};
  let units: Map<string, string>;
  let plan: AidPlan;
  const today = chinaDate(new Date());

  const importFile = (token: string, file: string, fileName = '保障名单.csv') => t.http.post('/api/aid/enrollments/import').set(bearer(token)).send({ fileName, file });

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    admin = await t.login('admin');
    for (const code of ['BJ-DX-YH', 'BJ-FT-WZ']) officers[code] = await t.login(`officer:${code}`);
    plan = await newPlan(t, admin, { coverageFrom: '2026-01-01', coverageUntil: '2026-12-31' });
  });
  afterAll(() => t.close());

  describe('automatic enrollment on joining', () => {
    it('enrolls a rider who joins through an auto-approving code in XJY-2026 from today', async () => {
      const xjy = ((await t.http.get('/api/aid/plans').set(bearer(admin)).expect(200)).body as AidPlan[]).find((p) => p.code === 'XJY-2026') as AidPlan;
      expect(xjy).toMatchObject({ autoEnrollOnJoin: true, autoEnrollOccupations: expect.arrayContaining(['delivery-rider', 'courier']) });
      const rider = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      const mine = (await t.http.get('/api/me/aid/enrollments').set(bearer(rider.token)).expect(200)).body as AidEnrollment[];
      expect(mine).toEqual([expect.objectContaining({ plan: expect.objectContaining({ code: 'XJY-2026' }), validFrom: today, validUntil: '2026-12-31' })]);
    });

    it('leaves out joiners of other occupations, and enrolls through an officer approval too', async () => {
      const guard = await newMember(t);
      const channel = await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      await submit(t, guard, joinForm({ channelCode: channel.code, occupation: 'security-guard' })).expect(201);
      expect((await t.http.get('/api/me/aid/enrollments').set(bearer(guard)).expect(200)).body).toEqual([]);

      const courier = await newMember(t);
      const review = await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string, { reviewMode: 'review' });
      const applied = (await submit(t, courier, joinForm({ channelCode: review.code, occupation: 'courier' })).expect(201)).body as JoinSubmitResponse;
      expect((await t.http.get('/api/me/aid/enrollments').set(bearer(courier)).expect(200)).body).toEqual([]);
      await t.http.post(`/api/join/applications/${applied.application?.id}/approve`).set(bearer(officers['BJ-DX-YH'])).expect(200);
      const mine = (await t.http.get('/api/me/aid/enrollments').set(bearer(courier)).expect(200)).body as AidEnrollment[];
      expect(mine.map((e) => [e.plan.code, e.validFrom])).toEqual([['XJY-2026', today]]);
    });

    it('lets an admin make any plan enroll joiners, of every occupation when none are listed, and refuses an unknown occupation', async () => {
      const bad = await t.http.post('/api/aid/plans').set(bearer(admin)).send(planInput({ autoEnrollOnJoin: true, autoEnrollOccupations: ['astronaut'] })).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      const everyone = await newPlan(t, admin, { autoEnrollOnJoin: true, coverageFrom: '2026-01-01', coverageUntil: '2026-12-31' });
      expect(everyone).toMatchObject({ autoEnrollOnJoin: true, autoEnrollOccupations: null });
      const expired = await newPlan(t, admin, { autoEnrollOnJoin: true, coverageFrom: '2025-01-01', coverageUntil: '2025-12-31' });
      const guard = await newMember(t);
      const channel = await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      await submit(t, guard, joinForm({ channelCode: channel.code, occupation: 'security-guard' })).expect(201);
      const mine = (await t.http.get('/api/me/aid/enrollments').set(bearer(guard)).expect(200)).body as AidEnrollment[];
      expect(mine.map((e) => e.plan.code)).toEqual([everyone.code]);
      expect(mine.map((e) => e.plan.code)).not.toContain(expired.code);
      // Later tests in this file would otherwise enroll every joiner in it too.
      await t.dataSource.getRepository(AidPlanRow).update({ id: everyone.id }, { autoEnrollOnJoin: false });
    });
  });

  describe('import by officers', () => {
    let a: { token: string; memberNumber: string };
    let b: { token: string; memberNumber: string; idNumber: string };
    let foreign: { token: string; memberNumber: string };

    beforeAll(async () => {
      a = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      const idNumber = newIdNumber('19880808');
      const token = await newMember(t);
      const channel = await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      const joined = (await submit(t, token, joinForm({ channelCode: channel.code, idNumber, occupation: 'mall-staff' })).expect(201)).body as JoinSubmitResponse;
      b = { token, memberNumber: joined.membership?.memberNumber as string, idNumber };
      foreign = await newJoinedMember(t, officers['BJ-FT-WZ'], units.get('BJ-FT-WZ') as string);
    });

    it('writes nothing when one row is wrong, and reports each problem by row, column and reason', async () => {
      const before = await t.dataSource.getRepository(EnrollmentRow).count();
      const file = csv([
        HEADER,
        [a.memberNumber, '', plan.code, '2026-01-01', '2026-12-31'],
        ['', b.idNumber, 'NO-SUCH-PLAN', '2026-01-01', '2026-12-31'],
        [foreign.memberNumber, '', plan.code, '2026-01-01', '2026-12-31'],
        ['', '110115199001011234', plan.code, '2026-01-01', '2026-12-31'],
        [a.memberNumber, '', plan.code, '2026-13-01', '2026-12-31'],
        [a.memberNumber, '', plan.code, '2026-02-01', '2027-06-30'],
        ['', '', plan.code, '2026-01-01', '2026-12-31'],
        [a.memberNumber, '', plan.code, '2026/1/1', '2026-12-31'],
      ]);
      const result = (await importFile(officers['BJ-DX-YH'], file).expect(200)).body as EnrollmentImportResult;
      expect(result).toMatchObject({ applied: false, created: 0, totalRows: 8 });
      expect(result.errors).toEqual([
        { row: 3, column: '方案代码', reason: expect.stringContaining('NO-SUCH-PLAN') },
        { row: 4, column: '会员编号', reason: expect.stringContaining('不在您管辖') },
        { row: 5, column: '身份证号', reason: expect.stringContaining('身份证号码') },
        { row: 6, column: '起始日期', reason: expect.stringContaining('YYYY-MM-DD') },
        { row: 7, column: '截止日期', reason: expect.stringContaining('2026-12-31') },
        { row: 8, column: '会员编号', reason: '请填写会员编号或身份证号' },
        { row: 9, column: '会员编号', reason: expect.stringContaining('与第2行重复') },
      ]);
      expect(result.errorCount).toBe(7);
      expect(await t.dataSource.getRepository(EnrollmentRow).count()).toBe(before);
    });

    it('imports a CSV by member number or ID number, audits it, and changes nothing on a second import', async () => {
      const file = csv([HEADER, [a.memberNumber, '', plan.code, '2026-01-01', '2026-12-31'], ['', b.idNumber, plan.code, '2026-03-01', '2026-12-31']]);
      const first = (await importFile(officers['BJ-DX-YH'], file).expect(200)).body as EnrollmentImportResult;
      expect(first).toEqual({ applied: true, totalRows: 2, created: 2, updated: 0, unchanged: 0, errors: [], errorCount: 0 });
      const again = (await importFile(officers['BJ-DX-YH'], file).expect(200)).body as EnrollmentImportResult;
      expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
      const mine = (await t.http.get('/api/me/aid/enrollments').set(bearer(b.token)).expect(200)).body as AidEnrollment[];
      expect(mine).toEqual([expect.objectContaining({ validFrom: '2026-03-01', validUntil: '2026-12-31', plan: expect.objectContaining({ code: plan.code }) })]);
      const audits = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'aid.enrollment.create' });
      expect(audits.filter((e) => e.detail?.includes('保障名单.csv'))).toHaveLength(2);
      expect(audits.every((e) => !e.detail?.includes(b.idNumber))).toBe(true);
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'aid.enrollment.import' })).toBe(2);
    });

    it('reads XLSX with a title row above the header, and brings a changed end date in line', async () => {
      const file = await xlsx([['2026年互助保障名单'], ['会员编号', '方案代码', '起始日期', '截止日期'], [a.memberNumber, plan.code, '2026-01-01', '2026-06-30']]);
      const result = (await importFile(officers['BJ-DX-YH'], file, '名单.xlsx').expect(200)).body as EnrollmentImportResult;
      expect(result).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 0 });
      const mine = (await t.http.get('/api/me/aid/enrollments').set(bearer(a.token)).expect(200)).body as AidEnrollment[];
      expect(mine.find((e) => e.plan.code === plan.code)?.validUntil).toBe('2026-06-30');
    });

    it('gives one result to two imports of a new file at once', async () => {
      const c = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      const file = csv([HEADER, [c.memberNumber, '', plan.code, '2026-05-01', '2026-12-31']]);
      const results = await Promise.all([importFile(officers['BJ-DX-YH'], file), importFile(officers['BJ-DX-YH'], file)]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(results.map((r) => (r.body as EnrollmentImportResult).created).sort()).toEqual([0, 1]);
      const member = (await t.http.get('/api/me/aid/enrollments').set(bearer(c.token)).expect(200)).body as AidEnrollment[];
      expect(member.filter((e) => e.plan.code === plan.code)).toHaveLength(1);
    });

    it('refuses a file without the header, an unreadable file, and callers who are not officers', async () => {
      expect((await importFile(officers['BJ-DX-YH'], csv([['姓名', '电话'], ['王小明', '13800000000']])).expect(400)).body.code).toBe('AID_ENROLLMENT_IMPORT_NO_HEADER');
      expect((await importFile(officers['BJ-DX-YH'], Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1]).toString('base64')).expect(400)).body.code).toBe('AID_ENROLLMENT_IMPORT_UNREADABLE');
      expect((await importFile(officers['BJ-DX-YH'], Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).toString('base64')).expect(400)).body.code).toBe('AID_ENROLLMENT_IMPORT_UNREADABLE');
      const header = csv([HEADER]);
      expect(((await importFile(officers['BJ-DX-YH'], header).expect(200)).body as EnrollmentImportResult).errors[0].reason).toContain('没有数据行');
      await importFile(a.token, csv([HEADER, [a.memberNumber, '', plan.code, '2026-01-01', '2026-12-31']])).expect(403);
      await t.http.post('/api/aid/enrollments/import').send({ fileName: 'x.csv', file: header }).expect(401);
      expect((await t.http.post('/api/aid/enrollments/import').set(bearer(officers['BJ-DX-YH'])).send({ fileName: 'x.csv', file: header, extra: 1 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('removal by officers', () => {
    it('deletes an enrollment made by mistake, feeds and audits it, and keeps one that carries claims', async () => {
      const reader = await newClient(t, admin, units.get('BJ-DX') as string, [SyncPermission.ReadClaims]);
      const rider = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      const made = (await t.http.post('/api/aid/enrollments').set(bearer(officers['BJ-DX-YH'])).send({ planId: plan.id, memberNumber: rider.memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31' }).expect(201)).body as AidEnrollment;
      await t.http.delete(`/api/aid/enrollments/${made.id}`).set(bearer(officers['BJ-FT-WZ'])).expect(403);
      await t.http.delete(`/api/aid/enrollments/${made.id}`).set(bearer(rider.token)).expect(403);
      await t.http.delete(`/api/aid/enrollments/${made.id}`).set(bearer(officers['BJ-DX-YH'])).expect(204);
      expect((await t.http.delete(`/api/aid/enrollments/${made.id}`).set(bearer(officers['BJ-DX-YH'])).expect(404)).body.code).toBe('AID_ENROLLMENT_NOT_FOUND');
      const mine = (await t.http.get('/api/me/aid/enrollments').set(bearer(rider.token)).expect(200)).body as AidEnrollment[];
      expect(mine.map((e) => e.id)).not.toContain(made.id);
      const feed = (await t.http.get('/api/sync/changes').set(bearer(reader.token)).query({ types: ChangeType.Enrollment, limit: 500 }).expect(200)).body as ChangesPage;
      expect(feed.changes.filter((c) => c.subjectId === made.id).map((c) => c.action)).toEqual(['created', 'deleted']);
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'aid.enrollment.delete', targetId: made.id })).toBe(1);

      const xjy = mine.find((e) => e.plan.code === 'XJY-2026') as AidEnrollment;
      await t.http
        .post('/api/me/claims')
        .set(bearer(rider.token))
        .set('Idempotency-Key', `del-${xjy.id}`)
        .send({ enrollmentId: xjy.id, eventDate: today, hospital: '北京大学第一医院', invoiceNumbers: [`DEL${Date.now()}`], totalExpenses: 100_00, eligibleExpenses: 100_00, payeeName: '王小明', bankAccount: '6222020200112233445' })
        .expect(201);
      expect((await t.http.delete(`/api/aid/enrollments/${xjy.id}`).set(bearer(officers['BJ-DX-YH'])).expect(409)).body.code).toBe('AID_ENROLLMENT_HAS_CLAIMS');
    });
  });

  describe('sync clients', () => {
    it('lets a client with enrollments:write enroll a member of its subtree by number or ID number, once', async () => {
      const { token } = await newClient(t, admin, units.get('BJ-DX') as string, [SyncPermission.WriteEnrollments, SyncPermission.ReadClaims]);
      const idNumber = newIdNumber('19920202');
      const rider = await newMember(t);
      const channel = await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      const joined = (await submit(t, rider, joinForm({ channelCode: channel.code, idNumber, occupation: 'other' })).expect(201)).body as JoinSubmitResponse;
      const body = { memberNumber: joined.membership?.memberNumber, planCode: plan.code, validFrom: '2026-04-01', validUntil: '2026-12-31' };

      const first = await t.http.post('/api/sync/enrollments').set(bearer(token)).send(body).expect(200);
      expect(first.body).toMatchObject({ created: true, enrollment: { validFrom: '2026-04-01', plan: { code: plan.code } } });
      const retry = await t.http.post('/api/sync/enrollments').set(bearer(token)).send(body).expect(200);
      expect(retry.body).toMatchObject({ created: false, enrollment: { id: first.body.enrollment.id } });
      const byId = await t.http.post('/api/sync/enrollments').set(bearer(token)).send({ idNumber, planCode: plan.code, validFrom: '2026-04-01', validUntil: '2026-12-31' }).expect(200);
      expect(byId.body).toMatchObject({ created: false, enrollment: { id: first.body.enrollment.id } });
      expect(JSON.stringify(byId.body)).not.toContain(idNumber);

      const feed = (await t.http.get('/api/sync/changes').set(bearer(token)).query({ types: ChangeType.Enrollment, limit: 500 }).expect(200)).body as ChangesPage;
      expect(feed.changes.filter((c) => c.subjectId === first.body.enrollment.id)).toEqual([
        expect.objectContaining({ action: 'created', data: expect.objectContaining({ planCode: plan.code, source: 'sync', validFrom: '2026-04-01' }) }),
      ]);
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'aid.enrollment.create', actorRole: 'api-client', targetId: first.body.enrollment.id })).toBe(1);
    });

    it('refuses a client without the permission, members outside its subtree, and bad input', async () => {
      const reader = await newClient(t, admin, units.get('BJ-DX') as string, [SyncPermission.ReadMembers]);
      const writer = await newClient(t, admin, units.get('BJ-DX') as string, [SyncPermission.WriteEnrollments]);
      const foreign = await newJoinedMember(t, officers['BJ-FT-WZ'], units.get('BJ-FT-WZ') as string);
      const body = { memberNumber: foreign.memberNumber, planCode: plan.code, validFrom: '2026-01-01', validUntil: '2026-12-31' };
      await t.http.post('/api/sync/enrollments').set(bearer(reader.token)).send(body).expect(403);
      await t.http.post('/api/sync/enrollments').set(bearer(officers['BJ-DX-YH'])).send(body).expect(401);
      expect((await t.http.post('/api/sync/enrollments').set(bearer(writer.token)).send(body).expect(400)).body.code).toBe('AID_NOT_A_MEMBER');
      expect((await t.http.post('/api/sync/enrollments').set(bearer(writer.token)).send({ ...body, planCode: 'NO-SUCH' }).expect(404)).body.code).toBe('AID_PLAN_NOT_FOUND');
      expect((await t.http.post('/api/sync/enrollments').set(bearer(writer.token)).send({ ...body, validUntil: '2027-12-31' }).expect(400)).body.code).toBe('AID_PERIOD_OUTSIDE_PLAN');
      expect((await t.http.post('/api/sync/enrollments').set(bearer(writer.token)).send({ planCode: plan.code, validFrom: '2026-01-01', validUntil: '2026-12-31' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });
});
