import { type DatedClosure, minutesOf, type OpenState, spanEnd, StationStatus, WEEKDAYS, type WeeklyHours } from '@unionhub/shared';

/**
 * Opening hours are wall-clock times in Beijing. Asia/Shanghai is UTC+8 all year (China has kept no
 * daylight saving time since 1991), so a fixed offset is exact and needs no time-zone database.
 * Times below are "Beijing minutes": minutes since 1970-01-01 00:00 Beijing time.
 */
const BEIJING_OFFSET_MINUTES = 8 * 60;
const DAY = 24 * 60;
/** An open stretch longer than this is "open round the clock" for display: no closing time is given. */
const OPEN_HORIZON_DAYS = 7;
/** How far ahead the next opening is looked for; long closures (renovation) can take months. */
const CLOSED_HORIZON_DAYS = 366;

export const beijingMinuteOf = (at: Date): number => Math.floor(at.getTime() / 60_000) + BEIJING_OFFSET_MINUTES;

const dayOf = (minute: number): number => Math.floor(minute / DAY);
/** 1970-01-01 was a Thursday; Monday is 0. */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;
const dateOf = (day: number): string => new Date(day * DAY * 60_000).toISOString().slice(0, 10);
const dayOfDate = (date: string): number => Date.parse(`${date}T00:00:00Z`) / (DAY * 60_000);

/** The Beijing calendar date of an instant, `YYYY-MM-DD`. */
export const beijingDate = (at: Date): string => dateOf(dayOf(beijingMinuteOf(at)));

/** `2026-11-24T20:00:00+08:00` for a Beijing minute. */
export function beijingIso(minute: number): string {
  const time = `${String(Math.floor((minute % DAY) / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `${dateOf(dayOf(minute))}T${time}:00+08:00`;
}

type Interval = [start: number, end: number];

class Schedule {
  private readonly closed: Interval[];

  constructor(
    private readonly hours: WeeklyHours,
    closures: DatedClosure[],
  ) {
    this.closed = closures.map((c) => [dayOfDate(c.from), dayOfDate(c.to)]);
  }

  private isClosedDay(day: number): boolean {
    return this.closed.some(([from, to]) => day >= from && day <= to);
  }

  /**
   * The spans that start on `day`, as Beijing-minute intervals. A closed day has none, and an
   * overnight span stops at midnight when the next day is closed: the closure wins.
   */
  intervalsStarting(day: number): Interval[] {
    if (this.isClosedDay(day)) return [];
    const spans = this.hours[WEEKDAYS[weekdayOf(day)]] ?? [];
    const nextDayClosed = this.isClosedDay(day + 1);
    return spans.map((span) => {
      const start = day * DAY + (minutesOf(span.open) ?? 0);
      const end = day * DAY + spanEnd(span);
      return [start, nextDayClosed ? Math.min(end, (day + 1) * DAY) : end] as Interval;
    });
  }

  /** The interval holding `minute` (start ≤ minute < end), from spans of that day or the day before. */
  covering(minute: number): Interval | null {
    const day = dayOf(minute);
    const found = [...this.intervalsStarting(day - 1), ...this.intervalsStarting(day)].filter(([s, e]) => s <= minute && minute < e);
    return found.length ? found.reduce((a, b) => (b[1] > a[1] ? b : a)) : null;
  }

  /** When the open stretch holding `minute` ends, following spans that touch or overlap. */
  closingAfter(minute: number): number | null {
    let end = minute;
    for (let next = this.covering(end); next; next = this.covering(end)) {
      end = next[1];
      if (end - minute > OPEN_HORIZON_DAYS * DAY) return null;
    }
    return end;
  }

  openingAfter(minute: number): number | null {
    const firstDay = dayOf(minute);
    for (let day = firstDay; day <= firstDay + CLOSED_HORIZON_DAYS; day++) {
      const starts = this.intervalsStarting(day)
        .filter(([start, end]) => start > minute && end > start)
        .map(([start]) => start);
      if (starts.length) return Math.min(...starts);
    }
    return null;
  }
}

/**
 * Whether a station is open at `at`, and when that next changes. Spans are half-open: open from
 * the opening minute, closed from the closing minute. A suspended or closed station is not open.
 */
export function openStateAt(hours: WeeklyHours, closures: DatedClosure[], status: string, at: Date): OpenState {
  if (status !== StationStatus.Open) return { openNow: false, nextChangeAt: null };
  const schedule = new Schedule(hours, closures);
  const minute = beijingMinuteOf(at);
  if (schedule.covering(minute)) {
    const closing = schedule.closingAfter(minute);
    return { openNow: true, nextChangeAt: closing === null ? null : beijingIso(closing) };
  }
  const opening = schedule.openingAfter(minute);
  return { openNow: false, nextChangeAt: opening === null ? null : beijingIso(opening) };
}
