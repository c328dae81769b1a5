import { randomBytes } from 'node:crypto';

/** Every secret production insists on, freshly made: for suites that boot with NODE_ENV=production. */
export const productionEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  DEV_LOGIN: 'false',
  JWT_SECRET: randomBytes(32).toString('base64'),
  PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  PII_ACTIVE_KEY: 'k1',
  PII_HASH_KEY: randomBytes(32).toString('base64'),
  CARD_TOKEN_SECRET: randomBytes(32).toString('base64'),
  FILES_SIGNING_SECRET: randomBytes(32).toString('base64'),
  // The fakes are refused in production; nothing here sends a text or calls WeChat (loopback, unused port).
  WECHAT_MODE: 'real',
  WECHAT_APP_ID: 'wx0123456789abcdef',
  WECHAT_APP_SECRET: randomBytes(16).toString('hex'),
  WECHAT_API_BASE: 'http://127.0.0.1:9',
  SMS_MODE: 'real',
  TENCENTCLOUD_SECRET_ID: `AKID${randomBytes(12).toString('hex')}`,
  TENCENTCLOUD_SECRET_KEY: randomBytes(16).toString('hex'),
  SMS_SDK_APP_ID: '1400000001',
  SMS_SIGN_NAME: '工会通',
  SMS_TEMPLATE_ID: '1234567',
  IDENTITY_CHECK_MODE: 'off',
  PUBLIC_BASE_URL: 'https://unionhub.example.org',
});
