import type { LoginResponse } from '@unionhub/shared';
import { productionEnv } from './support/production-env';
import { createTestApp, type TestApp } from './support/test-app';

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('POST /api/auth/wechat', () => {
    it('creates a member on first sign-in and returns the same user for the same WeChat account', async () => {
      const first = await t.http.post('/api/auth/wechat').send({ code: 'wx-code-rider-1' }).expect(200);
      const again = await t.http.post('/api/auth/wechat').send({ code: 'wx-code-rider-1' }).expect(200);
      const body = first.body as LoginResponse;
      expect(body.user).toMatchObject({ role: 'member', orgUnit: null });
      expect(body.expiresIn).toBeGreaterThan(0);
      expect((again.body as LoginResponse).user.id).toBe(body.user.id);
    });

    it('never returns the session key or the openid', async () => {
      const response = await t.http.post('/api/auth/wechat').send({ code: 'wx-code-rider-2' }).expect(200);
      expect(JSON.stringify(response.body)).not.toMatch(/session_?key|openid/i);
    });

    it('makes one user when the first sign-ins of one account arrive together', async () => {
      const responses = await Promise.all(Array.from({ length: 8 }, () => t.http.post('/api/auth/wechat').send({ code: 'wx-code-burst' })));
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(new Set(responses.map((r) => (r.body as LoginResponse).user.id)).size).toBe(1);
    });

    it('answers an invalid code with 401 and a code the app can act on', async () => {
      const response = await t.http.post('/api/auth/wechat').send({ code: 'invalid-code' }).expect(401);
      expect(response.body).toMatchObject({ code: 'AUTH_INVALID_CODE', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    });

    it.each([
      ['a missing code', {}],
      ['a code of the wrong type', { code: 42 }],
      ['an empty code', { code: '' }],
      ['an unknown field', { code: 'ok', role: 'admin' }],
    ])('refuses %s with 400 VALIDATION_FAILED', async (_, body) => {
      const response = await t.http.post('/api/auth/wechat').send(body).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe('tokens', () => {
    it('lets a signed-in user read who he is', async () => {
      const token = await t.login('officer:BJ-DX-PGZ');
      const response = await t.http.get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
      expect(response.body).toMatchObject({ role: 'officer', orgUnit: { code: 'BJ-DX-PGZ', name: '庞各庄镇总工会', level: 'street' } });
    });

    it('refuses a missing, forged or tampered token with 401', async () => {
      await t.http.get('/api/auth/me').expect(401);
      await t.http.get('/api/auth/me').set('authorization', 'Bearer not-a-jwt').expect(401);
      const token = await t.login('member');
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
      const response = await t.http.get('/api/auth/me').set('authorization', `Bearer ${header}.${forged}.${signature}`).expect(401);
      expect(response.body.code).toBe('AUTH_TOKEN_INVALID');
    });
  });

  describe('POST /api/auth/dev-login', () => {
    it.each([
      ['member', 'member'],
      ['member-b', 'member'],
      ['admin', 'admin'],
      ['officer:BJ-FT-WZ', 'officer'],
      ['officer:BJ-DX', 'officer'],
    ])('signs in as %s', async (account, role) => {
      const response = await t.http.post('/api/auth/dev-login').send({ account }).expect(200);
      expect((response.body as LoginResponse).user.role).toBe(role);
    });

    it('refuses an unknown unit and a malformed account', async () => {
      expect((await t.http.post('/api/auth/dev-login').send({ account: 'officer:NOPE' }).expect(400)).body.code).toBe('AUTH_UNKNOWN_DEV_ACCOUNT');
      expect((await t.http.post('/api/auth/dev-login').send({ account: 'root' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });
});

describe('sign-in in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(productionEnv());
  });
  afterAll(() => t.close());

  it('has no dev login route at all', async () => {
    const response = await t.http.post('/api/auth/dev-login').send({ account: 'admin' }).expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});
