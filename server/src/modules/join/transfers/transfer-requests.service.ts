import { Injectable } from '@nestjs/common';
import { ChangeAction, OrgKind, OrgLevel, type OrgUnitSummary, TransferOrigin, TransferStatus, type TransferSummary } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import type { OrgUnit } from '../../orgs/org-unit.entity';
import { OrgsError, OrgsErrorCode } from '../../orgs/orgs.errors';
import { OrgsService } from '../../orgs/orgs.service';
import type { StartMyTransferDto, StartTransferDto } from '../dto/start-transfer.dto';
import { JoinError, JoinErrorCode } from '../join.errors';
import type { Member } from '../members/member.entity';
import { MembersRepository } from '../members/members.repository';
import { officerRoot } from '../officer-scope';
import { TransferNotices } from './transfer-notices';
import type { Transfer } from './transfer.entity';
import { TransfersRepository } from './transfers.repository';
import { TransfersService } from './transfers.service';

type Start = Pick<Transfer, 'origin' | 'startedBy' | 'acceptedInAdvance' | 'status' | 'releasedBy' | 'releasedAt'>;

/**
 * Transfers started without a join application: by the member (new job, moved house), who may
 * withdraw it until it is released, or by an officer of either unit for a member he names by
 * member number. The decisions that follow are TransfersService's.
 */
@Injectable()
export class TransferRequestsService {
  constructor(
    private readonly transfers: TransfersRepository,
    private readonly workflow: TransfersService,
    private readonly members: MembersRepository,
    private readonly orgs: OrgsService,
    private readonly notices: TransferNotices,
    private readonly transactions: TransactionRunner,
  ) {}

  async mine(actor: Actor): Promise<TransferSummary[]> {
    const member = await this.memberOf(actor);
    return this.workflow.summariesFor(await this.transfers.findForMember(member.id), member);
  }

  async oneOfMine(actor: Actor, id: string): Promise<TransferSummary> {
    const { transfer, member } = await this.findMine(actor, id);
    return this.workflow.summaryOf(transfer, member);
  }

  async startMine(actor: Actor, input: StartMyTransferDto): Promise<TransferSummary> {
    const member = await this.memberOf(actor);
    const to = await this.target(input.toUnitId, member);
    return this.start(actor, member, to, input, {
      origin: TransferOrigin.Member,
      startedBy: actor.userId,
      acceptedInAdvance: false,
      status: TransferStatus.Requested,
      releasedBy: null,
      releasedAt: null,
    });
  }

  /**
   * An officer covering the member's unit starts the transfer already released (his side's step);
   * one covering only the receiving unit starts it with his acceptance given in advance. An officer
   * covering both is treated as the releasing side: the receiving step stays a separate decision.
   */
  async startForMember(actor: Actor, input: StartTransferDto): Promise<TransferSummary> {
    const root = await officerRoot(this.orgs, actor);
    const member = await this.members.findActiveByNumber(input.memberNumber.trim());
    if (!member) throw new JoinError(JoinErrorCode.MemberNumberNotFound);
    const to = await this.target(input.toUnitId, member);
    return this.start(actor, member, to, input, officerStart(actor, root, member, to));
  }

  /**
   * The same officer's start, inside the caller's transaction (a roster import moving a member of
   * another unit into `to`, a unit the caller checked is in scope). Push the notice after commit
   * with `pushStarted`.
   */
  async startForMemberIn(manager: EntityManager, actor: Actor, root: OrgUnit, member: Member, to: OrgUnit, reason: string): Promise<Transfer> {
    const units = await this.orgs.summariesOf([member.orgUnitId, to.id], manager);
    return this.insertStart(manager, actor, member, to, { reason }, officerStart(actor, root, member, to), units);
  }

  async pushStarted(transfer: Transfer, member: Member): Promise<void> {
    await this.notices.push(transfer, member, await this.orgs.summariesOf([member.orgUnitId, transfer.toUnitId]));
  }

