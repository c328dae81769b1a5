import { randomUUID } from 'node:crypto';
import { IdempotencyRecord } from '../src/modules/idempotency/idempotency-record.entity';
import { IdempotencyRepository } from '../src/modules/idempotency/idempotency.repository';
import { IdempotencySweeper } from '../src/modules/idempotency/idempotency-sweeper';
import { joinForm, newChannel, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const HOUR_MS = 3_600_000;

describe(`idempotency records are deleted after the retention (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let officer: string;
  let unitId: string;
  const records = () => t.dataSource.getRepository(IdempotencyRecord);

  beforeAll(async () => {
    t = await createTestApp({ IDEMPOTENCY_RETENTION_HOURS: '72' });
    officer = await t.login('officer:BJ-DX-YH');
    unitId = (await unitIds(t)).get('BJ-DX-YH-SH') as string;
  });
  afterAll(() => t.close());

  /** A join answered and remembered under its key; returns the key and when it was stored. */
  async function rememberedJoin(): Promise<{ key: string; storedAt: Date }> {
    const channel = await newChannel(t, officer, unitId);
    const key = randomUUID();
    await submit(t, await newMember(t), joinForm({ channelCode: channel.code, name: '王小明' }), key).expect(201);
    const record = await records().findOneByOrFail({ key });
    expect(record.responseBody).toContain('王');
    return { key, storedAt: new Date(record.createdAt) };
  }

  it('keeps an answer for 72 hours and deletes it after, by the injected clock', async () => {
    const { key, storedAt } = await rememberedJoin();
    const sweeper = t.app.get(IdempotencySweeper);
    await sweeper.sweep(new Date(storedAt.getTime() + 71 * HOUR_MS));
    expect(await records().countBy({ key })).toBe(1);
    expect(await sweeper.sweep(new Date(storedAt.getTime() + 73 * HOUR_MS))).toBeGreaterThanOrEqual(1);
    expect(await records().countBy({ key })).toBe(0);
  });

  it('deletes in batches, and sweeps of several processes at once delete each record once without failing', async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 100 * HOUR_MS);
    const rows = Array.from({ length: 1200 }, () => ({
      id: randomUUID(),
      userId: randomUUID(),
      key: randomUUID(),
      route: 'POST /api/join/applications',
      fingerprint: 'f'.repeat(64),
      state: 'done' as const,
      responseStatus: 201,
      responseBody: '{"name":"王**"}',
      startedAt: old,
      attempt: randomUUID(),
      createdAt: old,
    }));
    for (let i = 0; i < rows.length; i += 200) await records().insert(rows.slice(i, i + 200));
    const fresh = await rememberedJoin();

    const repository = t.app.get(IdempotencyRepository);
    const cutoff = new Date(now.getTime() - 72 * HOUR_MS);
    const sweepLikeAProcess = async () => {
      let deleted = 0;
      for (;;) {
        const batch = await repository.deleteOlderThan(cutoff, 500);
        deleted += batch.deleted;
        if (batch.found < 500) return deleted;
      }
    };
    const deleted = await Promise.all([sweepLikeAProcess(), sweepLikeAProcess(), t.app.get(IdempotencySweeper).sweep(now)]);
    expect(deleted.reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(await records().countBy({ fingerprint: 'f'.repeat(64) })).toBe(0);
    expect(await records().countBy({ key: fresh.key })).toBe(1);
  });
});
