import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { bearer } from './support/join-factory';
import { productionEnv } from './support/production-env';
import { createTestApp, type TestApp } from './support/test-app';

/** Development defaults published in this repository (server/src/config). */
const PUBLISHED = {
  JWT_SECRET: 'dev-only-secret-do-not-use-in-production',
  CARD_TOKEN_SECRET: 'dev-only-card-token-secret-not-for-production',
  FILES_SIGNING_SECRET: 'dev-only-file-link-secret-do-not-use',
  PII_HASH_KEY: createHash('sha256').update('unionhub-development-only:pii-hash').digest('base64'),
  PII_KEYS: `k1:${createHash('sha256').update('unionhub-development-only:pii').digest('base64')}`,
};

/** An HS256 token made outside the app, as an attacker holding a secret would. */
function forgeToken(secret: string, claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...claims, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

async function startFailure(env: Record<string, string | undefined>): Promise<string> {
  try {
    const t = await createTestApp(env);
    await t.close();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the app started');
}

describe('dev login is opt-in', () => {
  it.each(['development', 'test'])('is off by default with NODE_ENV=%s', async (nodeEnv) => {
    const t = await createTestApp({ NODE_ENV: nodeEnv, DEV_LOGIN: undefined });
    try {
      const response = await t.http.post('/api/auth/dev-login').send({ account: 'officer:BJ' }).expect(404);
      expect(response.body.code).toBe('NOT_FOUND');
    } finally {
      await t.close();
    }
  });

  it('is refused at start together with NODE_ENV=production, naming the variable', async () => {
    const message = await startFailure({ ...productionEnv(), DEV_LOGIN: 'true' });
    expect(message).toMatch(/DEV_LOGIN/);
    expect(message).toMatch(/production/);
  });
});

describe('production refuses published and weak secrets', () => {
  it.each(Object.entries(PUBLISHED))('refuses the published %s without printing it', async (variable, value) => {
    const message = await startFailure({ ...productionEnv(), [variable]: value });
    expect(message).toContain(variable);
    expect(message).not.toContain(value);
    expect(message).not.toContain(value.slice(3, 20));
  });

  it.each([
    ['JWT_SECRET', 'short-jwt-secret'],
    ['CARD_TOKEN_SECRET', 'short-card-secret'],
    ['FILES_SIGNING_SECRET', 'short-files-secret'],
    ['PII_HASH_KEY', randomBytes(16).toString('base64')],
    ['JWT_SECRET', 'a'.repeat(48)],
  ])('refuses a too short or too plain %s without printing it', async (variable, value) => {
    const message = await startFailure({ ...productionEnv(), [variable]: value });
    expect(message).toContain(variable);
    expect(message).not.toContain(value);
  });

  it('refuses the fake WeChat client in production: it takes any typed phone number as verified', async () => {
    const message = await startFailure({ ...productionEnv(), WECHAT_MODE: 'fake' });
    expect(message).toMatch(/WECHAT_MODE=fake/);
  });

  it('refuses a short WeChat app secret when calling WeChat for real, without printing it', async () => {
    const message = await startFailure({ ...productionEnv(), WECHAT_MODE: 'real', WECHAT_APP_ID: 'wx0123456789abcdef', WECHAT_APP_SECRET: 'weak-app-secret' });
    expect(message).toContain('WECHAT_APP_SECRET');
    expect(message).not.toContain('weak-app-secret');
  });

  it('never prints a secret outside production either', async () => {
    const message = await startFailure({ CARD_TOKEN_SECRET: 'tiny-card-secret' });
    expect(message).toContain('CARD_TOKEN_SECRET');
    expect(message).not.toContain('tiny-card-secret');
  });

  describe('with its own secrets', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(productionEnv());
    });
    afterAll(() => t.close());

    it('does not let a token forged with the published JWT secret reach admin routes', async () => {
      const forged = forgeToken(PUBLISHED.JWT_SECRET, { sub: randomUUID(), role: 'admin', unit: null, sid: randomUUID() });
      const response = await t.http.get('/api/audit').set(bearer(forged)).expect(401);
      expect(response.body.code).toBe('AUTH_TOKEN_INVALID');
    });
  });
});

describe('client addresses behind proxies', () => {
  // A refresh with a token nobody has: limited like a sign-in (300 a minute per address) and cheap.
  const unknownToken = randomBytes(32).toString('base64url');
  const login = (t: TestApp, forwardedFor: string) => t.http.post('/api/auth/refresh').set('x-forwarded-for', forwardedFor).send({ refreshToken: unknownToken });
  const forged = (i: number) => `198.51.100.${i % 250}, 203.0.113.${i % 250}`;

  async function statuses(t: TestApp, times: number): Promise<number[]> {
    const seen: number[] = [];
    for (let i = 0; i < times; i++) seen.push((await login(t, forged(i))).status);
    return seen;
  }

  async function auditAddress(t: TestApp, forwardedFor: string): Promise<string> {
    const admin = await t.login('admin');
    await t.http.get('/api/audit').set(bearer(admin)).set('x-forwarded-for', forwardedFor).expect(200);
    const entries = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'audit.list' }, order: { createdAt: 'DESC' } });
    return entries[0].ip ?? '';
  }

  describe('by default (TRUST_PROXY unset)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('counts rate limits by the connecting address whatever X-Forwarded-For says, with a standard Retry-After', async () => {
      const seen = await statuses(t, 300);
      expect(seen).toEqual(Array(300).fill(400));
      const refused = await login(t, '192.0.2.77').expect(429);
      expect(refused.body.code).toBe('RATE_LIMITED');
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    }, 90_000);

    it('records the connecting address, not a forged one, in the audit log', async () => {
      expect(await auditAddress(t, '203.0.113.66')).toMatch(/127\.0\.0\.1|::1/);
    });
  });

  describe('with TRUST_PROXY naming the proxy', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ TRUST_PROXY: '127.0.0.1,::1,10.0.0.0/8' });
    });
    afterAll(() => t.close());

    it('believes X-Forwarded-For from the listed proxy', async () => {
      expect(await auditAddress(t, '198.51.100.1, 203.0.113.66')).toBe('203.0.113.66');
      const seen = await statuses(t, 305);
      expect(seen).toEqual(Array(305).fill(400));
    }, 90_000);
  });

  it('refuses a TRUST_PROXY that is neither a hop count nor proxy addresses', async () => {
    expect(await startFailure({ TRUST_PROXY: 'true' })).toMatch(/TRUST_PROXY/);
    expect(await startFailure({ TRUST_PROXY: '10.0.0.0/33' })).toMatch(/TRUST_PROXY/);
    expect(await startFailure({ TRUST_PROXY: 'proxy.example.org' })).toMatch(/TRUST_PROXY/);
  });
});

describe('a 429 per signed-in user', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('carries a standard Retry-After in seconds', async () => {
    const token = await t.login('member');
    for (let i = 0; i < 30; i++) await t.http.post('/api/auth/wechat').set(bearer(token)).send({ code: 'wx-code-user' }).expect(200);
    const refused = await t.http.post('/api/auth/wechat').set(bearer(token)).send({ code: 'wx-code-user' }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
