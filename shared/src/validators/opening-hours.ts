import { type OpeningSpan, WEEKDAYS, type Weekday, WeekdayLabel, type WeeklyHours } from '../api/stations';
import type { ValidationFailure } from './validation-result';

export const OpeningHoursErrorCode = {
  Empty: 'HOURS_EMPTY',
  Time: 'HOURS_TIME',
  Days: 'HOURS_DAYS',
  Overlap: 'HOURS_OVERLAP',
  TooMany: 'HOURS_TOO_MANY',
} as const;
export type OpeningHoursErrorCode = (typeof OpeningHoursErrorCode)[keyof typeof OpeningHoursErrorCode];

export type OpeningHoursValidation = { ok: true; value: WeeklyHours } | ValidationFailure<OpeningHoursErrorCode>;

const MAX_SPANS_PER_DAY = 4;
const DAY_MINUTES = 24 * 60;
const EXAMPLE = '例如“周一至周五 08:00-20:00；周六 09:00-17:00”或“24小时”';

const fail = (reason: OpeningHoursErrorCode, message: string): OpeningHoursValidation => ({ ok: false, reason, message });

export const emptyWeek = (): WeeklyHours => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });

/** Minutes after midnight for `HH:MM` (00:00–24:00), or null. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minutes > DAY_MINUTES) return null;
  return minutes;
}

/** Where a span ends, in minutes after the midnight it starts from; past 1440 for an overnight span. */
export function spanEnd(span: OpeningSpan): number {
  const open = minutesOf(span.open) ?? 0;
  const close = minutesOf(span.close) ?? 0;
  return close > open ? close : close + DAY_MINUTES;
}

/**
 * Checks a weekly schedule: `HH:MM` times, `24:00` only as a closing time, no empty span, spans of
 * one day not overlapping, at most 4 a day, and at least one span in the week.
 */
export function validateWeeklyHours(hours: unknown): OpeningHoursValidation {
  if (typeof hours !== 'object' || hours === null) return fail(OpeningHoursErrorCode.Empty, '请填写开放时间');
  const source = hours as Record<string, unknown>;
  const unknownDay = Object.keys(source).find((key) => !(WEEKDAYS as readonly string[]).includes(key));
  if (unknownDay) return fail(OpeningHoursErrorCode.Days, `开放时间里的“${unknownDay}”不是星期几`);
  const week = emptyWeek();
  for (const day of WEEKDAYS) {
    const spans = source[day] ?? [];
    if (!Array.isArray(spans)) return fail(OpeningHoursErrorCode.Time, `${WeekdayLabel[day]}的开放时间格式不对`);
    if (spans.length > MAX_SPANS_PER_DAY) return fail(OpeningHoursErrorCode.TooMany, `${WeekdayLabel[day]}最多填${MAX_SPANS_PER_DAY}个时段`);
    for (const span of spans as unknown[]) {
      const checked = checkSpan(span, day);
      if (!checked.ok) return checked;
      week[day].push(checked.span);
    }
    week[day].sort((a, b) => (minutesOf(a.open) ?? 0) - (minutesOf(b.open) ?? 0));
    for (let i = 1; i < week[day].length; i++) {
      if (spanEnd(week[day][i - 1]) > (minutesOf(week[day][i].open) ?? 0)) {
        return fail(OpeningHoursErrorCode.Overlap, `${WeekdayLabel[day]}的时段有重叠，请合并成一个`);
      }
    }
  }
  if (WEEKDAYS.every((day) => week[day].length === 0)) return fail(OpeningHoursErrorCode.Empty, '请至少填写一个开放时段');
  return { ok: true, value: week };
}

function checkSpan(span: unknown, day: Weekday): { ok: true; span: OpeningSpan } | ValidationFailure<OpeningHoursErrorCode> {
  const { open, close } = (typeof span === 'object' && span !== null ? span : {}) as Record<string, unknown>;
  const openAt = typeof open === 'string' ? minutesOf(open) : null;
  const closeAt = typeof close === 'string' ? minutesOf(close) : null;
  if (openAt === null || closeAt === null || openAt === DAY_MINUTES) {
    return { ok: false, reason: OpeningHoursErrorCode.Time, message: `${WeekdayLabel[day]}的时间应写成 08:00 这样的24小时制` };
  }
  if (openAt === closeAt) {
    return { ok: false, reason: OpeningHoursErrorCode.Time, message: `${WeekdayLabel[day]}的开门和关门时间不能相同，全天开放请写 00:00-24:00` };
  }
  return { ok: true, span: { open: open as string, close: close as string } };
}

const DAY_CHARS: Record<string, Weekday> = { 一: 'mon', 二: 'tue', 三: 'wed', 四: 'thu', 五: 'fri', 六: 'sat', 日: 'sun', 天: 'sun', 七: 'sun' };
const DAY_PREFIX = '(?:周|星期|礼拜)';
const ALL_DAY = /^(?:全天|24小时|24h|全天24小时|24小时开放|全天开放)$/i;
const CLOSED_DAY = /^(?:休息|闭馆|不开放|关闭|休)$/;

