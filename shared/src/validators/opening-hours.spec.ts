import fc from 'fast-check';
import { type OpeningSpan, WEEKDAYS, type WeeklyHours } from '../api/stations';
import { emptyWeek, formatOpeningHours, parseOpeningHoursText, validateWeeklyHours } from './opening-hours';

const week = (days: Partial<WeeklyHours>): WeeklyHours => ({ ...emptyWeek(), ...days });
const span = (open: string, close: string): OpeningSpan => ({ open, close });
const every = (...spans: OpeningSpan[]): WeeklyHours =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, spans])) as WeeklyHours;

describe('parseOpeningHoursText', () => {
  it.each<[string, WeeklyHours]>([
    ['24小时', every(span('00:00', '24:00'))],
    ['全天开放', every(span('00:00', '24:00'))],
    ['08:00-20:00', every(span('08:00', '20:00'))],
    ['每天 7:00-22:00', every(span('07:00', '22:00'))],
    [
      '周一至周五 08:00-20:00; 周六 09:00-17:00',
      week({ mon: [span('08:00', '20:00')], tue: [span('08:00', '20:00')], wed: [span('08:00', '20:00')], thu: [span('08:00', '20:00')], fri: [span('08:00', '20:00')], sat: [span('09:00', '17:00')] }),
    ],
    ['周一至周日 22:00-次日06:00', every(span('22:00', '06:00'))],
    ['周一、周三、周五 08：00～12：00，14:00-18:00', week({ mon: [span('08:00', '12:00'), span('14:00', '18:00')], wed: [span('08:00', '12:00'), span('14:00', '18:00')], fri: [span('08:00', '12:00'), span('14:00', '18:00')] })],
    ['工作日 09:00-18:00；周末 24小时', week({ mon: [span('09:00', '18:00')], tue: [span('09:00', '18:00')], wed: [span('09:00', '18:00')], thu: [span('09:00', '18:00')], fri: [span('09:00', '18:00')], sat: [span('00:00', '24:00')], sun: [span('00:00', '24:00')] })],
    ['周五至周一 18:00-24:00', week({ fri: [span('18:00', '24:00')], sat: [span('18:00', '24:00')], sun: [span('18:00', '24:00')], mon: [span('18:00', '24:00')] })],
    ['星期六 10:00-16:00\n星期日休息', week({ sat: [span('10:00', '16:00')] })],
  ])('reads %j', (text, expected) => {
    expect(parseOpeningHoursText(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'HOURS_EMPTY'],
    ['周日休息', 'HOURS_EMPTY'],
    ['早上八点到晚上八点', 'HOURS_TIME'],
    ['周一至周五 25:00-26:00', 'HOURS_TIME'],
    ['周八 08:00-20:00', 'HOURS_TIME'],
    ['每天 08:00-08:00', 'HOURS_TIME'],
    ['每天 08:00-12:00,11:00-18:00', 'HOURS_OVERLAP'],
  ])('refuses %j with %s and a hint', (text, reason) => {
    const result = parseOpeningHoursText(text);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('validateWeeklyHours', () => {
  it('sorts each day and accepts an overnight span after a day span', () => {
    const result = validateWeeklyHours(week({ mon: [span('22:00', '02:00'), span('08:00', '12:00')] }));
    expect(result).toEqual({ ok: true, value: week({ mon: [span('08:00', '12:00'), span('22:00', '02:00')] }) });
  });

  it.each<[string, unknown]>([
    ['an unknown day', { ...emptyWeek(), holiday: [span('08:00', '20:00')] }],
    ['24:00 as an opening time', week({ mon: [span('24:00', '06:00')] })],
    ['a time without the leading zero', week({ mon: [span('8:00', '20:00')] })],
    ['five spans in a day', week({ mon: ['01', '03', '05', '07', '09'].map((h) => span(`${h}:00`, `${h}:30`)) })],
    ['a week without any span', emptyWeek()],
    ['no object at all', 'open'],
  ])('refuses %s', (_, hours) => {
    expect(validateWeeklyHours(hours).ok).toBe(false);
  });
});

describe('formatOpeningHours', () => {
  it('groups days with the same spans', () => {
    const text = formatOpeningHours(week({ mon: [span('08:00', '20:00')], tue: [span('08:00', '20:00')], wed: [span('08:00', '20:00')], sat: [span('22:00', '06:00')] }));
    expect(text).toBe('周一至周三 08:00-20:00；周六 22:00-次日06:00');
    expect(formatOpeningHours(every(span('00:00', '24:00')))).toBe('24小时');
    expect(formatOpeningHours(every(span('07:00', '22:00')))).toBe('每天 07:00-22:00');
  });

  it('writes any valid week as text that reads back to the same week', () => {
    const minute = fc.integer({ min: 0, max: 47 }).map((half) => `${String(Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`);
    const daySpans = fc.oneof(
      fc.constant<OpeningSpan[]>([]),
      fc.constant<OpeningSpan[]>([span('00:00', '24:00')]),
      fc.tuple(minute, minute).filter(([a, b]) => a !== b).map(([open, close]) => [span(open, close)]),
    );
    fc.assert(
      fc.property(fc.tuple(daySpans, daySpans, daySpans, daySpans, daySpans, daySpans, daySpans), (days) => {
        const hours = Object.fromEntries(WEEKDAYS.map((day, i) => [day, days[i]])) as WeeklyHours;
        fc.pre(validateWeeklyHours(hours).ok);
        expect(parseOpeningHoursText(formatOpeningHours(hours))).toEqual({ ok: true, value: hours });
      }),
    );
  });
});
