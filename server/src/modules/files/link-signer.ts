import { createHmac, timingSafeEqual } from 'node:crypto';

/** Expiry times are rounded up to this step, so one file keeps one link for a while and a list reads the same between refreshes. */
const EXPIRY_STEP_SECONDS = 300;

export interface SignedLink {
  exp: number;
  sig: string;
}

/** HMAC-signed, expiring links: whoever holds the link may read the file until it expires. */
export class LinkSigner {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  sign(key: string, nowMs = Date.now()): SignedLink {
    const exp = Math.ceil((nowMs / 1000 + this.ttlSeconds) / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
    return { exp, sig: this.signature(key, exp) };
  }

  /** 'ok', 'expired' or 'invalid' (a wrong or missing signature). */
  check(key: string, exp: number, sig: string, nowMs = Date.now()): 'ok' | 'expired' | 'invalid' {
    const expected = Buffer.from(this.signature(key, exp));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return exp * 1000 < nowMs ? 'expired' : 'ok';
  }

  private signature(key: string, exp: number): string {
    return createHmac('sha256', this.secret).update(`${key}\n${exp}`).digest('base64url');
  }
}
