import { Injectable } from '@nestjs/common';
import { ApplicationStatus, ChangeAction, type IdentityCheckOutcome, type JoinHoldReason, type JoinSubmitResponse, type MyJoinApplication, ReviewMode } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { IdempotencyService, type IdempotentResult } from '../../idempotency/idempotency.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { ChannelsService } from '../channels/channels.service';
import type { SubmitApplicationDto } from '../dto/submit-application.dto';
import { JoinChanges } from '../join-changes';
import { JoinError, JoinErrorCode } from '../join.errors';
import type { Member } from '../members/member.entity';
import { MembersService } from '../members/members.service';
import type { Transfer } from '../transfers/transfer.entity';
import { TransfersService } from '../transfers/transfers.service';
import { ApplicationViews } from './application-views';
import { ApplicationsRepository, type NewApplication } from './applications.repository';
import { CLAIM_ATTEMPTS_PER_DAY, ClaimAttemptsRepository } from '../claim-attempts/claim-attempts.repository';
import type { JoinApplication } from './join-application.entity';
import { JoinPreparationService, type PreparedJoin } from './join-preparation.service';

export const SUBMIT_ROUTE = 'POST /api/join/applications';

/** What one pass of the decision found or made. */
type Decision =
  | { outcome: 'member'; member: Member; application: JoinApplication | null; created: boolean }
  | { outcome: 'pending'; application: JoinApplication; created: boolean }
  | { outcome: 'transfer'; member: Member; transfer: Transfer; application: JoinApplication | null; created: boolean };

