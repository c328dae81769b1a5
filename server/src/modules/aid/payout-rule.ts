import type { Fen, PayoutRule } from '@unionhub/shared';

export interface PayoutInput {
  /** Expenses the plan covers on this claim (e.g. the self-paid part of the hospital bill). */
  eligibleExpenses: Fen;
  /** What the member's enrollment in this plan already paid or approved this plan year. */
  paidThisYear: Fen;
}

export interface PayoutSuggestion {
  amount: Fen;
  /** The reasons in plain Chinese, for the officer's checklist and the auditor. */
  steps: string[];
}

const yuan = (fen: Fen): string => `${(fen / 100).toFixed(2)} 元`;

/** The payout the plan's rule gives for a claim: the officer may approve up to this, never more. */
export function suggestPayout(rule: PayoutRule, input: PayoutInput): PayoutSuggestion {
  const steps: string[] = [];
  let amount: Fen;
  if (rule.kind === 'fixed') {
    amount = rule.amount;
    steps.push(`定额给付 ${yuan(rule.amount)}`);
  } else {
    const above = Math.max(0, input.eligibleExpenses - rule.deductible);
    amount = Math.floor((above * rule.ratePercent) / 100);
    steps.push(`可报销费用 ${yuan(input.eligibleExpenses)}，扣除起付线 ${yuan(rule.deductible)}后 ${yuan(above)}，按 ${rule.ratePercent}% 计 ${yuan(amount)}`);
    if (amount > rule.capPerClaim) {
      amount = rule.capPerClaim;
      steps.push(`超过单次上限，按 ${yuan(rule.capPerClaim)}`);
    }
  }
  if (rule.capPerYear !== undefined) {
    const left = Math.max(0, rule.capPerYear - input.paidThisYear);
    if (amount > left) {
      amount = left;
      steps.push(`本年度已赔付 ${yuan(input.paidThisYear)}，年度上限 ${yuan(rule.capPerYear)}，还可赔付 ${yuan(left)}`);
    }
  }
  return { amount, steps };
}
