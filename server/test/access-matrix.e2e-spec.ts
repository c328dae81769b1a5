import type { ClaimDetail, MemberCard, NotificationList } from '@unionhub/shared';
import { getMetadataStorage } from 'class-validator';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { XLSX_TYPE as XLSX } from '../src/common/spreadsheet/xlsx-stream';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { ClaimDocument } from '../src/modules/aid/claims/claim-document.entity';
import { Claim } from '../src/modules/aid/claims/claim.entity';
import { breach, call, pathOf, verdict } from './support/access-matrix';
import { OWNERSHIP, PROTECTED_FIELDS, sampleBodies } from './support/access-tables';
import { type AccessWorld, buildAccessWorld, CALLERS, type Caller } from './support/access-world';
import { type AppRoute, routesOf } from './support/app-routes';
import { JPEG_BASE64, PNG_BASE64, pngTextChunk } from './support/images';
import { bearer } from './support/join-factory';
import { fileText, leaksIn } from './support/response-leaks';
import { createTestApp, type TestApp } from './support/test-app';

const OFFICERS: Caller[] = ['townOfficer', 'otherTownOfficer', 'districtOfficer', 'admin'];
/**
 * Answers that carry whole numbers by design, to an officer only: which numbers and why. Everything
 * else, JSON or file, is scanned for every kind, and these for every other kind. (The roster export
 * carries whole ID and phone numbers only with `whole=true` and a stated reason, audited; the matrix
 * asks for it without, so it is scanned like the rest.)
 */
const WHOLE_NUMBERS_BY_DESIGN: Record<string, { carries: 'id-numbers' | 'bank-accounts'; why: string }> = {
  'POST /api/join/applications/:id/reveal-id': { carries: 'id-numbers', why: "shows an officer one applicant's whole ID number, audited each time" },
  'POST /api/aid/payout-batches': { carries: 'bank-accounts', why: 'the bank payment file: the bank pays to the whole account number; an audited export' },
};

/** File answers that carry no personal data at all, so may be cached: the unit's join QR codes. */
const PUBLIC_FILES = ['GET /api/join/channels/:id/qrcode.png', 'GET /api/join/channels/:id/wxacode.png'];

interface Seen {
  route: AppRoute;
  caller: Caller;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** An answer that is a file: bytes of a type other than JSON (a 204 has no bytes). */
const isFile = ({ body, status }: Seen): boolean => Buffer.isBuffer(body) && body.length > 0 && status < 300;

/** What an answer shows its receiver: a JSON body as it is, a file as its text (cells, decoded CSV, text in images). */
const shown = async ({ body, headers }: Pick<Seen, 'body' | 'headers'>): Promise<unknown> => (Buffer.isBuffer(body) ? fileText(headers['content-type'] ?? '', body) : body);

/**
 * Every row of every table, except the guard's record of client calls (an access log, not data).
 * Whole rows rather than counts: a mass-assignment hole is usually an update, not an insert.
 */
async function snapshot(t: TestApp): Promise<Map<string, string>> {
  const tables = new Map<string, string>();
  for (const entity of t.dataSource.entityMetadatas) {
    const rows = await t.dataSource.getRepository(entity.target).find();
    const kept = entity.target === AuditEntry ? (rows as AuditEntry[]).filter((row) => row.action !== 'sync.call') : rows;
    tables.set(entity.tableName, JSON.stringify(kept));
  }
  return tables;
}

/** The properties a body class declares (and so takes as input). */
const inputsOf = (type: new () => object): Set<string> => new Set(getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).map((m) => m.propertyName));

const isWrite = (route: AppRoute) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method);

