import { isWithinFilingDeadline, lastFilingDay } from './filing-deadline';

describe('filing deadlines', () => {
  it.each([
    ['10 working days from a Wednesday discharge skip two weekends', '2026-03-04', 10, '2026-03-18'],
    ['1 working day from a Friday discharge is the Monday', '2026-03-06', 1, '2026-03-09'],
    ['5 working days from a Saturday discharge start on Monday', '2026-03-07', 5, '2026-03-13'],
  ])('%s', (_, dischargeDate, days, expected) => {
    expect(lastFilingDay({ kind: 'working-days', days }, { eventDate: '2026-03-01', dischargeDate })).toBe(expected);
  });

  it('skips listed public holidays and counts listed make-up working days', () => {
    const holidays = new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
    const workdays = new Set(['2026-10-10']);
    // Discharged Wednesday 30 September: 1 Oct (Thu) … 7 Oct are off; 8, 9 (Thu, Fri), 10 (Sat, make-up) count.
    expect(lastFilingDay({ kind: 'working-days', days: 3 }, { eventDate: '2026-09-20', dischargeDate: '2026-09-30' }, { holidays, workdays })).toBe('2026-10-10');
  });

  it('counts from the event when there is no discharge date', () => {
    expect(lastFilingDay({ kind: 'working-days', days: 1 }, { eventDate: '2026-03-06' })).toBe('2026-03-09');
  });

  it.each([
    ['two years from an ordinary day', '2024-05-20', 24, '2026-05-20'],
    ['two years from 29 February ends on 28 February', '2024-02-29', 24, '2026-02-28'],
    ['one month from 31 January ends at the end of February', '2026-01-31', 1, '2026-02-28'],
  ])('%s', (_, eventDate, months, expected) => {
    expect(lastFilingDay({ kind: 'months', months }, { eventDate })).toBe(expected);
  });

  it('accepts the last day itself and refuses the day after', () => {
    const rule = { kind: 'working-days', days: 10 } as const;
    const dates = { eventDate: '2026-03-01', dischargeDate: '2026-03-04' };
    expect(isWithinFilingDeadline(rule, dates, {}, '2026-03-18')).toBe(true);
    expect(isWithinFilingDeadline(rule, dates, {}, '2026-03-19')).toBe(false);
  });
});
