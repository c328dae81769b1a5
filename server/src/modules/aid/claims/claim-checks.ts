import { chinaDate, validateClaimDates } from '@unionhub/shared';
import { CommonError } from '../../../common/common.errors';
import { AidError, AidErrorCode } from '../aid.errors';
import type { AidEnrollment } from '../enrollments/aid-enrollment.entity';
import { isWithinFilingDeadline } from '../filing-deadline';
import type { AidPlan } from '../plans/aid-plan.entity';
import type { Claim } from './claim.entity';

const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Real calendar days, none in the future, in order: each error on its field, as the form shows it. */
export function assertDatesValid(claim: Pick<Claim, 'eventDate' | 'dischargeDate'>, now = new Date()): void {
  const errors = validateClaimDates(claim, chinaDate(now));
  const fields = (Object.entries(errors) as [string, string][]).map(([field, message]) => ({ field, message }));
  if (fields.length > 0) throw CommonError.validation(fields);
}

/** The event day within both the member's enrollment and the plan's coverage period. */
export function assertCovered(plan: AidPlan, enrollment: AidEnrollment, eventDate: string): void {
  const covered = eventDate >= enrollment.validFrom && eventDate <= enrollment.validUntil && eventDate >= plan.coverageFrom && eventDate <= plan.coverageUntil;
  if (!covered) throw new AidError(AidErrorCode.NotCovered, { validFrom: enrollment.validFrom, validUntil: enrollment.validUntil });
}

const normaliseName = (name: string) => name.trim().replace(/\s+/g, '');

/**
 * A claim is paid to the member himself: the payee is the name he is registered under. Anyone
 * else could be anyone's account, so another payee is taken only when the member says so with a
 * reason (an officer then confirms him); otherwise the form says so on the payee's name.
 * Returns the reason to keep: null when the member is paid himself.
 */
export function payeeReasonFor(claim: { payeeName: string; payeeReason?: string | null }, memberName: string | null): string | null {
  if (memberName !== null && normaliseName(claim.payeeName) === normaliseName(memberName)) return null;
  const reason = claim.payeeReason?.trim();
  if (reason) return reason;
  throw CommonError.validation([{ field: 'payeeName', message: '收款人须为会员本人，请填写您入会登记的姓名；确需他人代收的，请选“他人代收”并写明原因，工会核实后才能赔付' }]);
}

/** Another payee must have been confirmed by an officer before the claim is approved. */
export function assertPayeeSettled(claim: Pick<Claim, 'payeeReason' | 'payeeApprovedBy'>): void {
  if (claim.payeeReason !== null && claim.payeeApprovedBy === null) throw new AidError(AidErrorCode.PayeeApprovalPending);
}

/**
 * The checks a claim passes at submission, in the order a member can act on them; each failure
 * names its reason. Documents and invoice numbers are checked by the caller, which holds them.
 */
export function assertClaimable(plan: AidPlan, enrollment: AidEnrollment, claim: Claim, paidThisYear: number, now = new Date()): void {
  assertDatesValid(claim, now);
  assertCovered(plan, enrollment, claim.eventDate);
  const waitingEnds = addDays(enrollment.validFrom, plan.waitingDays);
  if (claim.eventDate < waitingEnds) throw new AidError(AidErrorCode.InWaitingPeriod, { waitingEnds });
  if (!isWithinFilingDeadline(plan.filingDeadline, { eventDate: claim.eventDate, dischargeDate: claim.dischargeDate }, {}, chinaDate(now))) {
    throw new AidError(AidErrorCode.PastDeadline);
  }
  const cap = plan.payoutRule.capPerYear;
  if (cap !== undefined && paidThisYear >= cap) throw new AidError(AidErrorCode.YearlyCapUsed, { paidThisYear, capPerYear: cap });
}
