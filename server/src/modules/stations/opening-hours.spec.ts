import { type DatedClosure, emptyWeek, type OpeningSpan, WEEKDAYS, type WeeklyHours } from '@unionhub/shared';
import { beijingDate, openStateAt } from './opening-hours';

const span = (open: string, close: string): OpeningSpan => ({ open, close });
const every = (...spans: OpeningSpan[]): WeeklyHours => Object.fromEntries(WEEKDAYS.map((d) => [d, spans])) as WeeklyHours;
const week = (days: Partial<WeeklyHours>): WeeklyHours => ({ ...emptyWeek(), ...days });
/** A Beijing wall-clock time as an instant. 2026-11-23 is a Monday. */
const at = (local: string): Date => new Date(`${local}+08:00`);

const workdays = week({ mon: [span('08:00', '20:00')], tue: [span('08:00', '20:00')], wed: [span('08:00', '20:00')], thu: [span('08:00', '20:00')], fri: [span('08:00', '20:00')], sat: [span('09:00', '17:00')] });
const overnight = every(span('22:00', '06:00'));
const allDay = every(span('00:00', '24:00'));
const split = every(span('08:00', '12:00'), span('14:00', '18:00'));
const newYear: DatedClosure[] = [{ from: '2026-12-31', to: '2027-01-02', reason: '元旦休息' }];

describe('openStateAt', () => {
  it.each<[string, WeeklyHours, DatedClosure[], string, boolean, string | null]>([
    // the minute of opening and closing: open from 08:00, closed from 20:00
    ['a minute before opening', workdays, [], '2026-11-24T07:59:59', false, '2026-11-24T08:00:00+08:00'],
    ['the minute it opens', workdays, [], '2026-11-24T08:00:00', true, '2026-11-24T20:00:00+08:00'],
    ['the last second before closing', workdays, [], '2026-11-24T19:59:59', true, '2026-11-24T20:00:00+08:00'],
    ['the minute it closes', workdays, [], '2026-11-24T20:00:00', false, '2026-11-25T08:00:00+08:00'],
    // closed days
    ['Saturday evening, Sunday closed', workdays, [], '2026-11-28T18:00:00', false, '2026-11-30T08:00:00+08:00'],
    ['all of Sunday', workdays, [], '2026-11-29T12:00:00', false, '2026-11-30T08:00:00+08:00'],
    ['Friday night before Saturday’s later opening', workdays, [], '2026-11-27T21:00:00', false, '2026-11-28T09:00:00+08:00'],
    // overnight 22:00–06:00 belongs to the day it starts
    ['an overnight span in the evening', overnight, [], '2026-11-24T23:30:00', true, '2026-11-25T06:00:00+08:00'],
    ['an overnight span after midnight', overnight, [], '2026-11-25T02:00:00', true, '2026-11-25T06:00:00+08:00'],
    ['an overnight span at its closing minute', overnight, [], '2026-11-25T06:00:00', false, '2026-11-25T22:00:00+08:00'],
    ['an overnight span at its opening minute', overnight, [], '2026-11-24T22:00:00', true, '2026-11-25T06:00:00+08:00'],
    ['Monday 01:00 after Sunday’s overnight span', week({ sun: [span('22:00', '06:00')] }), [], '2026-11-23T01:00:00', true, '2026-11-23T06:00:00+08:00'],
    ['Sunday 01:00 with only a Sunday-night span', week({ sun: [span('22:00', '06:00')] }), [], '2026-11-29T01:00:00', false, '2026-11-29T22:00:00+08:00'],
    // 24 hours
    ['a 24-hour station', allDay, [], '2026-11-24T03:00:00', true, null],
    ['a 24-hour station at midnight', allDay, [], '2026-11-24T00:00:00', true, null],
    ['24 hours on weekdays only', week({ mon: [span('00:00', '24:00')], tue: [span('00:00', '24:00')] }), [], '2026-11-23T10:00:00', true, '2026-11-25T00:00:00+08:00'],
    ['a span to 24:00 joined by the next day’s 00:00', week({ mon: [span('18:00', '24:00')], tue: [span('00:00', '02:00')] }), [], '2026-11-23T23:59:00', true, '2026-11-24T02:00:00+08:00'],
    // two spans a day
    ['the lunch break', split, [], '2026-11-24T13:00:00', false, '2026-11-24T14:00:00+08:00'],
    ['the morning span', split, [], '2026-11-24T11:00:00', true, '2026-11-24T12:00:00+08:00'],
    // dated closures override the week
    ['a closed date', workdays, newYear, '2026-12-31T10:00:00', false, '2027-01-04T08:00:00+08:00'],
    ['the day before a closure', workdays, newYear, '2026-12-30T10:00:00', true, '2026-12-30T20:00:00+08:00'],
    ['a 24-hour station the evening before a closure', allDay, newYear, '2026-12-30T23:00:00', true, '2026-12-31T00:00:00+08:00'],
    ['an overnight span cut at midnight by a closure', overnight, newYear, '2026-12-30T23:00:00', true, '2026-12-31T00:00:00+08:00'],
    ['after a closure, the first night opens again', overnight, newYear, '2027-01-02T23:00:00', false, '2027-01-03T22:00:00+08:00'],
    ['a closure of several months', allDay, [{ from: '2026-11-01', to: '2027-03-31', reason: '装修' }], '2026-11-24T10:00:00', false, '2027-04-01T00:00:00+08:00'],
    ['a closure with no end in the next year', allDay, [{ from: '2026-11-01', to: '2028-12-31', reason: '拆迁' }], '2026-11-24T10:00:00', false, null],
  ])('%s', (_, hours, closures, local, openNow, nextChangeAt) => {
    expect(openStateAt(hours, closures, 'open', at(local))).toEqual({ openNow, nextChangeAt });
  });

  it('answers in Beijing time whatever the server’s time zone', () => {
    // 2026-11-24 12:30 UTC is 20:30 in Beijing.
    expect(openStateAt(workdays, [], 'open', new Date('2026-11-24T12:30:00Z'))).toEqual({ openNow: false, nextChangeAt: '2026-11-25T08:00:00+08:00' });
  });

  it('never calls a suspended or closed station open', () => {
    expect(openStateAt(allDay, [], 'suspended', at('2026-11-24T12:00:00'))).toEqual({ openNow: false, nextChangeAt: null });
    expect(openStateAt(allDay, [], 'closed', at('2026-11-24T12:00:00'))).toEqual({ openNow: false, nextChangeAt: null });
  });
});

describe('beijingDate', () => {
  it('turns the date at midnight Beijing time, not UTC', () => {
    expect(beijingDate(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    expect(beijingDate(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
  });
});