  /** The member withdraws his request while it still waits for the releasing unit. */
  async cancelMine(actor: Actor, id: string): Promise<TransferSummary> {
    const { transfer, member } = await this.findMine(actor, id);
    const cancelled = await this.transactions.run(async (manager) => {
      const changes = { status: TransferStatus.Cancelled, decidedBy: actor.userId, decidedAt: new Date(), openMemberId: null };
      if (!(await this.transfers.advance(manager, transfer.id, TransferStatus.Requested, changes))) throw new JoinError(JoinErrorCode.TransferNotCancellable);
      const after = (await this.transfers.findById(transfer.id, manager)) as Transfer;
      await this.workflow.recordStep(manager, actor, after, 'join.transfer.cancel', ChangeAction.Updated);
      return after;
    });
    return this.workflow.summaryOf(cancelled, member);
  }

  /** The unique index on the open member id keeps one open transfer per member under any race. */
  private async start(actor: Actor, member: Member, to: OrgUnit, input: StartMyTransferDto, start: Start): Promise<TransferSummary> {
    const units = await this.orgs.summariesOf([member.orgUnitId, to.id]);
    const transfer = await this.transactions
      .run((manager) => this.insertStart(manager, actor, member, to, input, start, units))
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new JoinError(JoinErrorCode.TransferOpen);
        throw error;
      });
    if (start.origin === TransferOrigin.Officer) await this.notices.push(transfer, member, units);
    return this.workflow.summaryOf(transfer, member);
  }

  private async insertStart(manager: EntityManager, actor: Actor, member: Member, to: OrgUnit, input: Pick<StartMyTransferDto, 'reason' | 'newEmployer'>, start: Start, units: Map<string, OrgUnitSummary>): Promise<Transfer> {
    if (await this.transfers.findOpenForMember(manager, member.id)) throw new JoinError(JoinErrorCode.TransferOpen);
    const created = await this.transfers.insert(manager, {
      ...start,
      memberId: member.id,
      applicationId: null,
      fromUnitId: member.orgUnitId,
      fromUnitPath: member.unitPath,
      toUnitId: to.id,
      toUnitPath: to.path,
      openMemberId: member.id,
      reason: input.reason.trim(),
      newEmployer: input.newEmployer?.trim().replace(/\s+/g, ' ') || null,
    });
    await this.workflow.recordStep(manager, actor, created, 'join.transfer.start', ChangeAction.Created);
    // An officer's start may already be his side's decision: the member hears of it like any other.
    if (start.origin === TransferOrigin.Officer) await this.notices.inApp(manager, created, member, units);
    return created;
  }

  /** Members move to a grassroots unit or a district's pool, never to a federation of unions. */
  private async target(unitId: string, member: Member): Promise<OrgUnit> {
    const unit = await this.orgs.findById(unitId);
    if (!unit || (unit.level !== OrgLevel.Grassroots && unit.kind !== OrgKind.NewFormWorkerPool)) throw new JoinError(JoinErrorCode.TransferTarget);
    if (unit.id === member.orgUnitId) throw new JoinError(JoinErrorCode.TransferSameUnit);
    return unit;
  }

  private async memberOf(actor: Actor): Promise<Member> {
    const member = await this.members.findActiveByUser(actor.userId);
    if (!member) throw new JoinError(JoinErrorCode.NotMember);
    return member;
  }

  /** Another member's transfer answers exactly like one that does not exist. */
  private async findMine(actor: Actor, id: string): Promise<{ transfer: Transfer; member: Member }> {
    const [member, transfer] = await Promise.all([this.members.findActiveByUser(actor.userId), this.transfers.findById(id)]);
    if (!member || !transfer || transfer.memberId !== member.id) throw new JoinError(JoinErrorCode.TransferNotFound);
    return { transfer, member };
  }
}

/**
 * An officer covering the member's unit starts the transfer already released (his side's step);
 * one covering only the receiving unit starts it with his acceptance given in advance.
 */
function officerStart(actor: Actor, root: OrgUnit, member: Member, to: OrgUnit): Start {
  const releasing = member.unitPath.startsWith(root.path);
  if (!releasing && !to.path.startsWith(root.path)) throw new OrgsError(OrgsErrorCode.OutOfScope);
  return {
    origin: TransferOrigin.Officer,
    startedBy: actor.userId,
    acceptedInAdvance: !releasing,
    status: releasing ? TransferStatus.Released : TransferStatus.Requested,
    releasedBy: releasing ? actor.userId : null,
    releasedAt: releasing ? new Date() : null,
  };
}
