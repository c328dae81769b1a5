import { describe, expect, it } from 'vitest'
import { deadlineText, ruleText, yuanText } from './aid-format'

describe('aid formats', () => {
  it.each([
    [500_000, '5,000 元'],
    [100_03, '100.03 元'],
    [0, '0 元'],
  ])('say %i fen as %s', (fen, text) => {
    expect(yuanText(fen)).toBe(text)
  })

  it('says a rate rule with its deductible and caps', () => {
    expect(ruleText({ kind: 'rate', ratePercent: 50, deductible: 100_00, capPerClaim: 3_000_00, capPerYear: 5_000_00 })).toBe(
      '超过 100 元的部分按 50% 报销，每次最多 3,000 元，每年最多 5,000 元',
    )
    expect(ruleText({ kind: 'rate', ratePercent: 100, deductible: 0, capPerClaim: 2_000_00 })).toBe('自付费用按 100% 报销，每次最多 2,000 元')
  })

  it('says a fixed rule and the deadlines', () => {
    expect(ruleText({ kind: 'fixed', amount: 1_000_00, capPerYear: 3_000_00 })).toBe('每次给付 1,000 元，每年最多 3,000 元')
    expect(deadlineText({ kind: 'months', months: 24 })).toBe('出险后 2 年内申请')
    expect(deadlineText({ kind: 'months', months: 6 })).toBe('出险后 6 个月内申请')
    expect(deadlineText({ kind: 'working-days', days: 30 })).toBe('出院（或出险）后 30 个工作日内申请')
  })
})
