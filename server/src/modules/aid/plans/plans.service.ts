import { Injectable } from '@nestjs/common';
import type { AidPlan as AidPlanView, FilingDeadline, PayoutRule } from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import { TransactionRunner } from '../../../database/transaction-runner';
import { isUniqueViolation } from '../../../database/unique-violation';
import { AuditService } from '../../audit/audit.service';
import { AidError, AidErrorCode } from '../aid.errors';
import type { CreatePlanDto } from '../dto/create-plan.dto';
import type { AidPlan } from './aid-plan.entity';
import { PlansRepository } from './plans.repository';

export const toPlanView = (plan: AidPlan): AidPlanView => ({
  id: plan.id,
  code: plan.code,
  name: plan.name,
  category: plan.category,
  coverageFrom: plan.coverageFrom,
  coverageUntil: plan.coverageUntil,
  waitingDays: plan.waitingDays,
  filingDeadline: plan.filingDeadline,
  payoutRule: plan.payoutRule,
  requiredDocuments: plan.requiredDocuments,
  autoEnrollOnJoin: plan.autoEnrollOnJoin,
  autoEnrollOccupations: plan.autoEnrollOccupations,
});

function payoutRuleOf(input: CreatePlanDto): PayoutRule {
  const capPerYear = input.capPerYear;
  if (input.payoutKind === 'fixed') return { kind: 'fixed', amount: input.amount as number, ...(capPerYear ? { capPerYear } : {}) };
  return { kind: 'rate', ratePercent: input.ratePercent as number, deductible: input.deductible as number, capPerClaim: input.capPerClaim as number, ...(capPerYear ? { capPerYear } : {}) };
}

const deadlineOf = (input: CreatePlanDto): FilingDeadline =>
  input.deadlineKind === 'working-days' ? { kind: 'working-days', days: input.deadlineValue } : { kind: 'months', months: input.deadlineValue };

@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<AidPlanView[]> {
    return (await this.plans.findAllByCode()).map(toPlanView);
  }

  async create(actor: Actor, input: CreatePlanDto): Promise<AidPlanView> {
    const plan = await this.transactions
      .run(async (manager) => {
        const created = await this.plans.insert(manager, {
          code: input.code,
          name: input.name.trim(),
          category: input.category,
          coverageFrom: input.coverageFrom,
          coverageUntil: input.coverageUntil,
          waitingDays: input.waitingDays,
          filingDeadline: deadlineOf(input),
          payoutRule: payoutRuleOf(input),
          requiredDocuments: [...new Set(input.requiredDocuments)],
          autoEnrollOnJoin: input.autoEnrollOnJoin ?? false,
          autoEnrollOccupations: input.autoEnrollOnJoin && input.autoEnrollOccupations?.length ? [...new Set(input.autoEnrollOccupations)] : null,
        });
        await this.audit.record(actor, { action: 'aid.plan.create', targetType: 'aid_plan', targetId: created.id, orgUnitId: actor.orgUnitId, detail: { code: created.code } }, manager);
        return created;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AidError(AidErrorCode.PlanCodeTaken);
        throw error;
      });
    return toPlanView(plan);
  }

  async get(id: string): Promise<AidPlan> {
    const plan = await this.plans.findById(id);
    if (!plan) throw new AidError(AidErrorCode.PlanNotFound);
    return plan;
  }
}
