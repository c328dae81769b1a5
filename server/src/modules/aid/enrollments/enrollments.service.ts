import { Injectable } from '@nestjs/common';
import { type AidEnrollment as AidEnrollmentView, ChangeAction, type Occupation, type SyncEnrollmentRequest, type SyncEnrollmentResult, validateIdNumber } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import type { ClientActor } from '../../../common/client-actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { AuditService } from '../../audit/audit.service';
import type { Member } from '../../join/members/member.entity';
import { OrgsService } from '../../orgs/orgs.service';
import { AidChanges, type EnrollmentSource } from '../aid-changes';
import { AidError, AidErrorCode } from '../aid.errors';
import type { CreateEnrollmentDto } from '../dto/create-enrollment.dto';
import type { AidPlan } from '../plans/aid-plan.entity';
import { PlansRepository } from '../plans/plans.repository';
import { PlansService, toPlanView } from '../plans/plans.service';
import type { AidEnrollment } from './aid-enrollment.entity';
import { EnrollmentsRepository } from './enrollments.repository';

export interface EnrollmentPeriod {
  validFrom: string;
  validUntil: string;
}

export type EnrollmentOutcome = 'created' | 'updated' | 'unchanged';

const viewOf = (enrollment: AidEnrollment, plan: AidPlan): AidEnrollmentView => ({
  id: enrollment.id,
  plan: toPlanView(plan),
  memberId: enrollment.memberId,
  validFrom: enrollment.validFrom,
  validUntil: enrollment.validUntil,
});

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly enrollments: EnrollmentsRepository,
    private readonly plans: PlansService,
    private readonly planRows: PlansRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly changes: AidChanges,
    private readonly cipher: PersonalDataCipher,
    private readonly transactions: TransactionRunner,
  ) {}

  /** An officer enrolls a member of his subtree, by member number. */
  async enroll(actor: Actor, input: CreateEnrollmentDto): Promise<AidEnrollmentView> {
    const plan = await this.plans.get(input.planId);
    const member = await this.enrollments.findActiveMemberByNumber(input.memberNumber);
    if (!member) throw new AidError(AidErrorCode.NotAMember);
    await this.orgs.assertInScope(actor, member.orgUnitId);
    const userId = accountOf(member);
    const enrollment = await this.transactions
      .run(async (manager) => {
        const created = await this.enrollments.insert(manager, { planId: plan.id, memberId: member.id, userId, orgUnitId: member.orgUnitId, ...periodOf(input) });
        await this.changes.enrollmentChanged(manager, created, plan, ChangeAction.Created, 'officer');
        await this.audit.record(actor, { action: 'aid.enrollment.create', targetType: 'aid_enrollment', targetId: created.id, orgUnitId: member.orgUnitId, detail: { plan: plan.code, memberNumber: member.memberNumber } }, manager);
        return created;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AidError(AidErrorCode.AlreadyEnrolled);
        throw error;
      });
    return viewOf(enrollment, plan);
  }

  /** An officer removes an enrollment of his subtree made by mistake; one that carries claims stays. */
  async remove(actor: Actor, id: string): Promise<void> {
    const enrollment = await this.enrollments.findById(id);
    if (!enrollment) throw new AidError(AidErrorCode.EnrollmentNotFound);
    await this.orgs.assertInScope(actor, enrollment.orgUnitId);
    const plan = await this.plans.get(enrollment.planId);
    await this.transactions.run(async (manager) => {
      if (await this.enrollments.hasClaims(manager, id)) throw new AidError(AidErrorCode.EnrollmentHasClaims);
      if (!(await this.enrollments.delete(manager, id))) throw new AidError(AidErrorCode.EnrollmentNotFound);
      await this.changes.enrollmentChanged(manager, enrollment, plan, ChangeAction.Deleted, 'officer');
      await this.audit.record(actor, { action: 'aid.enrollment.delete', targetType: 'aid_enrollment', targetId: id, orgUnitId: enrollment.orgUnitId, detail: { plan: plan.code, validFrom: enrollment.validFrom } }, manager);
    });
  }

  /**
   * Called by join in the transaction that creates the membership: enrolls the new member, from
   * his joining day to the end of the period, in every plan that enrolls joiners of his occupation.
   */
  async enrollOnJoining(manager: EntityManager, member: Member, occupation: Occupation): Promise<void> {
    const plans = await this.planRows.findAutoEnrolling(manager, member.joinedOn);
    for (const plan of plans) {
      if (plan.autoEnrollOccupations && !plan.autoEnrollOccupations.includes(occupation)) continue;
      await this.upsert(manager, member, plan, { validFrom: member.joinedOn, validUntil: plan.coverageUntil }, 'join');
    }
  }

  /**
   * The member's enrollment in the plan from `validFrom`, created, or its end date brought in line;
   * nothing when it is already so. Writes the change-feed entry with the change.
   */
  async upsert(manager: EntityManager, member: Pick<Member, 'id' | 'userId' | 'orgUnitId'>, plan: AidPlan, period: EnrollmentPeriod, source: EnrollmentSource): Promise<{ enrollment: AidEnrollment; outcome: EnrollmentOutcome }> {
    const existing = await this.enrollments.findOne(manager, member.id, plan.id, period.validFrom);
    if (existing) {
      if (existing.validUntil === period.validUntil) return { enrollment: existing, outcome: 'unchanged' };
      await this.enrollments.setValidUntil(manager, existing.id, period.validUntil);
      const updated = { ...existing, validUntil: period.validUntil };
      await this.changes.enrollmentChanged(manager, updated, plan, ChangeAction.Updated, source);
      return { enrollment: updated, outcome: 'updated' };
    }
    const created = await this.enrollments.insert(manager, { planId: plan.id, memberId: member.id, userId: accountOf(member), orgUnitId: member.orgUnitId, ...period });
    await this.changes.enrollmentChanged(manager, created, plan, ChangeAction.Created, source);
    return { enrollment: created, outcome: 'created' };
  }

  /** An API client with `enrollments:write` enrolls a member of its subtree; a retry changes nothing. */
  async enrollForClient(client: ClientActor, input: SyncEnrollmentRequest): Promise<SyncEnrollmentResult> {
    const plan = await this.planRows.findByCode(input.planCode);
    if (!plan) throw new AidError(AidErrorCode.PlanNotFound);
    assertWithinPlan(plan, input);
    const member = await this.memberFor(input);
    // Outside the client's subtree reads as unknown, so a client cannot probe other districts' members.
    if (!member || !member.unitPath.startsWith(client.unitPath)) throw new AidError(AidErrorCode.NotAMember);
    const { enrollment, outcome } = await this.transactions
      .run(async (manager) => {
        const result = await this.upsert(manager, member, plan, periodOf(input), 'sync');
        if (result.outcome !== 'unchanged') {
          await this.audit.recordClientCall(client, { action: `aid.enrollment.${result.outcome === 'created' ? 'create' : 'update'}`, targetType: 'aid_enrollment', targetId: result.enrollment.id, orgUnitId: member.orgUnitId, detail: { plan: plan.code, memberNumber: member.memberNumber } }, manager);
        }
        return result;
      })
      .catch((error: unknown) => {
        // Two calls at once for the same enrollment: the other one wrote it.
        if (isUniqueViolation(error)) throw new AidError(AidErrorCode.AlreadyEnrolled);
        throw error;
      });
    return { enrollment: viewOf(enrollment, plan), created: outcome === 'created' };
  }

  async mine(actor: Actor): Promise<AidEnrollmentView[]> {
    const rows = await this.enrollments.findByUser(actor.userId);
    const plans = new Map((await this.planRows.findByIds([...new Set(rows.map((r) => r.planId))])).map((p) => [p.id, p]));
    return rows.flatMap((row) => {
      const plan = plans.get(row.planId);
      return plan ? [viewOf(row, plan)] : [];
    });
  }

  /** The member's own enrollment, or 404 (another member's id reads as unknown). */
  async ownEnrollment(actor: Actor, id: string): Promise<AidEnrollment> {
    const enrollment = await this.enrollments.findById(id);
    if (!enrollment || enrollment.userId !== actor.userId) throw new AidError(AidErrorCode.PlanNotFound);
    return enrollment;
  }

  private memberFor(input: SyncEnrollmentRequest): Promise<Member | null> {
    if (input.memberNumber) return this.enrollments.findActiveMemberByNumber(input.memberNumber);
    const id = validateIdNumber(input.idNumber ?? '');
    if (!id.ok) throw new AidError(AidErrorCode.NotAMember);
    return this.enrollments.findActiveMemberByIdHash(this.cipher.hash('id-number', id.value));
  }
}

const periodOf = (input: EnrollmentPeriod): EnrollmentPeriod => ({ validFrom: input.validFrom, validUntil: input.validUntil });

/** The enrollment's period must lie within the plan's coverage. */
export function assertWithinPlan(plan: AidPlan, period: EnrollmentPeriod): void {
  if (period.validFrom > period.validUntil || period.validFrom < plan.coverageFrom || period.validUntil > plan.coverageUntil) {
    throw new AidError(AidErrorCode.PeriodOutsidePlan, { coverageFrom: plan.coverageFrom, coverageUntil: plan.coverageUntil });
  }
}

/** Claims are filed from an account: an imported member is enrolled once he has claimed his membership. */
function accountOf(member: Pick<Member, 'userId'>): string {
  if (!member.userId) throw new AidError(AidErrorCode.MemberWithoutAccount);
  return member.userId;
}
