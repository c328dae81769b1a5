import { randomUUID } from 'node:crypto';
import { type JoinSubmitResponse, maskIdNumber, maskPhone } from '@unionhub/shared';
import ExcelJS from 'exceljs';
import { PersonalDataCipher } from '../src/common/personal-data/personal-data-cipher';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { enroll, newPlan, submittedClaim } from './support/aid-factory';
import { JPEG_BASE64 } from './support/images';
import { bearer, chinaDay, joinForm, newChannel, newIdNumber, newMember, submit, wechatPhone } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

type Sheets = Record<string, string[][]>;

/** Every sheet of a workbook as rows of the text each cell shows. */
async function readWorkbook(bytes: Buffer): Promise<Sheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Sheets = {};
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))));
    sheets[sheet.name] = rows;
  }
  return sheets;
}

describe(`officer exports (${testDatabaseKind()})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const units = new Map<string, string>();
  const pgzPeople = [
    { name: '张建国', idNumber: newIdNumber('19850312'), phone: '13911110001' },
    { name: '李秀英', idNumber: newIdNumber('19900704'), phone: '13911110002' },
    { name: '王小明', idNumber: newIdNumber('19951120'), phone: '13911110003' },
  ];
  const wzPerson = { name: '赵丰台', idNumber: newIdNumber('19880808'), phone: '13922220001' };
  let claimant = { token: '', memberNumber: '' };

  const as = (who: string) => bearer(tokens[who]);
  const download = async (who: string, path: string, query: Record<string, string> = {}) => {
    const response = await t.http.get(`/api/exports/${path}`).query(query).set(as(who)).responseType('blob').expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('attachment');
    return readWorkbook(response.body as Buffer);
  };
  const audits = (action: string) => t.dataSource.getRepository(AuditEntry).findBy({ action });

  async function join(officer: string, unitCode: string, person: { name: string; idNumber: string; phone: string }): Promise<{ token: string; memberNumber: string }> {
    const channel = await newChannel(t, tokens[officer], units.get(unitCode) as string, { title: `${unitCode}沟通会` });
    const token = await newMember(t);
    const joined = (await submit(t, token, joinForm({ channelCode: channel.code, name: person.name, idNumber: person.idNumber, ...wechatPhone(person.phone) })).expect(201)).body as JoinSubmitResponse;
    return { token, memberNumber: joined.membership?.memberNumber as string };
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const unit of await t.dataSource.getRepository(OrgUnit).find()) units.set(unit.code, unit.id);
    for (const who of ['member', 'admin', 'officer:BJ-DX-PGZ', 'officer:BJ-FT-WZ', 'officer:BJ-DX', 'officer:BJ-DX-YH-SH']) tokens[who] = await t.login(who);
    for (const person of pgzPeople) {
      const joined = await join('officer:BJ-DX-PGZ', 'BJ-DX-PGZ', person);
      if (!claimant.token) claimant = joined;
    }
    await join('officer:BJ-FT-WZ', 'BJ-FT-WZ', wzPerson);
  });
  afterAll(() => t.close());

  describe('member roster', () => {
    it('exports the subtree with names, ID numbers and phones masked, and audits it', async () => {
      const { 会员花名册: rows } = await download('officer:BJ-DX-PGZ', 'roster');
      expect(rows[0]).toEqual(['会员编号', '姓名', '身份证号', '手机号', '职业', '工作单位', '所属工会', '入会日期']);
      expect(rows).toHaveLength(1 + pgzPeople.length);
      for (const person of pgzPeople) {
        const row = rows.find((r) => r[2] === maskIdNumber(person.idNumber));
        expect(row).toBeDefined();
        expect(row?.[1]).not.toBe(person.name);
        expect(row?.[1].startsWith(person.name[0])).toBe(true);
        expect(row?.[3]).toBe(maskPhone(person.phone));
        expect(row?.slice(4)).toEqual(['外卖配送员', '美团', '庞各庄镇总工会', chinaDay()]);
      }
      const text = JSON.stringify(rows);
      for (const person of [...pgzPeople, wzPerson]) {
        expect(text).not.toContain(person.idNumber);
        expect(text).not.toContain(person.phone);
      }
      expect(text).not.toContain(maskIdNumber(wzPerson.idNumber));
      const [entry] = await audits('export.roster');
      expect(entry).toMatchObject({ orgUnitId: units.get('BJ-DX-PGZ'), actorRole: 'officer' });
    });

    it('requires a stated reason for whole ID numbers and phones, and puts the reason in the audit entry', async () => {
      for (const reason of [undefined, '', '   核对  ', '核对']) {
        const query: Record<string, string> = { whole: 'true', ...(reason === undefined ? {} : { reason }) };
        const refused = await t.http.get('/api/exports/roster').query(query).set(as('officer:BJ-DX-PGZ')).expect(400);
        expect(refused.body).toMatchObject({ code: 'EXPORT_REASON_REQUIRED' });
      }
      expect(await audits('export.roster.whole')).toHaveLength(0);

      const reason = '区总工会年度会员实名制核对';
      const { 会员花名册: rows } = await download('officer:BJ-DX', 'roster', { whole: 'true', reason });
      for (const person of pgzPeople) expect(rows.some((r) => r[1] === person.name && r[2] === person.idNumber && r[3] === person.phone)).toBe(true);
      expect(rows.some((r) => r[2] === wzPerson.idNumber)).toBe(false);
      const entries = await audits('export.roster.whole');
      expect(entries).toHaveLength(1);
      expect(entries[0].orgUnitId).toBe(units.get('BJ-DX'));
      expect(JSON.parse(entries[0].detail ?? '{}')).toEqual({ whole: true, reason });
    });

    it('refuses whole numbers to a grassroots union, which still gets its own masked roster', async () => {
      const refused = await t.http.get('/api/exports/roster').query({ whole: 'true', reason: '企业工会年度会员核对' }).set(as('officer:BJ-DX-YH-SH')).expect(403);
      expect(refused.body).toMatchObject({ code: 'EXPORT_WHOLE_NOT_ALLOWED' });
      const { 会员花名册: rows } = await download('officer:BJ-DX-YH-SH', 'roster');
      expect(rows).toHaveLength(1);
    });

    it("gives another town's officer nothing of this town, and refuses this town's unit to him", async () => {
      const { 会员花名册: rows } = await download('officer:BJ-FT-WZ', 'roster', { whole: 'true', reason: '王佐镇会员实名制核对' });
      expect(rows).toHaveLength(2);
      expect(rows[1].slice(1, 4)).toEqual([wzPerson.name, wzPerson.idNumber, wzPerson.phone]);
      const refused = await t.http.get('/api/exports/roster').query({ unitId: units.get('BJ-DX-PGZ') }).set(as('officer:BJ-FT-WZ')).expect(403);
      expect(JSON.stringify(refused.body)).not.toContain(pgzPeople[0].idNumber);
    });

    it('reads a roster larger than one page in keyset pages, every member once', async () => {
      const cipher = t.app.get(PersonalDataCipher);
      const yh = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'BJ-DX-YH' });
      const rows = Array.from({ length: 2_345 }, (_, i) => {
        const idNumber = newIdNumber('19800101');
        const idHash = cipher.hash('id-number', `${idNumber}-${i}`);
        return {
          id: randomUUID(),
          userId: randomUUID(),
          orgUnitId: yh.id,
          unitPath: yh.path,
          memberNumber: `BJ-DX-YH-PAGE-${String(i).padStart(6, '0')}`,
          name: '分页测试',
          idNumberEnc: cipher.encrypt('id-number', idNumber),
          idHash,
          phoneEnc: cipher.encrypt('phone', '13700000000'),
          phoneHash: cipher.hash('phone', '13700000000'),
          status: 'active' as const,
          activeIdHash: idHash,
          activeUserId: null,
          applicationId: randomUUID(),
          joinedOn: '2026-01-01',
        };
      });
      for (let i = 0; i < rows.length; i += 500) {
        await t.dataSource.createQueryBuilder().insert().into(Member).values(rows.slice(i, i + 500)).updateEntity(false).execute();
      }
      tokens['officer:BJ-DX-YH'] = await t.login('officer:BJ-DX-YH');
      const { 会员花名册: exported } = await download('officer:BJ-DX-YH', 'roster');
      const numbers = exported.slice(1).map((row) => row[0]).filter((n) => n.startsWith('BJ-DX-YH-PAGE-'));
      expect(numbers).toHaveLength(rows.length);
      expect(new Set(numbers).size).toBe(rows.length);
    });
  });

  it('exports the claims ledger in yuan with the member masked, only for the subtree', async () => {
    const plan = await newPlan(t, tokens.admin, { name: '门诊住院二次报销（导出）' });
    const enrollment = await enroll(t, tokens['officer:BJ-DX-PGZ'], plan.id, claimant.memberNumber);
    const claim = await submittedClaim(t, claimant.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 1_234_56, payeeName: pgzPeople[0].name });

    const { 理赔台账: rows } = await download('officer:BJ-DX-PGZ', 'claims');
    expect(rows[0]).toEqual(['理赔编号', '会员编号', '会员姓名', '保障项目', '所属工会', '就诊/出险日期', '提交日期', '申报金额（元）', '核定金额（元）', '已赔付（元）', '状态', '打款批次']);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 5)).toEqual([claim.id, claimant.memberNumber, expect.not.stringContaining('建国'), '门诊住院二次报销（导出）', '庞各庄镇总工会']);
    expect(rows[1][7]).toBe('1234.56');
    expect(rows[1][9]).toBe('0');
    expect(await audits('export.claims')).toHaveLength(1);

    const { 理赔台账: others } = await download('officer:BJ-FT-WZ', 'claims');
    expect(others).toHaveLength(1);
  });

  it('exports join statistics by day, channel, unit and occupation for a date range', async () => {
    const today = chinaDay();
    const sheets = await download('officer:BJ-DX-PGZ', 'join-stats', { from: chinaDay(-7), to: today });
    expect(Object.keys(sheets)).toEqual(['按日期', '按渠道', '按工会', '按职业']);
    expect(sheets['按日期'].slice(1)).toEqual([[today, String(pgzPeople.length)]]);
    expect(sheets['按工会'].slice(1)).toEqual([['庞各庄镇总工会', String(pgzPeople.length)]]);
    expect(sheets['按职业'].slice(1)).toEqual([['外卖配送员', String(pgzPeople.length)]]);
    const channels = sheets['按渠道'].slice(1);
    expect(channels).toHaveLength(pgzPeople.length);
    expect(channels.every((row) => row[0] === 'BJ-DX-PGZ沟通会' && row[3] === '1' && row[4] === '1')).toBe(true);

    const { 按日期: earlier } = await download('officer:BJ-DX-PGZ', 'join-stats', { from: chinaDay(-30), to: chinaDay(-8) });
    expect(earlier).toHaveLength(1);
    for (const [from, to] of [[today, chinaDay(-1)], ['2025-01-01', '2026-12-31'], ['2026-13-01', today]]) {
      await t.http.get('/api/exports/join-stats').query({ from, to }).set(as('officer:BJ-DX-PGZ')).expect(400);
    }
  });

  it('exports the stations of the subtree', async () => {
    const { 驿站: rows } = await download('officer:BJ-DX-PGZ', 'stations');
    expect(rows[0].slice(0, 3)).toEqual(['系统编号', '外部编号', '站点名称']);
    expect(await audits('station.export')).toHaveLength(1);
  });

  it('answers 429 to an officer past ten exports of one kind in a minute', async () => {
    const token = await t.login('officer:BJ-DX-TGY');
    for (let i = 0; i < 10; i++) await t.http.get('/api/exports/claims').set(bearer(token)).expect(200);
    const refused = await t.http.get('/api/exports/claims').set(bearer(token)).expect(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('refuses every export to a member and to a caller without a token', async () => {
    for (const path of ['roster', 'claims', 'join-stats?from=2026-11-01&to=2026-11-02', 'stations']) {
      await t.http.get(`/api/exports/${path}`).set(as('member')).expect(403);
      await t.http.get(`/api/exports/${path}`).expect(401);
    }
  });
});
