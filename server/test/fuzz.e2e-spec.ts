import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { type ClaimDetail, SyncPermission } from '@unionhub/shared';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan } from './support/aid-factory';
import { hostileBody, hostileHeaders, hostileQuery, type OpenApiDocument, plausibleBody } from './support/hostile-input';
import { bearer, newChannel, unitIds } from './support/join-factory';
import { newClient, stationInput } from './support/sync-factory';
import { changedTables, tableCounts, type TableCounts } from './support/table-counts';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Every write route of the OpenAPI document, read from the running app, gets hostile bodies,
 * headers and query strings as a caller allowed to use it. Reproduce a failure with the printed
 * seed: FUZZ_SEED=<seed> npx jest test/fuzz.e2e-spec.ts. FUZZ_RUNS sets the runs per route.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

/** What must never reach a caller: stack frames, file paths, SQL, driver and runtime error names. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat [\w$.<>]+ \(|\bat .+:\d+:\d+/],
  ['file path', /\/(work|home|usr|tmp|root)\/|node_modules|\.(ts|js):\d+/],
  ['SQL text', /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[\s\S]*\b(FROM|VALUES|SET|WHERE)\b/],
  ['driver error', /\bER_[A-Z_]{3,}|SQLITE_|QueryFailedError|EntityNotFound|TypeORM|mysql2|sql\.js|errno/i],
  ['runtime error', /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|Cannot read propert|is not a function|Maximum call stack/],
];

/**
 * Every call of an API client is audited by the access guard before the body is read, refused or
 * not: that row is the audit trail, not a write by the refused request.
 */
const WRITTEN_ON_PURPOSE = { audit_entry: "action <> 'sync.call'" };

/** A route's own seed: the same for the same route whatever other routes are added. */
const routeSeed = (route: string): number => [...route].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 2_147_483_647, SEED);

type Caller = 'member' | 'officer' | 'admin' | 'client';
const CALLERS: Caller[] = ['member', 'officer', 'admin', 'client'];

interface WriteRoute {
  method: (typeof WRITE_METHODS)[number];
  template: string;
  body: unknown;
}

describe(`hostile input to every write route (seed ${SEED})`, () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  const tokens = {} as Record<Caller, string>;
  /** Real objects by the path segment that names them. */
  const ids: Record<string, string> = {};
  let channelCode: string;
  let counts: TableCounts;

  beforeAll(async () => {
    // Background loops off: a row they write between two requests is not the request's doing.
    t = await createTestApp({ RATE_LIMIT_SCALE: '100', WEBHOOK_POLL_MS: '0', CHANGE_SEQUENCER_MS: '0' });
    doc = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const units = await unitIds(t);
    const townId = units.get('BJ-DX-PGZ') as string;
    tokens.admin = await t.login('admin');
    tokens.officer = await t.login('officer:BJ-DX-PGZ');
    const member = await newJoinedMember(t, tokens.officer, townId);
    tokens.member = member.token;
    tokens.client = (await newClient(t, tokens.admin, townId, Object.values(SyncPermission))).token;
    const plan = await newPlan(t, tokens.admin);
    const enrollment = await enroll(t, tokens.officer, plan.id, member.memberNumber);
    ids.claims = ((await createClaim(t, tokens.member, claimInput(enrollment.id)).expect(201)).body as ClaimDetail).id;
    ids.stations = (await t.http.post('/api/stations/manage').set(bearer(tokens.officer)).send(stationInput(townId)).expect(201)).body.id as string;
    channelCode = (await newChannel(t, tokens.officer, townId)).code;
    counts = await tableCounts(t.dataSource, WRITTEN_ON_PURPOSE);
  }, 60000);
  afterAll(() => t?.close());

  /** Path parameters filled with a real object where the fixtures have one, else an unknown id. */
  const pathOf = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'code') return channelCode;
      if (name === 'index') return '0';
      const owner = Object.keys(ids).find((segment) => template.includes(`/${segment}/`));
      return owner ? ids[owner] : randomUUID();
    });

  const writeRoutes = (): WriteRoute[] =>
    Object.entries(doc.paths).flatMap(([template, operations]) =>
      WRITE_METHODS.filter((m) => operations[m]).map((method) => ({
        method,
        template,
        body: plausibleBody(doc, operations[method].requestBody?.content?.['application/json']?.schema),
      })),
    );

  /** The first caller the access guard lets through: routes for members are fuzzed as a member. */
  async function callerFor(route: WriteRoute): Promise<Caller> {
    for (const caller of CALLERS) {
      const response = await t.http[route.method](pathOf(route.template)).set(bearer(tokens[caller])).set('idempotency-key', randomUUID()).send({ probe: true });
      if (response.status !== 401 && response.status !== 403) return caller;
    }
    throw new Error(`${route.method.toUpperCase()} ${route.template}: no caller gets past the access guard`);
  }

  /** Checks one answer; returns the reasons it is wrong. */
  async function judge(status: number, text: string, body: unknown): Promise<string[]> {
    const wrong: string[] = [];
    if (status >= 500) wrong.push(`answered ${status}`);
    for (const [what, pattern] of LEAKS) if (pattern.test(text)) wrong.push(`${what} in the body`);
    if (status >= 400 && status < 500) {
      const error = body as Record<string, unknown> | null;
      const keys = error && typeof error === 'object' ? Object.keys(error) : [];
      const shaped = typeof error?.code === 'string' && typeof error?.message === 'string' && keys.every((k) => ['code', 'message', 'details'].includes(k));
      if (!shaped) wrong.push('4xx not in the { code, message, details? } shape');
      else if (!/[\u4e00-\u9fff]/.test(error.message as string)) wrong.push('4xx message is not Chinese');
    }
    const after = await tableCounts(t.dataSource, WRITTEN_ON_PURPOSE);
    if (status >= 400 && status < 500) {
      const changed = changedTables(counts, after);
      if (changed.length) wrong.push(`a ${status} wrote rows: ${changed.join(', ')}`);
    }
    counts = after;
    return wrong;
  }

  it('finds the write routes in the OpenAPI document', () => {
    const routes = writeRoutes().map((r) => `${r.method.toUpperCase()} ${r.template}`);
    expect(routes).toEqual(expect.arrayContaining(['POST /api/join/applications', 'POST /api/me/claims', 'POST /api/stations/manage']));
  });

  it('never answers 5xx, leaks internals, breaks the error shape or writes on a 4xx', async () => {
    const failures: string[] = [];
    for (const route of writeRoutes()) {
      const name = `${route.method.toUpperCase()} ${route.template}`;
      const caller = await callerFor(route);
      counts = await tableCounts(t.dataSource, WRITTEN_ON_PURPOSE);
      const request = fc.record({ body: hostileBody(route.body), headers: hostileHeaders, query: hostileQuery });
      const property = fc.asyncProperty(request, async ({ body, headers, query }) => {
        const response = await t.http[route.method](pathOf(route.template) + query)
          .set(bearer(tokens[caller]))
          .set('content-type', 'application/json')
          .set('idempotency-key', randomUUID())
          .set(headers)
          .send(body.text);
        const wrong = await judge(response.status, response.text, response.body);
        if (wrong.length) throw new Error(`${body.label}: ${wrong.join('; ')}\n  answer: ${response.status} ${response.text.slice(0, 300)}`);
      });
      const details = await fc.check(property, { seed: routeSeed(name), numRuns: RUNS, endOnFailure: true });
      if (details.failed) {
        failures.push(`${name} as ${caller} (FUZZ_SEED=${SEED}, route seed ${routeSeed(name)}): ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240000);
});
