import type { FilingDeadline, PayoutRule } from '@unionhub/shared'

/** Fen as yuan the way people say it: whole yuan without decimals. */
export function yuanText(fen: number): string {
  const yuan = fen / 100
  return `${Number.isInteger(yuan) ? yuan.toLocaleString('zh-CN') : yuan.toFixed(2)} 元`
}

/** A payout rule in plain words for the 互助 tab. */
export function ruleText(rule: PayoutRule): string {
  const yearly = rule.capPerYear === undefined ? '' : `，每年最多 ${yuanText(rule.capPerYear)}`
  if (rule.kind === 'fixed') return `每次给付 ${yuanText(rule.amount)}${yearly}`
  const above = rule.deductible > 0 ? `超过 ${yuanText(rule.deductible)}的部分` : '自付费用'
  return `${above}按 ${rule.ratePercent}% 报销，每次最多 ${yuanText(rule.capPerClaim)}${yearly}`
}

export function deadlineText(deadline: FilingDeadline): string {
  if (deadline.kind === 'working-days') return `出院（或出险）后 ${deadline.days} 个工作日内申请`
  return deadline.months % 12 === 0 ? `出险后 ${deadline.months / 12} 年内申请` : `出险后 ${deadline.months} 个月内申请`
}
