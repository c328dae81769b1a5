import { Role } from '@unionhub/shared';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { OWNERSHIP } from './access-tables';
import { type AccessWorld, type Caller, CLIENT_PERMISSIONS } from './access-world';
import type { AppRoute } from './app-routes';
import type { TestApp } from './test-app';

export type Verdict = { allowed: true } | { allowed: false; statuses: number[] };

const ROLE_OF: Partial<Record<Caller, Role>> = {
  memberA: Role.Member,
  memberB: Role.Member,
  townOfficer: Role.Officer,
  otherTownOfficer: Role.Officer,
  districtOfficer: Role.Officer,
  admin: Role.Admin,
};
const CLIENTS: Caller[] = ['clientInScope', 'clientOutOfScope'];
/** Officers whose subtree holds the owning town: the town's own, the district above it, and the admin at the root. */
const TOWN_SIDE: Caller[] = ['townOfficer', 'districtOfficer', 'admin'];

const allow: Verdict = { allowed: true };
const unauthenticated: Verdict = { allowed: false, statuses: [401] };
const refused: Verdict = { allowed: false, statuses: [403, 404] };

/**
 * 403s that are business rules, not access refusals: an allowed officer may still be told that
 * he cannot approve his own claim or confirm his own large approval.
 */
export const RULE_FORBIDDEN_CODES = ['CLAIM_OWN_CLAIM', 'CLAIM_SECOND_APPROVER_REQUIRED'];

/**
 * Refusals that answer exactly as for an object that does not exist, where "does not exist" is a
 * bad input rather than a missing resource: a client naming a member outside its subtree.
 */
export const HIDING_CODES = ['AID_NOT_A_MEMBER'];

/** What a caller may expect from a route: from its `@Access` policy and whose object it reaches. */
export function verdict(route: AppRoute, caller: Caller): Verdict {
  const policy = route.policy;
  if (!policy) throw new Error(`${route.route} declares no @Access policy`);
  const owner = OWNERSHIP[route.route]?.owner ?? 'anyone';
  if (policy.kind === 'public') return allow;
  if (policy.kind === 'client') {
    if (!CLIENTS.includes(caller)) return unauthenticated;
    if (policy.permission && !CLIENT_PERMISSIONS.includes(policy.permission)) return { allowed: false, statuses: [403] };
    if (owner === 'anyone') return allow;
    if (owner === 'memberA') return refused;
    return caller === 'clientInScope' ? allow : refused;
  }
  const role = ROLE_OF[caller];
  if (!role) return unauthenticated;
  if (policy.kind === 'roles' && !policy.roles.includes(role)) return { allowed: false, statuses: [403] };
  if (owner === 'memberA') return caller === 'memberA' ? allow : refused;
  if (owner === 'town') return TOWN_SIDE.includes(caller) ? allow : refused;
  if (owner === 'clientInScope') return refused;
  return allow;
}

/** The concrete path: every parameter filled with the owning fixture's id. */
export function pathOf(route: AppRoute, w: AccessWorld): string {
  const fill = OWNERSHIP[route.route]?.params ?? {};
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const key = fill[name];
    if (!key || w.ids[key] === undefined) throw new Error(`${route.route}: no fixture for :${name}`);
    return encodeURIComponent(w.ids[key]);
  });
}

/** The query a route is scoped by, filled with the owning fixture's ids. */
const queryOf = (route: AppRoute, w: AccessWorld): Record<string, string> =>
  Object.fromEntries(Object.entries(OWNERSHIP[route.route]?.query ?? {}).map(([name, key]) => [name, w.ids[key]]));

type IncomingBody = { headers: Record<string, string | string[] | undefined>; on: (event: string, listener: (chunk?: Buffer) => void) => void };

/** JSON answers parsed as usual; every other answer (a spreadsheet, a CSV, an image) kept as its bytes. */
function jsonOrBytes(res: IncomingBody, done: (error: Error | null, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk as Buffer));
  res.on('end', () => {
    const bytes = Buffer.concat(chunks);
    if (!String(res.headers['content-type'] ?? '').includes('json')) return done(null, bytes);
    try {
      done(null, bytes.length === 0 ? {} : JSON.parse(bytes.toString('utf8')));
    } catch (error) {
      done(error as Error, bytes);
    }
  });
}

/** Calls a route as a caller, with its sample body when it reads one and a fresh idempotency key. */
export function call(t: TestApp, route: AppRoute, w: AccessWorld, caller: Caller, body: Record<string, unknown> | undefined): Promise<Response> {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const request = t.http[method](pathOf(route, w)).query(queryOf(route, w)).set(w.headers[caller]).set('Idempotency-Key', randomUUID()).buffer(true).parse(jsonOrBytes);
  return route.body ? request.send(body ?? {}) : request;
}

/** Whether the answer keeps to the verdict; a line describing the breach otherwise. */
export function breach(route: AppRoute, caller: Caller, v: Verdict, response: Response): string | null {
  const code = (response.body as { code?: string } | undefined)?.code;
  const seen = `${route.route} as ${caller}: ${response.status} ${code ?? ''}`.trim();
  if (v.allowed) {
    if (response.status === 401) return `${seen}, but this caller is allowed`;
    if (response.status === 403 && !RULE_FORBIDDEN_CODES.includes(code ?? '')) return `${seen}, but this caller is allowed`;
    if (response.status >= 500) return `${seen}: a server error`;
    return null;
  }
  // A refusal is our error shape and nothing else: never the data.
  const body = response.body as Record<string, unknown> | undefined;
  if (typeof body?.code !== 'string' || Object.keys(body).some((key) => !['code', 'message', 'details'].includes(key))) return `${seen}: a refusal must carry only {code, message, details}`;
  if (v.statuses.includes(response.status)) return null;
  if (v.statuses.includes(404) && response.status === 400 && HIDING_CODES.includes(code ?? '')) return null;
  return `${seen}, expected ${v.statuses.join(' or ')}`;
}
