import { LinkSigner } from './link-signer';

describe('LinkSigner', () => {
  const signer = new LinkSigner('a-secret-of-at-least-thirty-two-characters', 1800);
  const now = Date.UTC(2026, 10, 24, 4, 0, 7);

  it('signs a key for about the time to live, rounded up to five minutes', () => {
    const { exp, sig } = signer.sign('ab.jpg', now);
    expect(exp % 300).toBe(0);
    expect(exp * 1000 - now).toBeGreaterThanOrEqual(1800_000);
    expect(exp * 1000 - now).toBeLessThan(2100_000);
    expect(sig).toMatch(/^[\w-]{43}$/);
    expect(signer.sign('ab.jpg', now + 1000)).toEqual({ exp, sig });
  });

  it('accepts its own link until it expires', () => {
    const { exp, sig } = signer.sign('ab.jpg', now);
    expect(signer.check('ab.jpg', exp, sig, now)).toBe('ok');
    expect(signer.check('ab.jpg', exp, sig, exp * 1000 + 1)).toBe('expired');
  });

  it('refuses another key, a moved expiry, another secret and a malformed signature', () => {
    const { exp, sig } = signer.sign('ab.jpg', now);
    expect(signer.check('cd.jpg', exp, sig, now)).toBe('invalid');
    expect(signer.check('ab.jpg', exp + 300, sig, now)).toBe('invalid');
    expect(new LinkSigner('another-secret-of-thirty-two-characters!', 1800).check('ab.jpg', exp, sig, now)).toBe('invalid');
    expect(signer.check('ab.jpg', exp, 'short', now)).toBe('invalid');
  });
});
