import { readCardToken, signCardToken } from './card-token';

const SECRET = 'card-secret-for-tests-0123456789abcdef';
const MEMBER = '6f1c2b9e-4a7d-4f0e-9b1a-2c3d4e5f6a7b';
const NOW = new Date('2026-11-24T04:00:00Z');
const inFiveMinutes = new Date(NOW.getTime() + 300_000);

describe('card tokens', () => {
  it('read back the member until they expire', () => {
    const token = signCardToken(MEMBER, inFiveMinutes, SECRET);
    expect(token.length).toBeLessThan(100);
    expect(readCardToken(token, SECRET, NOW)).toEqual({ ok: true, memberId: MEMBER, expiresAt: inFiveMinutes });
    expect(readCardToken(token, SECRET, new Date(inFiveMinutes.getTime() + 1))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse a token signed with another secret, or with its expiry or member changed', () => {
    const token = signCardToken(MEMBER, inFiveMinutes, SECRET);
    expect(readCardToken(token, 'another-secret-0123456789abcdefghij', NOW)).toEqual({ ok: false, reason: 'forged' });
    const [prefix, member, expiry, sig] = token.split('.');
    const later = (parseInt(expiry, 36) + 86_400).toString(36);
    expect(readCardToken([prefix, member, later, sig].join('.'), SECRET, NOW)).toEqual({ ok: false, reason: 'forged' });
    const other = MEMBER.replace('6f1c', '6f1d');
    expect(readCardToken([prefix, other, expiry, sig].join('.'), SECRET, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuse anything that is not a card token', () => {
    for (const text of ['', 'hello', 'UC1...', `UC2.${MEMBER}.abc.def`, 'https://example.org/?scene=abc']) {
      expect(readCardToken(text, SECRET, NOW)).toEqual({ ok: false, reason: 'forged' });
    }
  });
});
