import type { ClaimDetail, JoinSubmitResponse, StationImportPreview } from '@unionhub/shared';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { AidPlan } from '../src/modules/aid/plans/aid-plan.entity';
import { Claim } from '../src/modules/aid/claims/claim.entity';
import { JoinApplication } from '../src/modules/join/applications/join-application.entity';
import { JoinChannel } from '../src/modules/join/channels/join-channel.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { Station } from '../src/modules/stations/station.entity';
import { enroll, newPlan, submittedClaim } from './support/aid-factory';
import { JPEG_BASE64 } from './support/images';
import { bearer, joinForm, newChannel, newMember, submit, unitIds } from './support/join-factory';
import { insertStations, newStation } from './support/station-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

/** OWASP's CSV-injection payloads, one per text field an officer's file carries. */
const PAYLOADS = {
  memberName: '=HYPERLINK("//x.cn/0764","王")',
  payee: '=HYPERLINK("//x.cn/0764","王")',
  unitName: '@SUM(1)',
  channelTitle: '-2+3',
  planName: "=cmd|' /C calc'!A0",
  employer: '+1+1',
  stationName: '+1+1',
  stationAddress: '\t=1',
  stationNote: '\r=1',
  stationPhone: '-2+3',
};
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DANGEROUS_START = /^[=+\-@\t\r]/;

interface Cell {
  sheet: string;
  text: string;
  formula: boolean;
  numeric: boolean;
}

/** Every cell of every sheet, with whether the file stores it as a formula. */
async function xlsxCells(bytes: Buffer): Promise<Cell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: Cell[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push({ sheet: sheet.name, text: String(cell.value ?? ''), formula: cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined, numeric: cell.type === ExcelJS.ValueType.Number });
      }),
    );
  }
  return cells;
}

/** The cells of a CSV as Excel reads it: quoted cells may hold commas, quotes and line breaks. */
function csvCells(bytes: Buffer): Cell[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const cells: Cell[] = [];
  let cell = '';
  let quoted = false;
  const push = () => {
    cells.push({ sheet: 'csv', text: cell, formula: false, numeric: false });
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') cell += text[++i];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') push();
    else if (ch === '\r' && text[i + 1] === '\n') {
      push();
      i++;
    } else cell += ch;
  }
  push();
  return cells;
}

/** Cells a spreadsheet would run: stored formulas, and text that starts like one. */
const live = (cells: Cell[]): Cell[] => cells.filter((cell) => cell.formula || (!cell.numeric && DANGEROUS_START.test(cell.text)));

