import { createHash } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import type { IdempotencyRecord } from './idempotency-record.entity';
import type { Claim, IdempotencyRepository, NewClaim } from './idempotency.repository';
import { canonicalJson, IdempotencyService } from './idempotency.service';

/** The repository's contract in memory, with MySQL's duplicate-key error. */
class MemoryRecords {
  readonly rows = new Map<string, IdempotencyRecord>();
  private next = 0;

  async findByKey(userId: string, key: string): Promise<IdempotencyRecord | null> {
    const row = [...this.rows.values()].find((r) => r.userId === userId && r.key === key);
    return row ? { ...row } : null;
  }
  async insertClaim(claim: NewClaim): Promise<Claim> {
    if (await this.findByKey(claim.userId, claim.key)) throw new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { errno: 1062 }));
    const id = `r${++this.next}`;
    const attempt = `a${this.next}`;
    this.rows.set(id, { ...claim, id, attempt, state: 'in-progress', startedAt: new Date(), responseStatus: null, responseBody: null, createdAt: new Date() });
    return { id, attempt };
  }
  async takeOverStale(record: IdempotencyRecord): Promise<Claim | null> {
    const row = this.rows.get(record.id);
    if (!row || row.attempt !== record.attempt) return null;
    row.attempt = `a${++this.next}`;
    row.startedAt = new Date();
    return { id: row.id, attempt: row.attempt };
  }
  async complete(claim: Claim, status: number, body: string): Promise<void> {
    const row = this.rows.get(claim.id);
    if (row?.attempt === claim.attempt) Object.assign(row, { state: 'done', responseStatus: status, responseBody: body });
  }
  async release(claim: Claim): Promise<void> {
    if (this.rows.get(claim.id)?.attempt === claim.attempt) this.rows.delete(claim.id);
  }
}

const request = (body: unknown, key = 'key-0000000000000001') => ({ userId: 'u1', key, route: 'POST /api/things', body });

describe('IdempotencyService', () => {
  let records: MemoryRecords;
  let service: IdempotencyService;
  beforeEach(() => {
    records = new MemoryRecords();
    service = new IdempotencyService(records as unknown as IdempotencyRepository);
  });

  it('runs the work once and answers a retry with the first response', async () => {
    const work = jest.fn(async () => ({ status: 201, body: { id: 'a1' } }));
    expect(await service.execute(request({ a: 1, b: 2 }), work)).toEqual({ status: 201, body: { id: 'a1' }, replayed: false });
    expect(await service.execute(request({ b: 2, a: 1 }), work)).toEqual({ status: 201, body: { id: 'a1' }, replayed: true });
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('refuses the same key with another body', async () => {
    await service.execute(request({ a: 1 }), async () => ({ status: 201, body: {} }));
    await expect(service.execute(request({ a: 2 }), async () => ({ status: 201, body: {} }))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('frees the key when the work fails, so that a retry runs it again', async () => {
    await expect(service.execute(request({}), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(records.rows.size).toBe(0);
    expect(await service.execute(request({}), async () => ({ status: 200, body: 'ok' }))).toMatchObject({ body: 'ok', replayed: false });
  });

  it('makes a duplicate that arrives while the first runs wait for its response', async () => {
    let finish: () => void = () => undefined;
    const first = service.execute(request({}), () => new Promise<{ status: number; body: string }>((resolve) => (finish = () => resolve({ status: 201, body: 'first' }))));
    await new Promise((r) => setImmediate(r));
    const second = service.execute(request({}), async () => ({ status: 201, body: 'second' }));
    setTimeout(finish, 250);
    expect(await first).toMatchObject({ body: 'first', replayed: false });
    expect(await second).toMatchObject({ body: 'first', replayed: true });
  });

  it('answers IDEMPOTENCY_IN_PROGRESS when the first takes longer than the wait', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    try {
      void service.execute(request({}), () => new Promise(() => undefined));
      await new Promise((r) => setImmediate(r));
      const second = service.execute(request({}), async () => ({ status: 201, body: 'second' })).catch((e: unknown) => e);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(await second).toMatchObject({ code: 'IDEMPOTENCY_IN_PROGRESS' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('takes over an attempt that started over a minute ago and never finished', async () => {
    await records.insertClaim({ userId: 'u1', key: 'key-0000000000000001', route: 'POST /api/things', fingerprint: 'x' });
    const [row] = records.rows.values();
    row.fingerprint = createHash('sha256').update(`POST /api/things\n${canonicalJson({})}`).digest('hex');
    row.startedAt = new Date(Date.now() - 61_000);
    expect(await service.execute(request({}), async () => ({ status: 201, body: 'again' }))).toMatchObject({ body: 'again', replayed: false });
    expect(records.rows.get(row.id)?.state).toBe('done');
  });
});

describe('canonicalJson', () => {
  it('orders keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: undefined, c: 'é' })).toBe('{"b":[{"x":2,"y":1}],"c":"é"}');
  });
});
