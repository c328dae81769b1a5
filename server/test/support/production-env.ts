import { randomBytes } from 'node:crypto';

/** Every secret production insists on, freshly made: for suites that boot with NODE_ENV=production. */
export const productionEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('base64'),
  PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  PII_ACTIVE_KEY: 'k1',
  PII_HASH_KEY: randomBytes(32).toString('base64'),
  CARD_TOKEN_SECRET: randomBytes(32).toString('base64'),
  FILES_SIGNING_SECRET: randomBytes(32).toString('base64'),
  PUBLIC_BASE_URL: 'https://unionhub.example.org',
});
