import { Injectable } from '@nestjs/common';
import { ChangeAction, ChangeType, maskName } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import { Member } from '../join/members/member.entity';
import { ChangeFeedService } from '../sync/changes/change-feed.service';
import type { Claim } from './claims/claim.entity';
import type { AidEnrollment } from './enrollments/aid-enrollment.entity';
import type { AidPlan } from './plans/aid-plan.entity';

/** How an enrollment came about, for the back office's ledger. */
export type EnrollmentSource = 'join' | 'officer' | 'import' | 'sync';

/**
 * Mutual aid's entries in the change feed, written inside the write transaction. Claims carry the
 * member's name masked and never the bank account, the payee or an ID number.
 */
@Injectable()
export class AidChanges {
  constructor(private readonly feed: ChangeFeedService) {}

  enrollmentChanged(manager: EntityManager, enrollment: AidEnrollment, plan: Pick<AidPlan, 'id' | 'code'>, action: ChangeAction, source: EnrollmentSource): Promise<void> {
    return this.feed.record(manager, {
      type: ChangeType.Enrollment,
      action,
      subjectId: enrollment.id,
      unitId: enrollment.orgUnitId,
      data: { memberId: enrollment.memberId, planId: plan.id, planCode: plan.code, validFrom: enrollment.validFrom, validUntil: enrollment.validUntil, unitId: enrollment.orgUnitId, source },
    });
  }

  /** `claim` as it is after the change. */
  async claimChanged(manager: EntityManager, claim: Claim, action: ChangeAction.Created | ChangeAction.Updated): Promise<void> {
    const member = await manager.getRepository(Member).findOne({ where: { id: claim.memberId }, select: { id: true, name: true, memberNumber: true } });
    await this.feed.record(manager, {
      type: ChangeType.Claim,
      action,
      subjectId: claim.id,
      unitId: claim.orgUnitId,
      data: {
        status: claim.status,
        version: claim.version,
        planId: claim.planId,
        enrollmentId: claim.enrollmentId,
        memberId: claim.memberId,
        memberNumber: member?.memberNumber ?? null,
        memberNameMasked: member ? maskName(member.name) : null,
        unitId: claim.orgUnitId,
        eventDate: claim.eventDate,
        submittedOn: claim.submittedOn,
        totalExpenses: claim.totalExpenses,
        eligibleExpenses: claim.eligibleExpenses,
        approvedAmount: claim.approvedAmount,
        pendingApprovalAmount: claim.pendingApprovalAmount,
        flaggedDuplicate: claim.flaggedDuplicate,
        payoutBatchId: claim.payoutBatchId,
      },
    });
  }
}