describe('access matrix: every route × every kind of caller', () => {
  let t: TestApp;
  let w: AccessWorld;
  let routes: AppRoute[];
  let samples: Record<string, Record<string, unknown>>;
  const seen: Seen[] = [];
  /** Routes the tables cover; the first test names the others, so the matrix still runs the rest. */
  const covered = () => routes.filter((r) => (r.params.length === 0 || OWNERSHIP[r.route]) && (!r.body || samples[r.route]) && (!r.query || !inputsOf(r.query).has('unitId') || OWNERSHIP[r.route]?.query));

  beforeAll(async () => {
    // The webhook loop stays off (its deliveries would be writes the mass-assignment check did not
    // cause); the fixtures' hook points at a closed loopback port.
    t = await createTestApp({ RATE_LIMIT_SCALE: '100', WEBHOOK_POLL_MS: '0', WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_TARGETS: '127.0.0.1' });
    w = await buildAccessWorld(t);
    routes = routesOf(t).sort((a, b) => a.route.localeCompare(b.route));
    samples = sampleBodies(w);
  }, 120_000);
  afterAll(() => t.close());

  it('knows the object behind every path parameter and a valid body for every write', () => {
    const problems = [
      ...routes.filter((r) => r.params.length > 0 && !OWNERSHIP[r.route]).map((r) => `${r.route}: add it to OWNERSHIP in test/support/access-tables.ts (which fixture fills ${r.params.map((p) => `:${p}`).join(', ')}, and whose it is)`),
      ...routes.filter((r) => r.query && inputsOf(r.query).has('unitId') && !OWNERSHIP[r.route]?.query?.unitId).map((r) => `${r.route}: add it to OWNERSHIP in test/support/access-tables.ts with the query that scopes it ({ unitId: 'townUnit' })`),
      ...routes.filter((r) => r.body && !samples[r.route]).map((r) => `${r.route}: add a valid body to sampleBodies in test/support/access-tables.ts`),
      ...Object.keys(OWNERSHIP).filter((key) => !routes.some((r) => r.route === key)).map((key) => `${key}: no such route any more; remove it from OWNERSHIP`),
      ...Object.keys(samples).filter((key) => !routes.some((r) => r.route === key && r.body)).map((key) => `${key}: reads no body any more; remove it from sampleBodies`),
    ];
    expect(problems).toEqual([]);
  });

  it('refuses every caller a route does not allow: 401 without valid credentials, 403 or 404 otherwise, never the data', async () => {
    const breaches: string[] = [];
    for (const route of covered()) {
      for (const caller of CALLERS) {
        const v = verdict(route, caller);
        if (v.allowed) continue;
        const response = await call(t, route, w, caller, samples[route.route]);
        seen.push({ route, caller, status: response.status, body: response.body, headers: response.headers as Record<string, string> });
        const problem = breach(route, caller, v, response);
        if (problem) breaches.push(problem);
      }
    }
    expect(breaches).toEqual([]);
  }, 240_000);

  // After the refusals, so that an allowed caller's change (a withdrawn claim, a deleted hook) cannot
  // hide a refusal; reads first, so that they still find every fixture.
  it('lets every allowed caller through (any answer but 401/403 and 5xx), and reads of owned objects succeed', async () => {
    const breaches: string[] = [];
    const ordered = [...covered().filter((r) => r.method === 'GET'), ...covered().filter((r) => r.method !== 'GET')];
    for (const route of ordered) {
      const owned = route.method === 'GET' && (OWNERSHIP[route.route]?.owner ?? 'anyone') !== 'anyone';
      for (const caller of CALLERS) {
        const v = verdict(route, caller);
        if (!v.allowed) continue;
        const response = await call(t, route, w, caller, samples[route.route]);
        seen.push({ route, caller, status: response.status, body: response.body, headers: response.headers as Record<string, string> });
        const problem = breach(route, caller, v, response);
        if (problem) breaches.push(problem);
        // A fixture that does not exist would make every refusal above a vacuous 404.
        else if (owned && response.status >= 300) breaches.push(`${route.route} as ${caller}: ${response.status}; the owner must be able to read the fixture`);
      }
    }
    expect(breaches).toEqual([]);
  }, 240_000);

  it('never sends a member, the public or a client without members:read-personal what it may not see, in JSON or in a file (API3)', async () => {
    expect(seen.length).toBeGreaterThan(routes.length * 5);
    // The scan must reach the files: every export, the station export and a claim document.
    const files = new Set(seen.filter(isFile).map(({ route }) => route.route));
    expect([...files]).toEqual(expect.arrayContaining(['GET /api/files/:key', 'GET /api/exports/roster', 'GET /api/exports/claims', 'GET /api/exports/join-stats', 'GET /api/exports/stations', 'GET /api/stations/export']));
    const leaks: string[] = [];
    for (const answer of seen) {
      const officer = OFFICERS.includes(answer.caller);
      const byDesign = officer ? WHOLE_NUMBERS_BY_DESIGN[answer.route.route]?.carries : undefined;
      const found = leaksIn(await shown(answer), {
        officer,
        wholePersonalData: byDesign === 'id-numbers',
        secrets: byDesign === 'bank-accounts' ? [] : [w.bankAccountA],
        personalData: w.personalData,
      });
      leaks.push(...found.map((leak) => `${answer.route.route} as ${answer.caller}: ${leak}`));
    }
    expect(leaks).toEqual([]);
  });

  it('finds a whole number planted in a file answer: the scan of files can fail', async () => {
    const planted = [w.personalData[0], w.personalData[1], w.bankAccountA];
    const roster = seen.find((answer) => answer.route.route === 'GET /api/exports/roster' && isFile(answer)) as Seen;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(roster.body as unknown as ArrayBuffer);
    workbook.worksheets[0].addRow(['M1', '王', ...planted]);
    const png = Buffer.from(PNG_BASE64, 'base64');
    const jpeg = Buffer.from(JPEG_BASE64, 'base64');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const afterHeader = (image: Buffer, chunk: Buffer) => Buffer.concat([image.subarray(0, 33), chunk, image.subarray(33)]);
    const cases: [string, Buffer, Buffer][] = [
      [XLSX, roster.body as Buffer, Buffer.from(await workbook.xlsx.writeBuffer())],
      ['text/csv; charset=utf-8', Buffer.from('理赔编号,收款人\r\nC1,王'), Buffer.from(`理赔编号,收款人,收款账号\r\nC1,王,${planted.join(',')}`)],
      ['image/png', png, afterHeader(png, pngTextChunk(`Comment\0${planted.join(' ')}`))],
      ['image/png', png, afterHeader(png, pngTextChunk(Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(planted.join(' '))]), 'zTXt'))],
      ['image/jpeg', jpeg, Buffer.concat([jpeg, Buffer.from(planted.join(' '), 'utf16le')])],
      ['application/pdf', pdf, Buffer.concat([pdf, Buffer.from(planted.join(' '), 'utf16le').swap16()])],
    ];
    const rules = { officer: true, wholePersonalData: false, secrets: [w.bankAccountA], personalData: w.personalData };
    for (const [type, clean, withNumbers] of cases) {
      expect({ type, leaks: leaksIn(await shown({ body: clean, headers: { 'content-type': type } }), rules) }).toEqual({ type, leaks: [] });
      const found = leaksIn(await shown({ body: withNumbers, headers: { 'content-type': type } }), rules);
      expect({ type, found: found.length >= planted.length }).toEqual({ type, found: true });
    }
  });

  it('sends every file answer that may carry personal data sandboxed, unsniffed and never cached', () => {
    const files = seen.filter((answer) => isFile(answer) && !PUBLIC_FILES.includes(answer.route.route));
    expect(files.length).toBeGreaterThan(10);
    const unsafe = files
      .filter(({ headers }) => headers['cache-control'] !== 'no-store' || headers['content-security-policy'] !== "sandbox; default-src 'none'" || headers['x-content-type-options'] !== 'nosniff')
      .map(({ route, caller, headers }) => `${route.route} as ${caller}: ${headers['cache-control']} / ${headers['content-security-policy']}`);
    expect(unsafe).toEqual([]);
    const inlineNonImages = files.filter(({ headers }) => !headers['content-type']?.startsWith('image/') && !headers['content-disposition']?.startsWith('attachment')).map(({ route }) => route.route);
    expect(inlineNonImages).toEqual([]);
    const reveals = seen.filter(({ route, status }) => route.route in WHOLE_NUMBERS_BY_DESIGN && status < 300);
    expect(reveals.length).toBeGreaterThan(0);
    expect(reveals.filter(({ headers }) => headers['cache-control'] !== 'no-store').map(({ route }) => route.route)).toEqual([]);
  });

  it("never shows a caller outside the owner A's or the town's private objects, in any answer (API1)", () => {
    const outsiders: Caller[] = ['anonymous', 'forgedToken', 'memberB', 'otherTownOfficer', 'clientOutOfScope', 'clientRevoked'];
    const privateValues = [w.ids.claimA, w.ids.enrollmentA, w.ids.transferA, w.ids.transferOutToRefuse, w.ids.transferIn, w.ids.townApplication, w.ids.notificationA, w.memberA.memberNumber];
    const shown = seen
      // Any officer may check a card its holder shows him: the answer names the holder.
      .filter(({ route, caller }) => outsiders.includes(caller) && route.route !== 'POST /api/members/verify')
      .flatMap(({ route, caller, body }) => privateValues.filter((value) => JSON.stringify(body ?? '').includes(value)).map((value) => `${route.route} as ${caller} shows ${value}`));
    expect(shown).toEqual([]);
  });

  describe("member B and member A's objects (API1)", () => {
    const asB = () => bearer(w.memberB.token);

    it("gives B neither A's claim nor any way to change it", async () => {
      const documentsOfA = () => t.dataSource.getRepository(ClaimDocument).countBy({ claimId: w.claimA.id });
      const before = await t.dataSource.getRepository(Claim).findOneByOrFail({ id: w.claimA.id });
      const documentsBefore = await documentsOfA();
      const read = await t.http.get(`/api/me/claims/${w.claimA.id}`).set(asB()).expect(404);
      expect(JSON.stringify(read.body)).not.toContain(w.claimA.hospital);
      for (const action of ['submit', 'resubmit', 'withdraw']) await t.http.post(`/api/me/claims/${w.claimA.id}/${action}`).set(asB()).set('Idempotency-Key', randomUUID()).send({}).expect(404);
      await t.http.post(`/api/me/claims/${w.claimA.id}/documents`).set(asB()).send({ kind: 'medical-invoice', content: JPEG_BASE64 }).expect(404);
      const mine = (await t.http.get('/api/me/claims').set(asB()).expect(200)).body as ClaimDetail[];
      expect(mine.map((c) => c.id)).not.toContain(w.claimA.id);
      const after = await t.dataSource.getRepository(Claim).findOneByOrFail({ id: w.claimA.id });
      expect(after.version).toBe(before.version);
      expect(after.status).toBe(before.status);
      expect(await documentsOfA()).toBe(documentsBefore);
    });

    it("refuses B a claim on A's enrollment", async () => {
      const response = await t.http.post('/api/me/claims').set(asB()).set('Idempotency-Key', randomUUID()).send(samples['POST /api/me/claims']);
      expect([403, 404]).toContain(response.status);
    });

    it("shows B his own card, never A's", async () => {
      const card = (await t.http.get('/api/members/me/card').set(asB()).expect(200)).body as MemberCard;
      expect(card.memberNumber).toBe(w.memberB.memberNumber);
      expect(JSON.stringify(card)).not.toContain(w.memberA.memberNumber);
    });

    it("does not let B read or mark A's notification", async () => {
      await t.http.post(`/api/me/notifications/${w.ids.notificationA}/read`).set(asB()).expect(404);
      const list = (await t.http.get('/api/me/notifications').set(asB()).expect(200)).body as NotificationList;
      expect(list.items.map((n) => n.id)).not.toContain(w.ids.notificationA);
    });

    it("keeps A's transfer from B: not in his applications, and no officer action on it", async () => {
      const applications = await t.http.get('/api/me/join-applications').set(asB()).expect(200);
      expect(JSON.stringify(applications.body)).not.toContain(w.ids.transferA);
      await t.http.post(`/api/join/transfers/${w.ids.transferA}/refuse`).set(asB()).send({ reason: '不想让他转走' }).expect(403);
    });

    it("serves A's document only with a valid signature, whoever asks", async () => {
      const link = new URL(w.claimA.documents[0].url, 'http://x');
      const key = w.ids.documentKeyA;
      const exp = link.searchParams.get('exp') as string;
      await t.http.get(`/api/files/${key}?exp=${exp}&sig=${'A'.repeat(43)}`).set(asB()).expect(403);
      await t.http.get(`/api/files/${key}?exp=${Number(exp) + 60}&sig=${link.searchParams.get('sig')}`).set(asB()).expect(403);
      await t.http.get(`/api/files/${key}`).set(asB()).expect(400);
    });
  });

  describe('mass assignment', () => {
    const values: Record<string, unknown> = {
      status: 'approved',
      orgUnitId: '00000000-0000-4000-8000-000000000001',
      unitId: '00000000-0000-4000-8000-000000000001',
      memberNo: 'M00000001',
      reviewerId: '00000000-0000-4000-8000-000000000002',
      amountApproved: 99_999_00,
      approvedBy: '00000000-0000-4000-8000-000000000002',
      version: 99,
      id: '00000000-0000-4000-8000-000000000003',
      createdAt: '2020-01-01T00:00:00.000Z',
      role: 'admin',
      isAdmin: true,
    };

    it('refuses every protected field a write does not take, with our error shape, and writes nothing', async () => {
      const before = await snapshot(t);
      const problems: string[] = [];
      let attempts = 0;
      for (const route of covered().filter((r) => isWrite(r) && r.body)) {
        const caller = (['anonymous', 'memberA', 'townOfficer', 'admin', 'clientInScope'] as Caller[]).find((c) => verdict(route, c).allowed);
        if (!caller) throw new Error(`${route.route}: no test caller may call it`);
        const inputs = inputsOf(route.body as new () => object);
        for (const field of PROTECTED_FIELDS.filter((f) => !inputs.has(f))) {
          attempts += 1;
          const response = await call(t, route, w, caller, { ...samples[route.route], [field]: values[field] });
          const body = response.body as { code?: string; message?: string; details?: { fields?: { field: string }[] } };
          const fields = body.details?.fields?.map((f) => f.field) ?? [];
          if (response.status !== 400 || body.code !== 'VALIDATION_FAILED' || !/[\u4e00-\u9fff]/.test(body.message ?? '') || fields.join() !== field) {
            problems.push(`${route.route} + ${field} as ${caller}: ${response.status} ${body.code ?? ''} fields=[${fields.join()}] (path ${pathOf(route, w)})`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(attempts).toBeGreaterThan(100);
      const after = await snapshot(t);
      expect([...after].filter(([table, rows]) => before.get(table) !== rows).map(([table]) => table)).toEqual([]);
    }, 120_000);
  });
});
