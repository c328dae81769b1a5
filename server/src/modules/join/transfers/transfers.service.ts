import { Injectable } from '@nestjs/common';
import { ChangeAction, maskName, type OrgUnitSummary, type TransferQueue, TransferStatus, type TransferSummary } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { TransactionRunner } from '../../../database/transaction-runner';
import { AuditService } from '../../audit/audit.service';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsService } from '../../orgs/orgs.service';
import type { JoinApplication } from '../applications/join-application.entity';
import { JoinChanges } from '../join-changes';
import { JoinError, JoinErrorCode } from '../join.errors';
import type { Member } from '../members/member.entity';
import { MembersRepository } from '../members/members.repository';
import { officerRoot } from '../officer-scope';
import type { Transfer } from './transfer.entity';
import { TransfersRepository } from './transfers.repository';

/**
 * 组织关系转接. A member who joins in another unit gets one open request instead of a second
 * membership; the releasing unit's officer releases it, the receiving unit's officer accepts it,
 * and the membership (number, join date, history) moves. Either side may refuse with a reason.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly transfers: TransfersRepository,
    private readonly members: MembersRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly changes: JoinChanges,
    private readonly transactions: TransactionRunner,
  ) {}

  findOpen(manager: EntityManager, member: Member): Promise<Transfer | null> {
    return this.transfers.findOpenForMember(manager, member.id);
  }

  /** A unique index on the open member id refuses a second open request under any race. */
  request(manager: EntityManager, member: Member, application: JoinApplication, to: OrgUnit): Promise<Transfer> {
    return this.transfers.insert(manager, {
      memberId: member.id,
      applicationId: application.id,
      fromUnitId: member.orgUnitId,
      fromUnitPath: member.unitPath,
      toUnitId: to.id,
      toUnitPath: to.path,
      openMemberId: member.id,
    });
  }

  /** Both units' queues: `out` waits for our release, `in` for our acceptance, `all` is everything touching us. */
  async list(actor: Actor, queue: TransferQueue = 'all'): Promise<TransferSummary[]> {
    const root = await officerRoot(this.orgs, actor);
    const transfers = await this.transfers.findQueue(root.path, queue);
    const members = new Map((await this.members.findByIds(transfers.map((t) => t.memberId))).map((m) => [m.id, m]));
    const units = await this.orgs.summariesOf(transfers.flatMap((t) => [t.fromUnitId, t.toUnitId]));
    return transfers.map((t) => toSummary(t, members.get(t.memberId) as Member, units));
  }

  async summaryOf(transfer: Transfer, member: Member): Promise<TransferSummary> {
    return toSummary(transfer, member, await this.orgs.summariesOf([transfer.fromUnitId, transfer.toUnitId]));
  }

  /** The releasing unit's officer lets the member go; the receiving unit decides next. */
  async release(actor: Actor, id: string): Promise<TransferSummary> {
    const transfer = await this.find(id);
    await this.orgs.assertInScope(actor, transfer.fromUnitId);
    return this.decide(actor, transfer, TransferStatus.Requested, JoinErrorCode.TransferNotReleasable, 'join.transfer.release', {
      status: TransferStatus.Released,
      releasedBy: actor.userId,
      releasedAt: new Date(),
    });
  }

  /** The receiving unit's officer takes the member in: the membership moves with its history. */
  async accept(actor: Actor, id: string): Promise<TransferSummary> {
    const transfer = await this.find(id);
    await this.orgs.assertInScope(actor, transfer.toUnitId);
    return this.decide(
      actor,
      transfer,
      TransferStatus.Released,
      JoinErrorCode.TransferNotAcceptable,
      'join.transfer.accept',
      { status: TransferStatus.Accepted, decidedBy: actor.userId, decidedAt: new Date(), openMemberId: null },
      async (manager) => {
        const moved = await this.members.moveToUnit(manager, transfer.memberId, transfer.toUnitId, transfer.toUnitPath);
        await this.changes.memberChanged(manager, moved, ChangeAction.Updated);
      },
    );
  }

  /** Whichever unit holds the transfer now may refuse it, saying why; the member stays where he is. */
  async refuse(actor: Actor, id: string, reason: string): Promise<TransferSummary> {
    const transfer = await this.find(id);
    const side = transfer.status === TransferStatus.Requested ? 'releasing' : transfer.status === TransferStatus.Released ? 'receiving' : null;
    if (!side) throw new JoinError(JoinErrorCode.TransferClosed);
    await this.orgs.assertInScope(actor, side === 'releasing' ? transfer.fromUnitId : transfer.toUnitId);
    return this.decide(actor, transfer, transfer.status, JoinErrorCode.TransferClosed, 'join.transfer.refuse', {
      status: TransferStatus.Refused,
      decidedBy: actor.userId,
      decidedAt: new Date(),
      refusedBy: side,
      refuseReason: reason.trim(),
      openMemberId: null,
    });
  }

  /**
   * One step of the workflow in one transaction: the conditional update (only from `from`, so two
   * officers deciding at once cannot both win), then its effects, the audit entries of both units
   * and the change-feed entry.
   */
  private async decide(
    actor: Actor,
    transfer: Transfer,
    from: TransferStatus,
    conflict: JoinErrorCode,
    action: string,
    changes: Partial<Transfer>,
    effects?: (manager: EntityManager) => Promise<void>,
  ): Promise<TransferSummary> {
    const updated = await this.transactions.run(async (manager) => {
      if (!(await this.transfers.advance(manager, transfer.id, from, changes))) throw new JoinError(conflict);
      if (effects) await effects(manager);
      const after = (await this.transfers.findById(transfer.id, manager)) as Transfer;
      const detail = { status: after.status, fromUnitId: after.fromUnitId, toUnitId: after.toUnitId, reason: after.refuseReason };
      // Each unit's auditors filter by their own subtree, so both sides get an entry.
      for (const orgUnitId of [transfer.fromUnitId, transfer.toUnitId]) {
        await this.audit.record(actor, { action, targetType: 'transfer', targetId: transfer.id, orgUnitId, detail }, manager);
      }
      await this.changes.transferChanged(manager, after, ChangeAction.Updated);
      return after;
    });
    const member = (await this.members.findById(updated.memberId)) as Member;
    return this.summaryOf(updated, member);
  }

  private async find(id: string): Promise<Transfer> {
    const transfer = await this.transfers.findById(id);
    if (!transfer) throw new JoinError(JoinErrorCode.TransferNotFound);
    return transfer;
  }
}

function toSummary(transfer: Transfer, member: Member, units: Map<string, OrgUnitSummary>): TransferSummary {
  return {
    id: transfer.id,
    status: transfer.status,
    nameMasked: maskName(member.name),
    memberNumber: member.memberNumber,
    fromUnit: units.get(transfer.fromUnitId) as OrgUnitSummary,
    toUnit: units.get(transfer.toUnitId) as OrgUnitSummary,
    createdAt: transfer.createdAt.toISOString(),
    releasedAt: transfer.releasedAt?.toISOString() ?? null,
    decidedAt: transfer.decidedAt?.toISOString() ?? null,
    refusedBy: transfer.refusedBy,
    refuseReason: transfer.refuseReason,
  };
}