/**
 * Joining: one active membership and one pending application per person, on every database and
 * under any race. Reads decide; unique indexes settle races; the loser decides again and finds
 * the winner's row.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly preparation: JoinPreparationService,
    private readonly members: MembersService,
    private readonly transfers: TransfersService,
    private readonly channels: ChannelsService,
    private readonly notifications: NotificationsService,
    private readonly views: ApplicationViews,
    private readonly cipher: PersonalDataCipher,
    private readonly idempotency: IdempotencyService,
    private readonly transactions: TransactionRunner,
    private readonly changes: JoinChanges,
    private readonly attempts: ClaimAttemptsRepository,
  ) {}

  submit(actor: Actor, input: SubmitApplicationDto, key: string): Promise<IdempotentResult<JoinSubmitResponse>> {
    return this.idempotency.execute({ userId: actor.userId, key, route: SUBMIT_ROUTE, body: input }, async () => {
      const join = await this.preparation.prepare(actor, input);
      let decision: Decision;
      try {
        decision = await this.decide(actor, join);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        decision = await this.decide(actor, join);
      }
      if (decision.created) {
        await this.channels.countCommitted(join.channel?.id ?? null, decision.outcome === 'member' ? ['submissions', 'approvals'] : ['submissions']);
      }
      return { status: decision.created ? 201 : 200, body: await this.respond(decision) };
    });
  }

  async mine(actor: Actor): Promise<MyJoinApplication[]> {
    const applications = await this.applications.findLatestByUser(actor.userId);
    return Promise.all(applications.map((a) => this.views.mine(a)));
  }

  private async decide(actor: Actor, join: PreparedJoin): Promise<Decision> {
    const idHash = this.cipher.hash('id-number', join.idNumber);
    const automatic = join.reviewMode === ReviewMode.Auto && join.identity === 'passed';
    const sequence = automatic ? await this.members.reserveSequence(join.unit.id) : null;
    return this.transactions.run(async (manager) => {
      const member = await this.members.findActiveByIdHash(manager, idHash);
      if (member && member.userId === actor.userId) return this.joinAsMember(manager, actor, member, join, idHash);
      // What follows is about the applicant's own account, and may be told to him.
      if (await this.members.findActiveByUser(manager, actor.userId)) throw new JoinError(JoinErrorCode.AccountHasMember);
      const own = await this.applications.findPendingByUser(manager, actor.userId);
      if (own) {
        if (own.idHash !== idHash) throw new JoinError(JoinErrorCode.AccountHasPending);
        return { outcome: 'pending', application: own, created: false };
      }
      // What follows is about the person behind the ID number: never told, only shown to officers.
      if (member) return this.claimOrHold(manager, actor, member, join, idHash);
      if (await this.applications.findPendingByIdHash(manager, idHash)) return this.hold(manager, actor, join, idHash, 'pending-elsewhere');
      return this.createApplication(manager, actor, join, idHash, sequence);
    });
  }

  /** His own membership: the same unit keeps the card; another unit gets one open transfer request. */
  private async joinAsMember(manager: EntityManager, actor: Actor, member: Member, join: PreparedJoin, idHash: string): Promise<Decision> {
    if (member.orgUnitId === join.unit.id) return { outcome: 'member', member, application: null, created: false };
    const open = await this.transfers.findOpen(manager, member);
    if (open) return { outcome: 'transfer', member, transfer: open, application: open.applicationId ? await this.applications.findById(open.applicationId, manager) : null, created: false };
    const application = await this.applications.insert(manager, {
      ...this.fields(actor, join, idHash),
      status: ApplicationStatus.Transfer,
      pendingIdHash: null,
      memberId: member.id,
      decidedAt: null,
      holdReason: null,
    });
    const transfer = await this.transfers.request(manager, member, application, join.unit);
    await this.changes.applicationCreated(manager, application);
    await this.changes.transferChanged(manager, transfer, ChangeAction.Created);
    return { outcome: 'transfer', member, transfer, application, created: true };
  }

  /**
   * A member from an officer's roster joins through his own unit's code: the membership becomes his
   * account's when his verified phone is the roster's and his name the same, and fewer than five
   * failed claims of this ID number were made today. Anything else waits for an officer, with the
   * same answer as any reviewed application, so an ID number tells a stranger nothing.
   */
  private async claimOrHold(manager: EntityManager, actor: Actor, member: Member, join: PreparedJoin, idHash: string): Promise<Decision> {
    const reason = this.claimRefusal(member, join);
    if (reason) {
      await this.attempts.record(manager, { idHash, userId: actor.userId, orgUnitId: member.orgUnitId, reason, viaUnitId: join.unit.id, viaChannelId: join.channel?.id ?? null });
      return this.hold(manager, actor, join, idHash, reason);
    }
    if ((await this.attempts.countToday(idHash, manager)) >= CLAIM_ATTEMPTS_PER_DAY) return this.hold(manager, actor, join, idHash, 'claim-locked');
    const claimed = await this.members.claim(manager, member, actor.userId, join.occupation);
    // Claimed by another account a moment ago.
    if (!claimed) return this.hold(manager, actor, join, idHash, 'member-elsewhere');
    await this.changes.memberChanged(manager, claimed, ChangeAction.Updated);
    await this.notifications.notifyInApp(manager, actor.userId, {
      title: '会员资格已认领',
      body: `您已在${join.unit.name}的会员名册里，会员号 ${claimed.memberNumber} 已绑定到这个微信，在“我的”里可以出示电子会员卡。`,
      link: '/member/card/index',
    });
    return { outcome: 'member', member: claimed, application: null, created: true };
  }

  private claimRefusal(member: Member, join: PreparedJoin): JoinHoldReason | null {
    if (member.userId !== null) return 'member-elsewhere';
    if (member.orgUnitId !== join.unit.id) return 'imported-elsewhere';
    if (member.phoneHash !== this.cipher.hash('phone', join.phone) || member.name !== join.name) return 'roster-mismatch';
    return null;
  }

  /**
   * An ordinary pending application with the reason its officers see. It keeps no pending ID hash:
   * the person's own application (or membership) holds that place.
   */
  private async hold(manager: EntityManager, actor: Actor, join: PreparedJoin, idHash: string, holdReason: JoinHoldReason): Promise<Decision> {
    const application = await this.applications.insert(manager, {
      ...this.fields(actor, join, idHash),
      status: ApplicationStatus.Pending,
      pendingIdHash: null,
      memberId: null,
      decidedAt: null,
      holdReason,
    });
    await this.changes.applicationCreated(manager, application);
    return { outcome: 'pending', application, created: true };
  }

  private async createApplication(manager: EntityManager, actor: Actor, join: PreparedJoin, idHash: string, sequence: number | null): Promise<Decision> {
    // A reserved sequence means the channel approves at once.
    const automatic = sequence !== null;
    const application = await this.applications.insert(manager, {
      ...this.fields(actor, join, idHash),
      status: automatic ? ApplicationStatus.Approved : ApplicationStatus.Pending,
      pendingIdHash: automatic ? null : idHash,
      memberId: null,
      decidedAt: automatic ? new Date() : null,
      holdReason: automatic || join.reviewMode === ReviewMode.Review ? null : identityHold(join.identity),
    });
    if (sequence === null) {
      await this.changes.applicationCreated(manager, application);
      return { outcome: 'pending', application, created: true };
    }

    const member = await this.members.issue(manager, application, join.unit, sequence);
    await this.applications.setMember(manager, application.id, member.id);
    await this.changes.applicationCreated(manager, { ...application, memberId: member.id });
    await this.changes.memberChanged(manager, member, ChangeAction.Created);
    await this.notifications.notifyInApp(manager, actor.userId, {
      title: '入会成功',
      body: `欢迎加入${join.unit.name}！您的会员号是 ${member.memberNumber}，在“我的”里随时可以出示电子会员卡。`,
      link: '/member/card/index',
    });
    return { outcome: 'member', member, application: { ...application, memberId: member.id }, created: true };
  }

  /** The stored form: ID number and phone encrypted, found later by keyed hash; consents stamped now. */
  private fields(actor: Actor, join: PreparedJoin, idHash: string): Omit<NewApplication, 'status' | 'pendingIdHash' | 'memberId' | 'decidedAt' | 'holdReason'> {
    const now = new Date();
    return {
      userId: actor.userId,
      channelId: join.channel?.id ?? null,
      orgUnitId: join.unit.id,
      unitPath: join.unit.path,
      name: join.name,
      idNumberEnc: this.cipher.encrypt('id-number', join.idNumber),
      idHash,
      phoneEnc: this.cipher.encrypt('phone', join.phone),
      phoneHash: this.cipher.hash('phone', join.phone),
      phoneVerifiedBy: join.phoneVerifiedBy,
      identityCheck: join.identity,
      occupation: join.occupation,
      employer: join.employer,
      workDistrict: join.workDistrict,
      privacyPolicyVersion: join.privacyPolicyVersion,
      privacyConsentAt: now,
      sensitiveConsentAt: now,
    };
  }

  private async respond(decision: Decision): Promise<JoinSubmitResponse> {
    const member = decision.outcome === 'pending' ? null : decision.member;
    return {
      outcome: decision.outcome,
      application: decision.application ? await this.views.mine(decision.application) : null,
      membership: member ? await this.members.summaryOf(member) : null,
      transfer: decision.outcome === 'transfer' ? await this.transfers.summaryOf(decision.transfer, decision.member) : null,
    };
  }
}

/** An auto channel that could not approve: the identity check said no, or could not answer. */
function identityHold(identity: IdentityCheckOutcome): JoinHoldReason {
  return identity === 'failed' ? 'identity-failed' : 'identity-unavailable';
}
