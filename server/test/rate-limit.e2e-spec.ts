import { createTestApp, type TestApp } from './support/test-app';
import { type PrivateRedis, startPrivateRedis } from './support/private-redis';

const login = (t: TestApp, token?: string) => {
  const call = t.http.post('/api/auth/wechat').send({ code: 'wx-code-rate' });
  return token ? call.set('authorization', `Bearer ${token}`) : call;
};

async function hit(t: TestApp, times: number, token?: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await login(t, token)).status);
  return statuses;
}

describe('rate limits in memory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('limits sign-ins per signed-in user with 429, Retry-After and our error shape', async () => {
    const token = await t.login('member');
    const statuses = await hit(t, 31, token);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(200));
    const refused = await login(t, token).expect(429);
    expect(refused.body).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(Number(refused.headers['retry-after-user'] ?? refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('keeps another user from the same address unaffected', async () => {
    const other = await t.login('member-b');
    await login(t, other).expect(200);
  });

  it('limits sign-ins per client address', async () => {
    const statuses = await hit(t, 320);
    const firstRefusal = statuses.indexOf(429);
    // 300 a minute per address for this route; the earlier calls of this suite count too.
    expect(firstRefusal).toBeGreaterThan(200);
    expect(firstRefusal).toBeLessThanOrEqual(300);
  });
});

describe('rate limits in Redis', () => {
  let redis: PrivateRedis;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    redis = await startPrivateRedis();
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `t${process.pid}:` };
    a = await createTestApp(env);
    b = await createTestApp(env);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.stop();
  });

  it('shares the counters between two API processes', async () => {
    // Both processes sign tokens with the same secret, so one user's token works on either.
    const token = await a.login('member');
    expect(await hit(a, 20, token)).toEqual(Array(20).fill(200));
    expect(await hit(b, 10, token)).toEqual(Array(10).fill(200));
    await login(a, token).expect(429);
    await login(b, token).expect(429);
  });

  it('fails open, quickly, while Redis is down, and counts again when it is back', async () => {
    await redis.stop();
    const started = Date.now();
    const statuses = await hit(b, 5);
    expect(statuses).toEqual(Array(5).fill(200));
    expect(Date.now() - started).toBeLessThan(5000);
    await redis.start();
    await new Promise((r) => setTimeout(r, 1500));
    const token = await b.login('member-b');
    const after = await hit(b, 31, token);
    expect(after.slice(0, 30)).toEqual(Array(30).fill(200));
    expect(after[30]).toBe(429);
  });
});

describe('rate limits scaled for a load test', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_SCALE: '2' });
  });
  afterAll(() => t.close());

  it('multiplies every limit by RATE_LIMIT_SCALE', async () => {
    const token = await t.login('member');
    expect(await hit(t, 60, token)).toEqual(Array(60).fill(200));
    await login(t, token).expect(429);
  });
});
