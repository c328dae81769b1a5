import { isCalendarDay, validateClaimDates } from './claim-dates';

describe('claim dates', () => {
  it('accepts only days the calendar has', () => {
    for (const day of ['2026-02-28', '2024-02-29', '2026-04-30', '2026-12-31']) expect(isCalendarDay(day)).toBe(true);
    for (const day of ['2026-02-30', '2026-02-29', '2026-04-31', '2026-06-00', '2026-13-01', '2026-00-10', '2026-6-1', '20260601', '']) expect(isCalendarDay(day)).toBe(false);
  });

  it('puts each error on its own field', () => {
    const today = '2026-12-04';
    expect(validateClaimDates({ eventDate: '2026-02-30' }, today)).toEqual({ eventDate: expect.stringContaining('日历') });
    expect(validateClaimDates({ eventDate: '2026-11-01', dischargeDate: '2026-04-31' }, today)).toEqual({ dischargeDate: expect.stringContaining('日历') });
    expect(validateClaimDates({ eventDate: '2026-12-05' }, today)).toEqual({ eventDate: expect.stringContaining('晚于今天') });
    expect(validateClaimDates({ eventDate: '2026-11-10', dischargeDate: '2026-11-02' }, today)).toEqual({ dischargeDate: expect.stringContaining('早于') });
    expect(validateClaimDates({ eventDate: '2026-11-10', dischargeDate: '2026-12-14' }, today)).toEqual({ dischargeDate: expect.stringContaining('晚于今天') });
    expect(validateClaimDates({ eventDate: '2026-11-10', dischargeDate: '2026-11-10' }, today)).toEqual({});
    expect(validateClaimDates({ eventDate: '2026-12-04', dischargeDate: null }, today)).toEqual({});
  });
});
