import { type AidEnrollment, type AidPlanCategory, type CreateClaimRequest, type Fen, validateClaimDates, validatePersonName } from '@unionhub/shared'
import type { ClaimDraft, ClaimFields } from './claim-draft'

export type FieldErrors = Partial<Record<keyof ClaimFields, string>>
export type PayeeErrors = Partial<Record<'payeeName' | 'bankAccount', string>>

/** The server's limits (CreateClaimDto), checked here first so that a mistake costs no round trip. */
const MAX_FEN = 100_000_000_00
const INVOICE = /^[A-Za-z0-9]{6,40}$/
const INSURANCE_TXN = /^[A-Za-z0-9-]{6,40}$/
const BANK_ACCOUNT = /^\d{12,19}$/
const MONEY = /^(\d{1,12})(?:\.(\d{1,2}))?$/

/** "1,234.5" → 123450 fen, by text, never through a float; null when it is not an amount of money. */
export function yuanToFen(text: string): Fen | null {
  const match = MONEY.exec(text.trim().replace(/[,，\s]/g, '').replace(/元$/, ''))
  if (!match) return null
  const [, yuan, jiao = ''] = match
  return Number(yuan) * 100 + Number(jiao.padEnd(2, '0'))
}

/** Invoice numbers as people type them: separated by spaces, commas or new lines; upper case, once each. */
export function parseInvoiceNumbers(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).map((n) => n.trim().toUpperCase()).filter(Boolean))]
}

export const digitsOnly = (text: string): string => text.replace(/[\s-]+/g, '')

/** What the date fields are called for a plan: a hospital stay, an accident, a loss at home. */
export function fieldLabels(category: AidPlanCategory): { eventDate: string; hospital: string; hospitalHint: string; hasStay: boolean } {
  if (category === 'home-property') return { eventDate: '出险日期', hospital: '出险地点', hospitalHint: '如：大兴区瀛海镇某小区', hasStay: false }
  if (category === 'accident') return { eventDate: '受伤日期', hospital: '就诊医院', hospitalHint: '如：北京大学第一医院', hasStay: true }
  return { eventDate: '入院（就诊）日期', hospital: '就诊医院', hospitalHint: '如：北京大学第一医院', hasStay: true }
}

const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

/** Whether the plan covers a day: the enrollment's period within the plan's. */
export function coversDay(enrollment: AidEnrollment, day: string): boolean {
  return day >= enrollment.validFrom && day <= enrollment.validUntil && day >= enrollment.plan.coverageFrom && day <= enrollment.plan.coverageUntil
}

/**
 * The form checked before it is sent: what the server would refuse, said next to the field.
 * Deadlines in working days depend on the holiday calendar the server holds, so only the server judges those.
 */
export function validateClaimFields(fields: ClaimFields, enrollment: AidEnrollment, today: string): FieldErrors {
  const errors: FieldErrors = {}
  const labels = fieldLabels(enrollment.plan.category)
  const { eventDate, dischargeDate } = fields
  const dates = validateClaimDates({ eventDate, dischargeDate }, today)
  if (!eventDate) errors.eventDate = `请选择${labels.eventDate}`
  else if (dates.eventDate) errors.eventDate = dates.eventDate
  else if (!coversDay(enrollment, eventDate)) errors.eventDate = `这一天不在您的保障期（${enrollment.validFrom} 至 ${enrollment.validUntil}）内，请核对日期，或选择别的保障项目`
  else if (eventDate < addDays(enrollment.validFrom, enrollment.plan.waitingDays)) {
    errors.eventDate = `这一天还在等待期内（${addDays(enrollment.validFrom, enrollment.plan.waitingDays)} 以后发生的才能赔付），这次不能申请`
  } else if (enrollment.plan.filingDeadline.kind === 'months' && today > addMonths(eventDate, enrollment.plan.filingDeadline.months)) {
    errors.eventDate = '已超过这个项目的申请时限，无法再申请；如有特殊情况请联系所在工会'
  }
  if (dates.dischargeDate) errors.dischargeDate = dates.dischargeDate

  const hospital = [...fields.hospital.trim()].length
  if (hospital < 2 || hospital > 60) errors.hospital = hospital === 0 ? `请填写${labels.hospital}` : `${labels.hospital}应为2到60个字`
  if (fields.insuranceTxn.trim() && !INSURANCE_TXN.test(fields.insuranceTxn.trim())) errors.insuranceTxn = '医保交易流水号应为6到40位字母或数字，在医保结算单上'

  const invoices = parseInvoiceNumbers(fields.invoiceNumbers)
  if (invoices.length === 0) errors.invoiceNumbers = '请至少填写一张发票号码'
  else if (invoices.length > 20) errors.invoiceNumbers = '一次最多20张发票，其余的请另提一份申请'
  else {
    const bad = invoices.find((n) => !INVOICE.test(n))
    if (bad) errors.invoiceNumbers = `发票号码“${bad}”不对：应为6到40位字母或数字`
  }

  const total = yuanToFen(fields.totalYuan)
  const eligible = yuanToFen(fields.eligibleYuan)
  if (total === null) errors.totalYuan = fields.totalYuan.trim() ? '金额写法不对，例如 1234.50' : '请填写费用总额（元）'
  else if (total > MAX_FEN) errors.totalYuan = '金额太大了，请核对'
  if (eligible === null) errors.eligibleYuan = fields.eligibleYuan.trim() ? '金额写法不对，例如 800' : '请填写自付部分（元），在医保结算单上'
  else if (total !== null && eligible > total) errors.eligibleYuan = '自付部分不能超过费用总额'
  return errors
}

/** With the card on file chosen there is no number to check. */
export function validatePayee(name: string, account: string, cardOnFile = false): PayeeErrors {
  const errors: PayeeErrors = {}
  const person = validatePersonName(name)
  if (!person.ok) errors.payeeName = person.message
  if (cardOnFile) return errors
  const digits = digitsOnly(account)
  if (!digits) errors.bankAccount = '请填写银行卡号'
  else if (!BANK_ACCOUNT.test(digits)) errors.bankAccount = '银行卡号应为12到19位数字，请对照卡面核对'
  return errors
}

/** The 互助服务卡 on file is used when the member has one and did not choose to type another card. */
export function paysToCardOnFile(draft: Pick<ClaimDraft, 'payeeKind' | 'cardOnFile' | 'useCardOnFile'>): boolean {
  return draft.payeeKind === 'aid-card' && draft.cardOnFile !== null && draft.useCardOnFile
}

/** The draft as the API takes it; call only after both checks passed. */
export function claimRequestOf(draft: ClaimDraft): CreateClaimRequest {
  const { fields } = draft
  const person = validatePersonName(draft.payeeName)
  return {
    enrollmentId: draft.enrollmentId,
    eventDate: fields.eventDate,
    ...(fields.dischargeDate ? { dischargeDate: fields.dischargeDate } : {}),
    hospital: fields.hospital.trim(),
    ...(fields.insuranceTxn.trim() ? { insuranceTxn: fields.insuranceTxn.trim() } : {}),
    invoiceNumbers: parseInvoiceNumbers(fields.invoiceNumbers),
    totalExpenses: yuanToFen(fields.totalYuan) ?? 0,
    eligibleExpenses: yuanToFen(fields.eligibleYuan) ?? 0,
    payeeName: person.ok ? person.value : draft.payeeName.trim(),
    payeeKind: draft.payeeKind,
    ...(paysToCardOnFile(draft) ? { useCardOnFile: true as const } : { bankAccount: digitsOnly(draft.bankAccount) }),
  }
}
