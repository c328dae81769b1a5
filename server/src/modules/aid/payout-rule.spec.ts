import type { PayoutRule } from '@unionhub/shared';
import { suggestPayout } from './payout-rule';

const secondary: PayoutRule = { kind: 'rate', ratePercent: 50, deductible: 100_00, capPerClaim: 3_000_00, capPerYear: 5_000_00 };
const grant: PayoutRule = { kind: 'fixed', amount: 10_000_00, capPerYear: 10_000_00 };

describe('payout rules', () => {
  it.each([
    ['below the deductible pays nothing', secondary, 80_00, 0, 0],
    ['exactly the deductible pays nothing', secondary, 100_00, 0, 0],
    ['pays the rate above the deductible', secondary, 1_100_00, 0, 500_00],
    ['rounds down to the fen', secondary, 100_03, 0, 1],
    ['stops at the cap per claim', secondary, 10_000_00, 0, 3_000_00],
    ['stops at what is left of the yearly cap', secondary, 10_000_00, 4_000_00, 1_000_00],
    ['pays nothing once the yearly cap is used', secondary, 10_000_00, 5_000_00, 0],
    ['pays nothing if more than the yearly cap was somehow paid', secondary, 10_000_00, 6_000_00, 0],
    ['pays a fixed grant whatever the expenses', grant, 1_00, 0, 10_000_00],
    ['pays a fixed grant only once a year', grant, 1_00, 10_000_00, 0],
    ['pays a fixed grant without a yearly cap every time', { kind: 'fixed', amount: 500_00 } as PayoutRule, 0, 50_000_00, 500_00],
    ['applies a 100% rate with no deductible', { kind: 'rate', ratePercent: 100, deductible: 0, capPerClaim: 2_000_00 } as PayoutRule, 1_234_56, 0, 1_234_56],
  ])('%s', (_, rule, eligibleExpenses, paidThisYear, expected) => {
    expect(suggestPayout(rule, { eligibleExpenses, paidThisYear }).amount).toBe(expected);
  });

  it('explains each step in Chinese', () => {
    const { steps } = suggestPayout(secondary, { eligibleExpenses: 10_000_00, paidThisYear: 4_000_00 });
    expect(steps).toEqual([
      '可报销费用 10000.00 元，扣除起付线 100.00 元后 9900.00 元，按 50% 计 4950.00 元',
      '超过单次上限，按 3000.00 元',
      '本年度已赔付 4000.00 元，年度上限 5000.00 元，还可赔付 1000.00 元',
    ]);
  });
});
