import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'UC1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type CardTokenReading = { ok: true; memberId: string; expiresAt: Date } | { ok: false; reason: 'forged' | 'expired' };

function signature(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/**
 * `UC1.<member id>.<expiry, unix seconds in base 36>.<HMAC-SHA256, base64url>`: about 90
 * characters, small enough for a QR code a cheap phone camera reads from a screen.
 */
export function signCardToken(memberId: string, expiresAt: Date, secret: string): string {
  const body = `${PREFIX}.${memberId}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  return `${body}.${signature(body, secret).toString('base64url')}`;
}

/** Checks the signature before anything else, so an altered expiry or id reads as forged. */
export function readCardToken(token: string, secret: string, now: Date): CardTokenReading {
  const parts = token.trim().split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX || !UUID.test(parts[1]) || !/^[0-9a-z]{1,10}$/.test(parts[2])) return { ok: false, reason: 'forged' };
  const given = Buffer.from(parts[3], 'base64url');
  const expected = signature(parts.slice(0, 3).join('.'), secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(parseInt(parts[2], 36) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, memberId: parts[1], expiresAt };
}