const binary = (res: { on: (e: string, f: (c: Buffer) => void) => void }, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe(`no live formula in any file an officer opens (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let officer: string;
  let unitId: string;
  let token: string;
  let enrollmentId: string;

  /** Claims for the payment files, filed while the member still has his own name (the payee must be him). */
  const forPayment: ClaimDetail[] = [];

  const fileClaim = () => submittedClaim(t, token, enrollmentId, JPEG_BASE64, { eligibleExpenses: 3_000_00 });
  async function approvedClaim(filed?: ClaimDetail): Promise<ClaimDetail> {
    const claim = filed ?? (await fileClaim());
    const started = (await t.http.post(`/api/aid/claims/${claim.id}/start-review`).set(bearer(officer)).send({ version: claim.version }).expect(200)).body as ClaimDetail;
    return (await t.http.post(`/api/aid/claims/${claim.id}/approve`).set(bearer(officer)).send({ version: started.version, amount: 500_00 }).expect(200)).body as ClaimDetail;
  }

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_SCALE: '100' });
    const units = await unitIds(t);
    unitId = units.get('BJ-DX-PGZ') as string;
    officer = await t.login('officer:BJ-DX-PGZ');
    const channel = await newChannel(t, officer, unitId, { title: '沟通会' });
    token = await newMember(t);
    const joined = (await submit(t, token, joinForm({ channelCode: channel.code })).expect(201)).body as JoinSubmitResponse;
    const memberNumber = joined.membership?.memberNumber as string;
    const plan = await newPlan(t, await t.login('admin'), { capPerYear: 100_000_00 });
    enrollmentId = (await enroll(t, officer, plan.id, memberNumber)).id;
    const claim = await approvedClaim();
    forPayment.push(await fileClaim(), await fileClaim());
    const [stationId] = await insertStations(t.dataSource, [newStation(unitId, { name: '驿站' })]);

    // Text that arrived from anywhere (a form, an import, the sync API): written as it would be stored.
    const db = t.dataSource;
    await db.getRepository(Member).update({ memberNumber }, { name: PAYLOADS.memberName });
    await db.getRepository(JoinApplication).update({ id: joined.application?.id }, { employer: PAYLOADS.employer });
    await db.getRepository(OrgUnit).update({ id: unitId }, { name: PAYLOADS.unitName });
    await db.getRepository(JoinChannel).update({ id: channel.id }, { title: PAYLOADS.channelTitle });
    await db.getRepository(AidPlan).update({ id: plan.id }, { name: PAYLOADS.planName });
    await db.getRepository(Claim).update({ id: claim.id }, { payeeName: PAYLOADS.payee });
    await db.getRepository(Station).update({ id: stationId }, { name: PAYLOADS.stationName, address: PAYLOADS.stationAddress, accessNote: PAYLOADS.stationNote, phone: PAYLOADS.stationPhone });
  });
  afterAll(() => t.close());

  const download = (path: string, query: Record<string, string> = {}) => t.http.get(path).query(query).set(bearer(officer)).buffer(true).parse(binary).expect(200);
  const expectSafe = (answer: Response, cells: Cell[], planted: string[]) => {
    expect(answer.headers).toMatchObject({ 'cache-control': 'no-store', 'content-disposition': expect.stringMatching(/^attachment;/), 'content-security-policy': "sandbox; default-src 'none'", 'x-content-type-options': 'nosniff' });
    expect(live(cells)).toEqual([]);
    // Kept as text, one quote in front: nothing of what the person typed is lost (XML reads a CR as a line feed).
    for (const payload of planted) expect(cells.map((cell) => cell.text)).toContainEqual(expect.stringMatching(new RegExp(`^'${escape(payload).replace('\r', '[\r\n]')}`)));
  };

  it.each<[string, string, Record<string, string>, string[]]>([
    ['the member roster', '/api/exports/roster', {}, [PAYLOADS.employer, PAYLOADS.unitName, '=*']],
    ['the member roster with whole numbers for a stated reason', '/api/exports/roster', { whole: 'true', reason: '核对会员实名制系统数据' }, [PAYLOADS.memberName, PAYLOADS.employer, PAYLOADS.unitName]],
    ['the claims ledger', '/api/exports/claims', {}, [PAYLOADS.planName, PAYLOADS.unitName, '=*']],
    ['the join statistics', '/api/exports/join-stats', { from: '2026-01-01', to: '2026-12-31' }, [PAYLOADS.channelTitle, PAYLOADS.unitName]],
    ['the station list', '/api/exports/stations', {}, [PAYLOADS.stationName, PAYLOADS.stationAddress, PAYLOADS.stationNote, PAYLOADS.stationPhone]],
    ['the station export for re-import', '/api/stations/export', {}, [PAYLOADS.stationName, PAYLOADS.stationAddress, PAYLOADS.stationNote, PAYLOADS.stationPhone]],
  ])('writes %s with every payload as inert text', async (_, path, query, planted) => {
    const answer = await download(path, query);
    const cells = await xlsxCells(answer.body as Buffer);
    expect(cells.length).toBeGreaterThan(10);
    expectSafe(answer, cells, planted);
    // Amounts, counts and coordinates stay numbers.
    if (path !== '/api/exports/roster') expect(cells.some((cell) => cell.numeric)).toBe(true);
  });

  it('writes the bank payment file, CSV and XLSX, with the payee as inert text beside the whole account number', async () => {
    for (const [i, format] of ['csv', 'xlsx'].entries()) {
      const approved = await approvedClaim(forPayment[i]);
      await t.dataSource.getRepository(Claim).update({ id: approved.id }, { payeeName: PAYLOADS.payee });
      const answer = await t.http.post('/api/aid/payout-batches').set(bearer(officer)).send({ format }).buffer(true).parse(binary).expect(200);
      const cells = format === 'csv' ? csvCells(answer.body as Buffer) : await xlsxCells(answer.body as Buffer);
      expectSafe(answer, cells, [PAYLOADS.payee]);
      expect(cells.map((cell) => cell.text)).toEqual(expect.arrayContaining([approved.id, '6222020200112233445']));
    }
  });

  it('takes the quote off again when an exported station file comes back: the export re-imports unchanged', async () => {
    const [id] = await insertStations(t.dataSource, [newStation(unitId, { name: '-东门驿站' })]);
    await t.dataSource.getRepository(Station).update({ id }, { name: '=驿站(东门)', accessNote: '@门卫室' });
    const exported = await download('/api/stations/export');
    expect((await xlsxCells(exported.body as Buffer)).map((cell) => cell.text)).toEqual(expect.arrayContaining(["'=驿站(东门)", "'@门卫室"]));
    const body = { fileName: 'stations.xlsx', file: (exported.body as Buffer).toString('base64'), coordSystem: 'gcj02' };
    const preview = (await t.http.post('/api/stations/import/preview').set(bearer(officer)).send(body).expect(200)).body as StationImportPreview;
    expect(preview.counts).toMatchObject({ create: 0, update: 0 });
    expect(preview.counts.unchanged).toBeGreaterThan(1);
  });
});
