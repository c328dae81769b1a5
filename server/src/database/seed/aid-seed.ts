import type { DataSource } from 'typeorm';
import { AidPlan } from '../../modules/aid/plans/aid-plan.entity';

type DemoPlan = Omit<AidPlan, 'id' | 'createdAt'>;

/** Three demo plans, one per payout style; amounts in fen. */
const demoPlans: DemoPlan[] = [
  {
    code: 'XJY-2026',
    name: '新就业形态劳动者专项保障（免费）',
    category: 'new-form-worker',
    coverageFrom: '2026-01-01',
    coverageUntil: '2026-12-31',
    waitingDays: 0,
    filingDeadline: { kind: 'months', months: 24 },
    payoutRule: { kind: 'rate', ratePercent: 50, deductible: 0, capPerClaim: 2_000_00, capPerYear: 5_000_00 },
    requiredDocuments: ['id-card', 'medical-invoice', 'discharge-summary'],
    autoEnrollOnJoin: true,
    autoEnrollOccupations: ['delivery-rider', 'courier', 'ride-hailing-driver', 'truck-driver'],
  },
  {
    code: 'ECBX-2026',
    name: '门诊/住院二次报销',
    category: 'secondary-reimbursement',
    coverageFrom: '2026-01-01',
    coverageUntil: '2026-12-31',
    waitingDays: 30,
    filingDeadline: { kind: 'working-days', days: 60 },
    payoutRule: { kind: 'rate', ratePercent: 60, deductible: 100_00, capPerClaim: 10_000_00, capPerYear: 30_000_00 },
    requiredDocuments: ['medical-invoice', 'discharge-summary', 'insurance-settlement'],
    autoEnrollOnJoin: false,
    autoEnrollOccupations: null,
  },
  {
    code: 'YWSH-2026',
    name: '意外伤害（非工伤）保障',
    category: 'accident',
    coverageFrom: '2026-01-01',
    coverageUntil: '2026-12-31',
    waitingDays: 0,
    filingDeadline: { kind: 'months', months: 24 },
    payoutRule: { kind: 'fixed', amount: 1_000_00, capPerYear: 3_000_00 },
    requiredDocuments: ['id-card', 'accident-proof', 'medical-invoice'],
    autoEnrollOnJoin: false,
    autoEnrollOccupations: null,
  },
];

/** Adds the demo plans that are missing, by code; returns how many were written. */
export async function seedDemoAidPlans(dataSource: DataSource): Promise<number> {
  const repository = dataSource.getRepository(AidPlan);
  const existing = new Set((await repository.find({ select: { code: true } })).map((p) => p.code));
  const missing = demoPlans.filter((p) => !existing.has(p.code));
  if (missing.length > 0) await repository.save(missing.map((p) => repository.create(p)));
  return missing.length;
}
