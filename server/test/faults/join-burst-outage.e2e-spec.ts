import { randomUUID } from 'node:crypto';
import type { JoinSubmitResponse } from '@unionhub/shared';
import { createConnection } from 'mysql2/promise';
import { joinForm, newChannel, newMember, submit, unitIds } from '../support/join-factory';
import { type PrivateMariaDb, startPrivateMariaDb } from '../support/private-mariadb';
import { createTestApp, type TestApp } from '../support/test-app';

const JOINS = 200;

interface Attempt {
  token: string;
  key: string;
  body: Record<string, unknown>;
  status?: number;
  ms?: number;
  first?: JoinSubmitResponse;
}

async function waitUntilHealthy(t: TestApp): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    if ((await t.http.get('/api/health')).status === 200) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

describe('the database dies in the middle of a join burst through one channel', () => {
  let db: PrivateMariaDb;
  let t: TestApp;
  const attempts: Attempt[] = [];

  beforeAll(async () => {
    db = await startPrivateMariaDb();
    t = await createTestApp({ DATABASE_URL: db.url, RATE_LIMIT_SCALE: '100' });
    const officer = await t.login('officer:BJ-DX-PGZ');
    const channel = await newChannel(t, officer, (await unitIds(t)).get('BJ-DX-PGZ') as string);
    for (let i = 0; i < JOINS; i += 20) {
      const tokens = await Promise.all(Array.from({ length: 20 }, () => newMember(t)));
      attempts.push(...tokens.map((token) => ({ token, key: randomUUID(), body: joinForm({ channelCode: channel.code }) })));
    }
  }, 120000);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await db?.destroy();
  });

  it('answers every join within 5 s with 201 or 503, recovers alone, keeps each acknowledged join once, and replays it', async () => {
    let answered = 0;
    let killed: Promise<void> | null = null;
    const burst = Promise.all(
      attempts.map(async (attempt) => {
        const started = Date.now();
        const response = await submit(t, attempt.token, attempt.body, attempt.key);
        attempt.status = response.status;
        attempt.ms = Date.now() - started;
        if (response.status === 201) attempt.first = response.body as JoinSubmitResponse;
        // Kill the server once the burst is under way: some joins done, most in flight.
        if (++answered === 10) killed = db.kill();
      }),
    );
    await burst;
    await killed;

    const statuses = attempts.map((a) => a.status);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(Math.max(...attempts.map((a) => a.ms ?? 0))).toBeLessThan(5000);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(10);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);

    await db.start();
    expect(await waitUntilHealthy(t)).toBe(true);

    // A retry with the same key after recovery gives the first answer of every acknowledged join.
    const acknowledged = attempts.filter((a) => a.status === 201);
    for (const attempt of acknowledged) {
      const retry = await submit(t, attempt.token, attempt.body, attempt.key);
      expect({ status: retry.status, body: retry.body as unknown }).toEqual({ status: 201, body: attempt.first });
    }
    // A join refused with 503 may be retried: it joins, or waits while the dead attempt expires.
    const refused = attempts.filter((a) => a.status === 503);
    const retried = await Promise.all(refused.map((a) => submit(t, a.token, a.body, a.key)));
    expect(retried.filter((r) => r.status !== 201 && !(r.status === 409 && r.body.code === 'IDEMPOTENCY_IN_PROGRESS')).map((r) => `${r.status} ${r.text}`)).toEqual([]);

    const connection = await createConnection(db.url.replace(/^mariadb:/, 'mysql:'));
    const [rows] = await connection.query('SELECT userId, memberNumber FROM member');
    await connection.end();
    const members = rows as { userId: string; memberNumber: string }[];
    const numbers = new Map<string, string[]>();
    for (const m of members) numbers.set(m.memberNumber, [...(numbers.get(m.memberNumber) ?? []), m.userId]);
    const stored = new Set(members.map((m) => m.memberNumber));
    expect(acknowledged.map((a) => a.first?.membership?.memberNumber).filter((n) => !n || !stored.has(n))).toEqual([]);
    expect(new Set(members.map((m) => m.userId)).size).toBe(members.length);
    expect([...numbers.values()].filter((users) => users.length > 1)).toEqual([]);
  }, 120000);
});
