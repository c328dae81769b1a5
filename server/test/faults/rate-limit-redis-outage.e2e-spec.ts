import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Member } from '../../src/modules/join/members/member.entity';
import { bearer, joinForm, newChannel, newMember, submit, unitIds } from '../support/join-factory';
import { type PrivateMariaDb, startPrivateMariaDb } from '../support/private-mariadb';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis';
import { createTestApp, type TestApp } from '../support/test-app';

const JOINS = 150;

/**
 * docs/deployment.md: with Redis configured for rate limits, a Redis outage opens the limits
 * (fail-open) so that joins at a venue go on; the database's constraints still stop duplicates.
 */
describe('Redis for rate limits stops in the middle of a join burst', () => {
  let db: PrivateMariaDb;
  let redis: PrivateRedis;
  let t: TestApp;
  const prefix = `burst${process.pid}:`;
  const joins: { token: string; key: string; body: Record<string, unknown> }[] = [];

  const keysInRedis = async (): Promise<number> => {
    const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    const count = await client.connect().then(() => client.keys(`*${prefix}*`)).then((keys) => keys.length, () => -1);
    client.disconnect();
    return count;
  };

  beforeAll(async () => {
    // MariaDB as in production: the embedded database serializes a burst of joins on its own.
    [db, redis] = await Promise.all([startPrivateMariaDb(), startPrivateRedis()]);
    t = await createTestApp({ DATABASE_URL: db.url, REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix });
    const officer = await t.login('officer:BJ-DX-PGZ');
    const channel = await newChannel(t, officer, (await unitIds(t)).get('BJ-DX-PGZ') as string);
    for (let i = 0; i < JOINS; i += 25) {
      const tokens = await Promise.all(Array.from({ length: 25 }, () => newMember(t)));
      joins.push(...tokens.map((token) => ({ token, key: randomUUID(), body: joinForm({ channelCode: channel.code }) })));
    }
  }, 120000);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await redis?.stop();
    await db?.destroy();
  });

  it('keeps counting in Redis before the outage', async () => {
    expect(await keysInRedis()).toBeGreaterThan(0);
  });

  it('lets every join of the burst through while Redis is gone, and stays up', async () => {
    let answered = 0;
    let stopped: Promise<void> | null = null;
    const outcomes = await Promise.all(
      joins.map(async ({ token, key, body }) => {
        const response = await submit(t, token, body, key);
        if (++answered === 10) stopped = redis.stop();
        return { status: response.status };
      }),
    );
    await stopped;
    expect(outcomes.filter((o) => o.status !== 201)).toEqual([]);
    await t.http.get('/api/health').expect(200);
    expect(await t.dataSource.getRepository(Member).count()).toBe(JOINS);
  }, 60000);

  it('does not wait for Redis while it is gone', async () => {
    expect(await keysInRedis()).toBe(-1);
    const started = Date.now();
    await t.http.post('/api/auth/wechat').send({ code: 'wx-code-during-outage' }).expect(200);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('still refuses a second membership while the limits are open', async () => {
    const [first] = joins;
    const again = await submit(t, first.token, first.body, randomUUID());
    expect(again.status).toBeLessThan(500);
    expect(again.status).not.toBe(201);
    expect(await t.dataSource.getRepository(Member).count()).toBe(JOINS);
  });

  it('counts again once Redis is back, without a restart of the API', async () => {
    await redis.start();
    const token = await t.login('member-b');
    const signIn = () => t.http.post('/api/auth/wechat').set(bearer(token)).send({ code: 'wx-code-after-outage' });
    // The client reconnects on its own; wait until the counters land in Redis again.
    let resumed = false;
    for (let i = 0; i < 40 && !resumed; i++) {
      await t.http.get('/api/health');
      resumed = (await keysInRedis()) > 0;
      if (!resumed) await new Promise((r) => setTimeout(r, 250));
    }
    expect(resumed).toBe(true);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await signIn()).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(200));
    expect(statuses[30]).toBe(429);
  }, 60000);
});
