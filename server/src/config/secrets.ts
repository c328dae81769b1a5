import { createHash } from 'node:crypto';

/**
 * The development values of every secret. They are published with the source, so anyone can sign
 * tokens or links with them: production refuses each of them (`secretProblem`).
 */
export const DEVELOPMENT_SECRETS = {
  jwt: 'dev-only-secret-do-not-use-in-production',
  cardToken: 'dev-only-card-token-secret-not-for-production',
  filesSigning: 'dev-only-file-link-secret-do-not-use',
} as const;

/** The development keys of personal data, derived from a published label. */
export const developmentKey = (label: 'pii' | 'pii-hash'): Buffer => createHash('sha256').update(`unionhub-development-only:${label}`).digest();

const PUBLISHED_TEXT = new Set<string>(Object.values(DEVELOPMENT_SECRETS));
const PUBLISHED_KEYS = [developmentKey('pii'), developmentKey('pii-hash')];
/** Fewer different characters than this and the value was typed, not generated. */
const MIN_DISTINCT_CHARACTERS = 8;

/** Why a production secret given as text is unsafe, or null when it is fine. Never includes the value. */
export function secretProblem(value: string, minLength: number): string | null {
  if (PUBLISHED_TEXT.has(value)) return 'is the development value published with the source code; generate a new one (openssl rand -base64 32)';
  if (value.length < minLength) return `must be at least ${minLength} characters (openssl rand -base64 32)`;
  if (new Set(value).size < MIN_DISTINCT_CHARACTERS) return 'is too plain to be a random secret (openssl rand -base64 32)';
  return null;
}

/** Why a production key given as bytes is unsafe, or null when it is fine. */
export function keyProblem(key: Buffer): string | null {
  if (PUBLISHED_KEYS.some((published) => published.equals(key))) return 'is a development key published with the source code; generate a new one (openssl rand -base64 32)';
  if (new Set(key).size < MIN_DISTINCT_CHARACTERS) return 'is too plain to be a random key (openssl rand -base64 32)';
  return null;
}

/** Settings whose values are never printed: secrets, keys and URLs that may carry a password. */
export const isSecretSetting = (name: string): boolean => /SECRET|PASSWORD|_KEYS?$/.test(name) || name === 'DATABASE_URL' || name === 'REDIS_URL';

/** A start-up error about one setting: names the variable and the problem, never the value. */
export const invalidSetting = (variable: string, problem: string): Error => new Error(`Invalid settings:\n  ${variable}: ${problem}`);
