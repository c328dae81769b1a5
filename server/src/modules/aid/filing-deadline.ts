import type { FilingDeadline } from '@unionhub/shared';

/** Dates are calendar days 'YYYY-MM-DD' (China time), compared as text. */
type IsoDate = string;

const toDate = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
const addDays = (iso: IsoDate, days: number): IsoDate => toIso(new Date(toDate(iso).getTime() + days * 86_400_000));

function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return toIso(target);
}

/**
 * The last day a claim may be filed. Working days skip Saturdays, Sundays and the listed public
 * holidays; the official make-up working days (调休) that fall on weekends count as working days
 * when listed in `workdays`.
 */
export function lastFilingDay(
  rule: FilingDeadline,
  dates: { eventDate: IsoDate; dischargeDate?: IsoDate | null },
  calendar: { holidays?: ReadonlySet<IsoDate>; workdays?: ReadonlySet<IsoDate> } = {},
): IsoDate {
  if (rule.kind === 'months') return addMonths(dates.eventDate, rule.months);
  let day = dates.dischargeDate ?? dates.eventDate;
  let counted = 0;
  while (counted < rule.days) {
    day = addDays(day, 1);
    const weekday = toDate(day).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const working = calendar.workdays?.has(day) || (!weekend && !calendar.holidays?.has(day));
    if (working) counted += 1;
  }
  return day;
}

export const isWithinFilingDeadline = (...args: [...Parameters<typeof lastFilingDay>, IsoDate]): boolean => {
  const [rule, dates, calendar, filedOn] = args;
  return filedOn <= lastFilingDay(rule, dates, calendar);
};
