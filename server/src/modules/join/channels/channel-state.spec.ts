import { channelState, validityAllowed } from './channel-state';

describe('channelState', () => {
  const channel = { validFrom: '2026-11-29', validUntil: '2026-11-30' };
  it.each([
    ['2026-11-28', 'not-started'],
    ['2026-11-29', 'open'],
    ['2026-11-30', 'open'],
    ['2026-12-01', 'expired'],
  ])('on %s is %s', (today, state) => expect(channelState(channel, today)).toBe(state));
});

describe('validityAllowed', () => {
  const today = '2026-11-24';
  it('accepts a one-day drive today and a year-long station code', () => {
    expect(validityAllowed('2026-11-24', '2026-11-24', today)).toBe(true);
    expect(validityAllowed('2026-11-24', '2027-11-24', today)).toBe(true);
  });
  it('refuses reversed, past, impossible and over-long validity', () => {
    expect(validityAllowed('2026-11-30', '2026-11-29', today)).toBe(false);
    expect(validityAllowed('2026-11-01', '2026-11-23', today)).toBe(false);
    expect(validityAllowed('2026-11-24', '2026-02-30', today)).toBe(false);
    expect(validityAllowed('2026-11-24', '2027-11-26', today)).toBe(false);
  });
});
