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
import { TransferNotices } from './transfer-notices';
import type { Transfer } from './transfer.entity';
import { TransfersRepository } from './transfers.repository';

/**
 * 组织关系转接. A member who joins in another unit gets one open request instead of a second
 * membership (members and officers may also start one: TransferRequestsService); the releasing
 * unit's officer releases it, the receiving unit's officer accepts it, and the membership (number,
 * join date, history) moves. Either side may refuse with a reason. The member hears of each decision.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly transfers: TransfersRepository,
    private readonly members: MembersRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly changes: JoinChanges,
    private readonly notices: TransferNotices,
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
    return (await this.summariesFor([transfer], member))[0];
  }

  /** One member's transfers, for his own page. */
  async summariesFor(transfers: Transfer[], member: Member): Promise<TransferSummary[]> {
    const units = await this.orgs.summariesOf(transfers.flatMap((t) => [t.fromUnitId, t.toUnitId]));
    return transfers.map((t) => toSummary(t, member, units));
  }

  /**
   * The releasing unit's officer lets the member go; the receiving unit decides next, unless its
   * officer started the transfer: his agreement stands, so the release completes the move.
   */
  async release(actor: Actor, id: string): Promise<TransferSummary> {
    const transfer = await this.find(id);
    await this.orgs.assertInScope(actor, transfer.fromUnitId);
    const now = new Date();
    const released: Partial<Transfer> = { status: TransferStatus.Released, releasedBy: actor.userId, releasedAt: now };
    if (!transfer.acceptedInAdvance) return this.decide(actor, transfer, TransferStatus.Requested, JoinErrorCode.TransferNotReleasable, 'join.transfer.release', released);
    return this.decide(
      actor,
      transfer,
      TransferStatus.Requested,
      JoinErrorCode.TransferNotReleasable,
      'join.transfer.release',
      { ...released, status: TransferStatus.Accepted, decidedBy: transfer.startedBy, decidedAt: now, openMemberId: null },
      (manager) => this.moveMember(manager, transfer),
    );
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
      (manager) => this.moveMember(manager, transfer),
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

  /** A step's audit entries, one per unit since each unit's auditors see their own subtree, and its change-feed entry. */
  async recordStep(manager: EntityManager, actor: Actor, transfer: Transfer, action: string, changeAction: ChangeAction): Promise<void> {
    const detail = { status: transfer.status, origin: transfer.origin, fromUnitId: transfer.fromUnitId, toUnitId: transfer.toUnitId, reason: transfer.refuseReason ?? transfer.reason };
    for (const orgUnitId of [transfer.fromUnitId, transfer.toUnitId]) {
      await this.audit.record(actor, { action, targetType: 'transfer', targetId: transfer.id, orgUnitId, detail }, manager);
    }
    await this.changes.transferChanged(manager, transfer, changeAction);
  }

  /**
   * One step of the workflow in one transaction: the conditional update (only from `from`, so two
   * officers deciding at once cannot both win), then its effects, the audit entries of both units,
   * the change-feed entry and the member's in-app message; his WeChat message once committed.
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
    const member = (await this.members.findById(transfer.memberId)) as Member;
    const units = await this.orgs.summariesOf([transfer.fromUnitId, transfer.toUnitId]);
    const updated = await this.transactions.run(async (manager) => {
      if (!(await this.transfers.advance(manager, transfer.id, from, changes))) throw new JoinError(conflict);
      if (effects) await effects(manager);
      const after = (await this.transfers.findById(transfer.id, manager)) as Transfer;
      await this.recordStep(manager, actor, after, action, ChangeAction.Updated);
      await this.notices.inApp(manager, after, member, units);
      return after;
    });
    await this.notices.push(updated, member, units);
    return toSummary(updated, member, units);
  }

  private async moveMember(manager: EntityManager, transfer: Transfer): Promise<void> {
    const moved = await this.members.moveToUnit(manager, transfer.memberId, transfer.toUnitId, transfer.toUnitPath);
    await this.changes.memberChanged(manager, moved, ChangeAction.Updated);
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
    origin: transfer.origin,
    reason: transfer.reason,
    newEmployer: transfer.newEmployer,
  };
}
