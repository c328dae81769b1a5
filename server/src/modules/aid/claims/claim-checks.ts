import { chinaDate } from '@unionhub/shared';
import { AidError, AidErrorCode } from '../aid.errors';
import type { AidEnrollment } from '../enrollments/aid-enrollment.entity';
import { isWithinFilingDeadline } from '../filing-deadline';
import type { AidPlan } from '../plans/aid-plan.entity';
import type { Claim } from './claim.entity';

const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The checks a claim passes at submission, in the order a member can act on them; each failure
 * names its reason. Documents and invoice numbers are checked by the caller, which holds them.
 */
export function assertClaimable(plan: AidPlan, enrollment: AidEnrollment, claim: Claim, paidThisYear: number, now = new Date()): void {
  const covered =
    claim.eventDate >= enrollment.validFrom && claim.eventDate <= enrollment.validUntil && claim.eventDate >= plan.coverageFrom && claim.eventDate <= plan.coverageUntil;
  if (!covered) throw new AidError(AidErrorCode.NotCovered, { validFrom: enrollment.validFrom, validUntil: enrollment.validUntil });
  const waitingEnds = addDays(enrollment.validFrom, plan.waitingDays);
  if (claim.eventDate < waitingEnds) throw new AidError(AidErrorCode.InWaitingPeriod, { waitingEnds });
  if (!isWithinFilingDeadline(plan.filingDeadline, { eventDate: claim.eventDate, dischargeDate: claim.dischargeDate }, {}, chinaDate(now))) {
    throw new AidError(AidErrorCode.PastDeadline);
  }
  const cap = plan.payoutRule.capPerYear;
  if (cap !== undefined && paidThisYear >= cap) throw new AidError(AidErrorCode.YearlyCapUsed, { paidThisYear, capPerYear: cap });
}
