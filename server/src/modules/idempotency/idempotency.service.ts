import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../../database/unique-violation';
import type { IdempotencyRecord } from './idempotency-record.entity';
import { IdempotencyError, IdempotencyErrorCode } from './idempotency.errors';
import { type Claim, IdempotencyRepository } from './idempotency.repository';

export interface IdempotentRequest {
  userId: string;
  key: string;
  /** Method and route template, e.g. `POST /api/join/applications`. */
  route: string;
  body: unknown;
}

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

/** How long a duplicate waits for the first request to finish before answering 409. */
const WAIT_STEPS = 30;
const WAIT_STEP_MS = 100;
/** An attempt older than this crashed or hung; the next request with its key runs again. */
const STALE_AFTER_MS = 60_000;

/** Keys sorted at every level, so that the same body always gives the same fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a member's write once per idempotency key. A retry with the same key and body gets the
 * first response; the same key with another body is refused; a failed attempt frees the key.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly records: IdempotencyRepository) {}

  async execute<T>(request: IdempotentRequest, work: () => Promise<{ status: number; body: T }>): Promise<IdempotentResult<T>> {
    const fingerprint = createHash('sha256').update(`${request.route}\n${canonicalJson(request.body)}`).digest('hex');
    const claim = { userId: request.userId, key: request.key, route: request.route, fingerprint };
    let owned: Claim | null = null;
    for (let round = 0; round < 2 && !owned; round++) {
      try {
        owned = await this.records.insertClaim(claim);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const settled = await this.awaitOther(request, fingerprint);
        if (settled.kind === 'done') return settled.result as IdempotentResult<T>;
        if (settled.kind === 'taken-over') owned = settled.claim;
        // 'released': the other attempt failed and freed the key; claim it again.
      }
    }
    if (!owned) throw new IdempotencyError(IdempotencyErrorCode.InProgress);
    return this.run(owned, work);
  }

  private async run<T>(claim: Claim, work: () => Promise<{ status: number; body: T }>): Promise<IdempotentResult<T>> {
    let response: { status: number; body: T };
    try {
      response = await work();
    } catch (error) {
      await this.records.release(claim);
      throw error;
    }
    await this.records.complete(claim, response.status, JSON.stringify(response.body));
    return { ...response, replayed: false };
  }

  private async awaitOther(
    request: IdempotentRequest,
    fingerprint: string,
  ): Promise<{ kind: 'done'; result: IdempotentResult<unknown> } | { kind: 'taken-over'; claim: Claim } | { kind: 'released' }> {
    for (let step = 0; step <= WAIT_STEPS; step++) {
      const record = await this.records.findByKey(request.userId, request.key);
      if (!record) return { kind: 'released' };
      if (record.route !== request.route || record.fingerprint !== fingerprint) throw new IdempotencyError(IdempotencyErrorCode.KeyReused);
      if (record.state === 'done') return { kind: 'done', result: replay(record) };
      if (Date.now() - record.startedAt.getTime() > STALE_AFTER_MS) {
        const claim = await this.records.takeOverStale(record);
        if (claim) return { kind: 'taken-over', claim };
      }
      if (step < WAIT_STEPS) await sleep(WAIT_STEP_MS);
    }
    throw new IdempotencyError(IdempotencyErrorCode.InProgress);
  }
}

function replay(record: IdempotencyRecord): IdempotentResult<unknown> {
  return { status: record.responseStatus ?? 200, body: JSON.parse(record.responseBody ?? 'null') as unknown, replayed: true };
}
