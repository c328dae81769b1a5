import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { EndSessionsResponse, LoginResponse } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { User } from '../src/modules/auth/user.entity';
import { RefreshToken } from '../src/modules/auth/sessions/refresh-token.entity';
import { bearer, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const claimsOf = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

describe('sessions: short access tokens and rotating refresh tokens', () => {
  let t: TestApp;
  let units: Map<string, string>;
  const signIn = async (account: string): Promise<LoginResponse> => (await t.http.post('/api/auth/dev-login').send({ account }).expect(200)).body as LoginResponse;
  const refresh = (refreshToken: string) => t.http.post('/api/auth/refresh').send({ refreshToken });
  const endSessions = (token: string, userId: string) => t.http.delete(`/api/auth/officers/${userId}/sessions`).set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
  });
  afterAll(() => t.close());

  it('answers a sign-in with an access token of at most 15 minutes and a refresh token', async () => {
    for (const login of [signIn('member'), t.http.post('/api/auth/wechat').send({ code: 'wx-code-sessions' }).then((r) => r.body as LoginResponse)]) {
      const body = await login;
      expect(body).toEqual({ token: expect.any(String), expiresIn: 900, refreshToken: expect.stringMatching(/^[0-9a-f-]{36}\.[\w-]{43}$/), refreshExpiresIn: 30 * 24 * 3600, user: expect.any(Object) });
      const claims = claimsOf(body.token);
      expect(Number(claims.exp) - Number(claims.iat)).toBeLessThanOrEqual(900);
      expect(claims.sid).toEqual(expect.any(String));
    }
  });

  it('stores refresh tokens only as hashes', async () => {
    const { refreshToken } = await signIn('member');
    const rows = await t.dataSource.getRepository(RefreshToken).find();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(refreshToken);
  });

  it('rotates on every refresh, and the new access token works', async () => {
    const first = await signIn('member');
    const second = (await refresh(first.refreshToken).expect(200)).body as LoginResponse;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(claimsOf(second.token).sid).toBe(claimsOf(first.token).sid);
    const me = await t.http.get('/api/auth/me').set(bearer(second.token)).expect(200);
    expect(me.body.id).toBe(first.user.id);
    const third = (await refresh(second.refreshToken).expect(200)).body as LoginResponse;
    expect(third.refreshToken).not.toBe(second.refreshToken);
  });

  it('ends the whole session when a refresh token is used twice', async () => {
    const first = await signIn('member-b');
    const second = (await refresh(first.refreshToken).expect(200)).body as LoginResponse;
    const reused = await refresh(first.refreshToken).expect(400);
    expect(reused.body).toEqual({ code: 'AUTH_REFRESH_INVALID', message: expect.stringMatching(/重新登录/) });
    expect((await refresh(second.refreshToken).expect(400)).body.code).toBe('AUTH_REFRESH_INVALID');
    // Another session of the same user is not touched.
    const other = await signIn('member-b');
    await refresh(other.refreshToken).expect(200);
  });

  it('ends the session when an old token comes back after a thief has refreshed twice', async () => {
    const victim = await signIn('member-b');
    const stolen = (await refresh(victim.refreshToken).expect(200)).body as LoginResponse;
    const thief = (await refresh(stolen.refreshToken).expect(200)).body as LoginResponse;
    await refresh(victim.refreshToken).expect(400);
    expect((await refresh(thief.refreshToken).expect(400)).body.code).toBe('AUTH_REFRESH_INVALID');
  });

  it('lets at most one of two simultaneous refreshes with one token through, and ends the session', async () => {
    for (let round = 0; round < 5; round++) {
      const { refreshToken } = await signIn('member');
      const answers = await Promise.all([refresh(refreshToken), refresh(refreshToken), refresh(refreshToken)]);
      const renewed = answers.filter((a) => a.status === 200);
      expect(renewed.length).toBeLessThanOrEqual(1);
      expect(answers.filter((a) => a.status !== 200).every((a) => a.status === 400 && a.body.code === 'AUTH_REFRESH_INVALID')).toBe(true);
      // Reuse was seen, so whatever the winner got is dead too.
      for (const answer of renewed) await refresh((answer.body as LoginResponse).refreshToken).expect(400);
    }
  });

  it('reads role and unit again at refresh: a demoted or moved officer gets a token that says so', async () => {
    const officer = await signIn('officer:BJ-DX-PGZ');
    const users = t.dataSource.getRepository(User);
    await users.update({ id: officer.user.id }, { orgUnitId: units.get('BJ-FT-WZ') });
    const moved = (await refresh(officer.refreshToken).expect(200)).body as LoginResponse;
    expect(moved.user.orgUnit?.code).toBe('BJ-FT-WZ');
    expect(claimsOf(moved.token)).toMatchObject({ role: 'officer', unit: units.get('BJ-FT-WZ') });
    await users.update({ id: officer.user.id }, { role: 'member', orgUnitId: null });
    const demoted = (await refresh(moved.refreshToken).expect(200)).body as LoginResponse;
    expect(demoted.user).toMatchObject({ role: 'member', orgUnit: null });
    await t.http.get(`/api/orgs/${units.get('BJ-FT-WZ')}`).set(bearer(demoted.token)).expect(403);
    await users.update({ id: officer.user.id }, { role: 'officer', orgUnitId: units.get('BJ-DX-PGZ') });
  });

  it('signs out: the refresh token stops working at once', async () => {
    const session = await signIn('member');
    await t.http.post('/api/auth/sign-out').send({ refreshToken: session.refreshToken }).expect(204);
    expect((await refresh(session.refreshToken).expect(400)).body.code).toBe('AUTH_REFRESH_INVALID');
    // Signing out twice, or with a token nobody has, changes nothing and says nothing.
    await t.http.post('/api/auth/sign-out').send({ refreshToken: session.refreshToken }).expect(204);
    await t.http.post('/api/auth/sign-out').send({ refreshToken: `${randomUUID()}.${randomBytes(32).toString('base64url')}` }).expect(204);
  });

  it('refuses unknown and malformed refresh tokens', async () => {
    expect((await refresh(`${randomUUID()}.${randomBytes(32).toString('base64url')}`).expect(400)).body.code).toBe('AUTH_REFRESH_INVALID');
    expect((await refresh('x').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http.post('/api/auth/refresh').send({}).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a token of the old kind, without a session (the 7-day tokens signed before sessions)', async () => {
    const { token, user } = await signIn('admin');
    const [header] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: user.id, role: 'admin', unit: null, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 7 * 86400 })).toString('base64url');
    const signature = createHmac('sha256', 'dev-only-secret-do-not-use-in-production').update(`${header}.${payload}`).digest('base64url');
    expect((await t.http.get('/api/audit').set(bearer(`${header}.${payload}.${signature}`)).expect(401)).body.code).toBe('AUTH_TOKEN_INVALID');
  });

  describe("ending an officer's sessions", () => {
    it('lets an admin end every session of an officer, audited', async () => {
      const admin = await signIn('admin');
      const first = await signIn('officer:BJ-FT');
      const second = await signIn('officer:BJ-FT');
      const answer = await endSessions(admin.token, first.user.id).expect(200);
      expect(answer.body as EndSessionsResponse).toEqual({ endedSessions: 2 });
      await refresh(first.refreshToken).expect(400);
      await refresh(second.refreshToken).expect(400);
      const entry = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'auth.end-sessions', targetId: first.user.id });
      expect(entry).toMatchObject({ actorId: admin.user.id, targetType: 'app_user', orgUnitId: units.get('BJ-FT') });
      // The officer signs in again and works as before.
      await refresh((await signIn('officer:BJ-FT')).refreshToken).expect(200);
    });

    it('lets an officer of a unit above end them', async () => {
      const above = await signIn('officer:BJ-DX');
      const below = await signIn('officer:BJ-DX-PGZ');
      expect((await endSessions(above.token, below.user.id).expect(200)).body).toEqual({ endedSessions: expect.any(Number) });
      await refresh(below.refreshToken).expect(400);
    });

    it('answers 404 for officers out of reach, members and unknown users, and changes nothing', async () => {
      const daxing = await signIn('officer:BJ-DX');
      const daxingToo = await signIn('officer:BJ-DX');
      const town = await signIn('officer:BJ-DX-PGZ');
      const fengtai = await signIn('officer:BJ-FT-WZ');
      const member = await signIn('member');
      for (const [caller, target] of [
        [town, daxing],
        [fengtai, town],
        [daxingToo, daxing],
        [daxing, member],
      ] as const) {
        const refused = await endSessions(caller.token, target.user.id).expect(404);
        expect(refused.body.code).toBe('AUTH_OFFICER_NOT_FOUND');
      }
      expect((await endSessions(daxing.token, randomUUID()).expect(404)).body.code).toBe('AUTH_OFFICER_NOT_FOUND');
      expect((await endSessions(daxing.token, 'not-an-id').expect(404)).body.code).toBe('NOT_FOUND');
      expect((await endSessions(member.token, town.user.id).expect(403)).body.code).toBe('FORBIDDEN');
      await t.http.delete(`/api/auth/officers/${town.user.id}/sessions`).expect(401);
      await refresh(town.refreshToken).expect(200);
      await refresh(daxing.refreshToken).expect(200);
    });
  });
});