function normalise(text: string): string {
  return text
    .replace(/[：]/g, ':')
    .replace(/[－—–~～]/g, '-')
    .replace(/[，、]/g, ',')
    .replace(/[；\n\r]+/g, ';')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `H:MM` or `HH:MM` as `HH:MM`; `次日` before a time marks the next day, which spans allow anyway. */
function time(text: string): string | null {
  const match = /^(?:次日)?\s*(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const value = `${match[1].padStart(2, '0')}:${match[2]}`;
  return minutesOf(value) === null ? null : value;
}

/** `周一至周五`, `周一-周五`, `周一,周三`, `每天`, `工作日`, `周末`, `周六日`; null if not days. */
function parseDays(text: string): Weekday[] | null {
  const t = text.replace(/\s+/g, '');
  if (/^(?:每天|每日|天天|全周|周一至周日|周一到周日)$/.test(t)) return [...WEEKDAYS];
  if (t === '工作日') return ['mon', 'tue', 'wed', 'thu', 'fri'];
  if (t === '周末' || t === '周六日') return ['sat', 'sun'];
  const range = new RegExp(`^${DAY_PREFIX}([一二三四五六日天七])(?:至|到|-)${DAY_PREFIX}?([一二三四五六日天七])$`).exec(t);
  if (range) {
    const from = WEEKDAYS.indexOf(DAY_CHARS[range[1]]);
    const to = WEEKDAYS.indexOf(DAY_CHARS[range[2]]);
    const days: Weekday[] = [];
    for (let i = from; ; i = (i + 1) % 7) {
      days.push(WEEKDAYS[i]);
      if (i === to) break;
    }
    return days;
  }
  const list = t.split(',');
  const days: Weekday[] = [];
  for (const item of list) {
    const single = new RegExp(`^${DAY_PREFIX}?([一二三四五六日天七])$`).exec(item);
    if (!single || (days.length === 0 && !new RegExp(`^${DAY_PREFIX}`).test(item))) return null;
    days.push(DAY_CHARS[single[1]]);
  }
  return days.length > 0 ? days : null;
}

/** `08:00-20:00,22:00-次日06:00`, `24小时` or `休息` as spans; null if not spans. */
function parseSpans(text: string): OpeningSpan[] | null {
  const t = text.trim();
  if (ALL_DAY.test(t.replace(/\s+/g, ''))) return [{ open: '00:00', close: '24:00' }];
  if (CLOSED_DAY.test(t)) return [];
  const spans: OpeningSpan[] = [];
  for (const part of t.split(',')) {
    const [from, to, extra] = part.split('-');
    const open = from === undefined ? null : time(from);
    const close = to === undefined ? null : time(to);
    if (!open || !close || extra !== undefined) return null;
    spans.push({ open, close });
  }
  return spans;
}

/**
 * Reads opening hours as people write them in spreadsheets: `周一至周五 08:00-20:00；周六 09:00-17:00`,
 * `每天 07:00-22:00`, `24小时`, `周一至周日 22:00-次日06:00`, `周日休息`. Days not named are closed;
 * spans without days apply to every day.
 */
export function parseOpeningHoursText(text: string): OpeningHoursValidation {
  const source = normalise(text);
  if (!source) return fail(OpeningHoursErrorCode.Empty, `请填写开放时间，${EXAMPLE}`);
  const week = emptyWeek();
  for (const segment of source.split(';').map((s) => s.trim()).filter(Boolean)) {
    const whole = parseSpans(segment);
    if (whole) {
      for (const day of WEEKDAYS) week[day].push(...whole);
      continue;
    }
    const split = splitDaysAndSpans(segment);
    if (!split) return fail(OpeningHoursErrorCode.Time, `看不懂开放时间“${segment}”，${EXAMPLE}`);
    for (const day of split.days) week[day].push(...split.spans);
  }
  return validateWeeklyHours(week);
}

function splitDaysAndSpans(segment: string): { days: Weekday[]; spans: OpeningSpan[] } | null {
  // The day part ends where the first digit, 全天/24小时 or 休息 begins.
  const match = /^(.+?)\s*((?:次日)?\d.*|全天.*|24.*|休息|闭馆|不开放|关闭|休)$/.exec(segment);
  if (!match) return null;
  const days = parseDays(match[1]);
  const spans = parseSpans(match[2]);
  return days && spans ? { days, spans } : null;
}

function spanText(span: OpeningSpan): string {
  const overnight = spanEnd(span) > DAY_MINUTES;
  return `${span.open}-${overnight ? '次日' : ''}${span.close}`;
}

function dayText(spans: OpeningSpan[]): string {
  if (spans.length === 1 && spans[0].open === '00:00' && spans[0].close === '24:00') return '24小时';
  return spans.map(spanText).join(',');
}

/** The schedule as text that `parseOpeningHoursText` reads back to the same schedule. */
export function formatOpeningHours(hours: WeeklyHours): string {
  const texts = WEEKDAYS.map((day) => dayText(hours[day]));
  if (texts.every((t) => t === texts[0]) && texts[0]) return texts[0] === '24小时' ? '24小时' : `每天 ${texts[0]}`;
  const groups: { from: number; to: number; text: string }[] = [];
  texts.forEach((text, i) => {
    const last = groups[groups.length - 1];
    if (last && last.text === text && last.to === i - 1) last.to = i;
    else groups.push({ from: i, to: i, text });
  });
  return groups
    .filter((g) => g.text)
    .map((g) => {
      const from = WeekdayLabel[WEEKDAYS[g.from]];
      const days = g.from === g.to ? from : `${from}至${WeekdayLabel[WEEKDAYS[g.to]]}`;
      return `${days} ${g.text}`;
    })
    .join('；');
}
