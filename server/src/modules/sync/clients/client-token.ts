import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A client token is `uhc_<client id>.<secret>`: the id finds the row, the secret is checked
 * against its stored SHA-256 in constant time. The prefix lets secret scanners recognise a leak.
 */
const TOKEN = /^uhc_([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export const newSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const clientToken = (clientId: string, secret: string): string => `uhc_${clientId}.${secret}`;

export function parseClientToken(token: string): { clientId: string; secret: string } | null {
  const match = TOKEN.exec(token);
  return match ? { clientId: match[1], secret: match[2] } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  return timingSafeEqual(Buffer.from(hashSecret(secret), 'hex'), Buffer.from(storedHash, 'hex'));
}
