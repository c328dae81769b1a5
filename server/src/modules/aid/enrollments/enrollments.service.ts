import { Injectable } from '@nestjs/common';
import type { AidEnrollment as AidEnrollmentView } from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { AuditService } from '../../audit/audit.service';
import { OrgsService } from '../../orgs/orgs.service';
import { AidError, AidErrorCode } from '../aid.errors';
import type { CreateEnrollmentDto } from '../dto/create-enrollment.dto';
import { PlansRepository } from '../plans/plans.repository';
import { PlansService, toPlanView } from '../plans/plans.service';
import type { AidEnrollment } from './aid-enrollment.entity';
import { EnrollmentsRepository } from './enrollments.repository';

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly enrollments: EnrollmentsRepository,
    private readonly plans: PlansService,
    private readonly planRows: PlansRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** An officer enrolls a member of his subtree, by member number. */
  async enroll(actor: Actor, input: CreateEnrollmentDto): Promise<AidEnrollmentView> {
    const plan = await this.plans.get(input.planId);
    const member = await this.enrollments.findActiveMemberByNumber(input.memberNumber);
    if (!member) throw new AidError(AidErrorCode.NotAMember);
    await this.orgs.assertInScope(actor, member.orgUnitId);
    const enrollment = await this.transactions
      .run(async (manager) => {
        const created = await this.enrollments.insert(manager, {
          planId: plan.id,
          memberId: member.id,
          userId: member.userId,
          orgUnitId: member.orgUnitId,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
        });
        await this.audit.record(actor, { action: 'aid.enrollment.create', targetType: 'aid_enrollment', targetId: created.id, orgUnitId: member.orgUnitId, detail: { plan: plan.code, memberNumber: member.memberNumber } }, manager);
        return created;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AidError(AidErrorCode.AlreadyEnrolled);
        throw error;
      });
    return { id: enrollment.id, plan: toPlanView(plan), memberId: member.id, validFrom: enrollment.validFrom, validUntil: enrollment.validUntil };
  }

  async mine(actor: Actor): Promise<AidEnrollmentView[]> {
    const rows = await this.enrollments.findByUser(actor.userId);
    const plans = new Map((await this.planRows.findByIds([...new Set(rows.map((r) => r.planId))])).map((p) => [p.id, p]));
    return rows.flatMap((row) => {
      const plan = plans.get(row.planId);
      return plan ? [{ id: row.id, plan: toPlanView(plan), memberId: row.memberId, validFrom: row.validFrom, validUntil: row.validUntil }] : [];
    });
  }

  /** The member's own enrollment, or 404 (another member's id reads as unknown). */
  async ownEnrollment(actor: Actor, id: string): Promise<AidEnrollment> {
    const enrollment = await this.enrollments.findById(id);
    if (!enrollment || enrollment.userId !== actor.userId) throw new AidError(AidErrorCode.PlanNotFound);
    return enrollment;
  }
}
