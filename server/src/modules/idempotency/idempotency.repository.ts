import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { IdempotencyRecord } from './idempotency-record.entity';

export type NewClaim = Pick<IdempotencyRecord, 'userId' | 'key' | 'route' | 'fingerprint'>;

/** The record and attempt a request owns while it runs. */
export interface Claim {
  id: string;
  attempt: string;
}

/**
 * Every write runs through the transaction runner: on sql.js's single connection a bare statement
 * could land inside another request's open transaction and vanish with its rollback.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(
    @InjectRepository(IdempotencyRecord) private readonly records: Repository<IdempotencyRecord>,
    private readonly transactions: TransactionRunner,
  ) {}

  findByKey(userId: string, key: string): Promise<IdempotencyRecord | null> {
    return this.records.findOneBy({ userId, key });
  }

  /** Inserts an in-progress record; a unique violation means another request holds the key. */
  async insertClaim(claim: NewClaim): Promise<Claim> {
    const attempt = randomUUID();
    return this.transactions.single(async (manager) => {
      const result = await manager
        .getRepository(IdempotencyRecord)
        .insert({ ...claim, state: 'in-progress', startedAt: new Date(), attempt, responseStatus: null, responseBody: null });
      return { id: result.identifiers[0].id as string, attempt };
    });
  }

  /** Takes over an attempt that never finished; null when another request took it first. */
  async takeOverStale(record: IdempotencyRecord): Promise<Claim | null> {
    const attempt = randomUUID();
    const affected = await this.transactions.single(async (manager) => {
      const result = await manager
        .getRepository(IdempotencyRecord)
        .update({ id: record.id, state: 'in-progress', attempt: record.attempt }, { attempt, startedAt: new Date() });
      return result.affected ?? 0;
    });
    return affected === 1 ? { id: record.id, attempt } : null;
  }

  async complete(claim: Claim, status: number, body: string): Promise<void> {
    await this.transactions.single((manager) =>
      manager.getRepository(IdempotencyRecord).update({ ...claim, state: 'in-progress' }, { state: 'done', responseStatus: status, responseBody: body }),
    );
  }

  /**
   * Deletes up to `limit` records created, and last attempted, before `before`. `found` is how
   * many were read; `deleted` may be fewer when another process deleted some first.
   */
  async deleteOlderThan(before: Date, limit: number): Promise<{ found: number; deleted: number }> {
    const old = await this.records
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .where('r.createdAt < :before AND r.startedAt < :before', { before })
      .orderBy('r.createdAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    if (old.length === 0) return { found: 0, deleted: 0 };
    const result = await this.transactions.single((manager) => manager.getRepository(IdempotencyRecord).delete({ id: In(old.map((row) => row.id)) }));
    return { found: old.length, deleted: result.affected ?? 0 };
  }

  /** Frees the key after a failed attempt, so that the client's retry runs the request again. */
  async release(claim: Claim): Promise<void> {
    await this.transactions.single((manager) => manager.getRepository(IdempotencyRecord).delete({ ...claim, state: 'in-progress' }));
  }
}
