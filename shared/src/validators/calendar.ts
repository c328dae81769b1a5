const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar date (YYYY-MM-DD) in China Standard Time. Birth dates and ages are Chinese
 * calendar dates, so they must not shift with the time zone the server or phone happens to run in.
 */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1];
}
