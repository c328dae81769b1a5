import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { maskSensitiveText } from '@unionhub/shared';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { ClientActor } from '../../common/client-actor';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string;
  orgUnitId: string | null;
  detail?: Record<string, unknown>;
}

/**
 * The audit log. An entry about a change takes the change's transaction manager, so that both
 * commit or neither does; an entry about a reading (an export, a sync call) is its own statement.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly transactions: TransactionRunner,
  ) {}

  async record(actor: Actor, record: AuditRecord, manager: EntityManager): Promise<void> {
    await manager.getRepository(AuditEntry).insert({
      actorId: actor.userId,
      actorRole: actor.role,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      orgUnitId: record.orgUnitId,
      ip: actor.ip,
      detail: record.detail ? maskSensitiveText(JSON.stringify(record.detail)) : null,
    });
  }

  /** A call by an API client: its id stands where a user's would, with the role `api-client`. */
  async recordClientCall(client: ClientActor, record: AuditRecord, manager: EntityManager): Promise<void> {
    await manager.getRepository(AuditEntry).insert({
      actorId: client.clientId,
      actorRole: 'api-client',
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      orgUnitId: record.orgUnitId,
      ip: client.ip,
      detail: record.detail ? maskSensitiveText(JSON.stringify(record.detail)) : null,
    });
  }

  /** Who read or exported what: nothing else changes, so the entry is a statement of its own. */
  async recordReading(actor: Actor, record: AuditRecord): Promise<void> {
    await this.transactions.single((manager) => this.record(actor, record, manager));
  }

  /** An API client's call, recorded as `recordReading` records an officer's. */
  async recordClientReading(client: ClientActor, record: AuditRecord): Promise<void> {
    await this.transactions.single((manager) => this.recordClientCall(client, record, manager));
  }

  /** Many entries in one statement, for bulk changes such as an import; same rules as `record`. */
  async recordMany(actor: Actor, records: AuditRecord[], manager: EntityManager): Promise<void> {
    if (records.length === 0) return;
    const rows = records.map((record) => ({
      id: randomUUID(),
      actorId: actor.userId,
      actorRole: actor.role,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      orgUnitId: record.orgUnitId,
      ip: actor.ip,
      detail: record.detail ? maskSensitiveText(JSON.stringify(record.detail)) : null,
    }));
    // updateEntity(false): nothing is read back, so a bulk insert stays one statement.
    await manager.createQueryBuilder().insert().into(AuditEntry).values(rows).updateEntity(false).execute();
  }

  findForTarget(targetType: string, targetId: string): Promise<AuditEntry[]> {
    return this.entries.find({ where: { targetType, targetId }, order: { createdAt: 'ASC' } });
  }
}
