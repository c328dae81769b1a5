import { isRealDate } from './calendar';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-02-28` yes; `2026-02-30`, `2026-04-31`, `2026-06-00` and anything not YYYY-MM-DD no. */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export interface ClaimDates {
  eventDate: string;
  dischargeDate?: string | null;
}

export type ClaimDateErrors = Partial<Record<keyof ClaimDates, string>>;

/**
 * The dates of a claim as both sides check them, each error on its own field: real calendar days,
 * none after `today` (China's date), and the discharge not before the admission or event. Whether
 * the event falls in the member's coverage needs the enrollment and is checked beside this.
 */
export function validateClaimDates(dates: ClaimDates, today: string): ClaimDateErrors {
  const errors: ClaimDateErrors = {};
  const { eventDate, dischargeDate } = dates;
  if (!isCalendarDay(eventDate)) errors.eventDate = '出险（发病、受伤）日期不是日历上有的日子，请重新选择';
  else if (eventDate > today) errors.eventDate = '出险日期不能晚于今天，请重新选择';
  if (dischargeDate) {
    if (!isCalendarDay(dischargeDate)) errors.dischargeDate = '出院日期不是日历上有的日子，请重新选择';
    else if (dischargeDate > today) errors.dischargeDate = '出院日期不能晚于今天，请重新选择';
    else if (!errors.eventDate && dischargeDate < eventDate) errors.dischargeDate = '出院日期不能早于入院（出险）日期，请重新选择';
  }
  return errors;
}
