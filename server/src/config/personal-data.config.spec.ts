import { createHash, randomBytes } from 'node:crypto';
import { appConfig } from './app.config';
import { joinConfig } from './join.config';
import { personalDataConfig } from './personal-data.config';
import { wechatConfig } from './wechat.config';

const VARIABLES = ['NODE_ENV', 'JWT_SECRET', 'PII_KEYS', 'PII_ACTIVE_KEY', 'PII_HASH_KEY', 'CARD_TOKEN_SECRET', 'CARD_TOKEN_TTL_SECONDS', 'PUBLIC_BASE_URL', 'PORT', 'HOST', 'WECHAT_TEMPLATE_JOIN_RESULT', 'WECHAT_QR_ENV_VERSION', 'DEV_LOGIN'];

function withEnv<T>(env: Record<string, string>, read: () => T): T {
  const saved = { ...process.env };
  for (const key of VARIABLES) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return read();
  } finally {
    process.env = saved;
  }
}

const key = () => randomBytes(32).toString('base64');
const production = { NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('base64') };

describe('personal data settings', () => {
  it('use a development key when unset outside production', () => {
    const config = withEnv({}, () => personalDataConfig());
    expect(config.activeKeyId).toBe('dev');
    expect(config.keys.dev).toHaveLength(32);
    expect(config.hashKey.length).toBeGreaterThanOrEqual(32);
  });

  it('are required in production', () => {
    expect(() => withEnv(production, () => personalDataConfig())).toThrow(/PII_KEYS[\s\S]*PII_ACTIVE_KEY[\s\S]*PII_HASH_KEY/);
  });

  it('read several keys and the active one', () => {
    const config = withEnv({ ...production, PII_KEYS: `k1:${key()}, k2:${key()}`, PII_ACTIVE_KEY: 'k2', PII_HASH_KEY: key() }, () => personalDataConfig());
    expect(Object.keys(config.keys)).toEqual(['k1', 'k2']);
    expect(config.activeKeyId).toBe('k2');
  });

  it('refuse a short key, an unknown active id and a short hash key without printing the keys', () => {
    const short = randomBytes(16).toString('base64');
    const error = (env: Record<string, string>) => {
      try {
        withEnv(env, () => personalDataConfig());
      } catch (caught) {
        return (caught as Error).message;
      }
      return '';
    };
    expect(error({ PII_KEYS: `k1:${short}` })).toMatch(/PII_KEYS: key "k1" must be 32 bytes/);
    expect(error({ PII_KEYS: `k1:${short}` })).not.toContain(short);
    expect(error({ PII_KEYS: `k1:${key()},k2:${key()}` })).toMatch(/PII_ACTIVE_KEY/);
    expect(error({ PII_KEYS: `k1:${key()}`, PII_ACTIVE_KEY: 'k9' })).toMatch(/PII_ACTIVE_KEY/);
    expect(error({ PII_HASH_KEY: short })).toMatch(/PII_HASH_KEY: must be base64 of at least 32 bytes/);
    expect(error({ PII_KEYS: 'no-colon' })).toMatch(/PII_KEYS/);
  });

  it('refuse the development keys published with the source in production, without printing them', () => {
    const published = (label: string) => createHash('sha256').update(`unionhub-development-only:${label}`).digest('base64');
    const message = (env: Record<string, string>) => {
      try {
        withEnv({ ...production, PII_ACTIVE_KEY: 'k1', ...env }, () => personalDataConfig());
      } catch (caught) {
        return (caught as Error).message;
      }
      return '';
    };
    const withPublishedKey = message({ PII_KEYS: `k1:${published('pii')}`, PII_HASH_KEY: key() });
    expect(withPublishedKey).toMatch(/PII_KEYS: key "k1" is a development key/);
    expect(withPublishedKey).not.toContain(published('pii'));
    const withPublishedHashKey = message({ PII_KEYS: `k1:${key()}`, PII_HASH_KEY: published('pii-hash') });
    expect(withPublishedHashKey).toMatch(/PII_HASH_KEY: is a development key/);
    expect(withPublishedHashKey).not.toContain(published('pii-hash'));
  });
});

describe('join settings', () => {
  it('need a long card token secret in production', () => {
    expect(() => withEnv(production, () => joinConfig())).toThrow(/CARD_TOKEN_SECRET/);
    expect(() => withEnv({ CARD_TOKEN_SECRET: 'short' }, () => joinConfig())).toThrow(/at least 32/);
    expect(() => withEnv({ ...production, CARD_TOKEN_SECRET: 'c'.repeat(32) }, () => joinConfig())).toThrow(/CARD_TOKEN_SECRET: is too plain/);
    const secret = key();
    expect(withEnv({ ...production, CARD_TOKEN_SECRET: secret }, () => joinConfig())).toEqual({ cardTokenSecret: secret, cardTokenTtlSeconds: 300 });
  });

  it('read the public address without a trailing slash and refuse one that is not a URL', () => {
    expect(withEnv({ PUBLIC_BASE_URL: 'https://ghrh.example.org/' }, () => appConfig()).publicBaseUrl).toBe('https://ghrh.example.org');
    expect(() => withEnv({ PUBLIC_BASE_URL: 'ghrh.example.org' }, () => appConfig())).toThrow(/PUBLIC_BASE_URL/);
  });

  it('default the public address to the port and host the server listens on outside production', () => {
    expect(withEnv({}, () => appConfig()).publicBaseUrl).toBe('http://localhost:3000');
    expect(withEnv({ PORT: '3456' }, () => appConfig()).publicBaseUrl).toBe('http://localhost:3456');
    expect(withEnv({ PORT: '3456', HOST: '::' }, () => appConfig()).publicBaseUrl).toBe('http://localhost:3456');
    expect(withEnv({ PORT: '8080', HOST: '192.168.1.20' }, () => appConfig()).publicBaseUrl).toBe('http://192.168.1.20:8080');
    expect(withEnv({ PORT: '8080', HOST: 'fe80::1' }, () => appConfig()).publicBaseUrl).toBe('http://[fe80::1]:8080');
    expect(withEnv({ PORT: '8080', PUBLIC_BASE_URL: 'http://localhost:9000' }, () => appConfig()).publicBaseUrl).toBe('http://localhost:9000');
  });

  it('require a reachable public address in production', () => {
    expect(() => withEnv(production, () => appConfig())).toThrow(/PUBLIC_BASE_URL=null: .*required in production/);
    for (const loopback of ['http://localhost:3000', 'http://127.0.0.1', 'https://[::1]:8443/', 'http://0.0.0.0:3000']) {
      expect(() => withEnv({ ...production, PUBLIC_BASE_URL: loopback }, () => appConfig())).toThrow(/PUBLIC_BASE_URL.*not a loopback address/);
    }
    expect(withEnv({ ...production, PUBLIC_BASE_URL: 'https://ghrh.example.org' }, () => appConfig()).publicBaseUrl).toBe('https://ghrh.example.org');
    expect(withEnv({ ...production, PUBLIC_BASE_URL: 'http://10.0.0.5:8080' }, () => appConfig()).publicBaseUrl).toBe('http://10.0.0.5:8080');
  });

  it('take an optional subscribe template and the version the codes open', () => {
    expect(withEnv({}, () => wechatConfig())).toMatchObject({ qrEnvVersion: 'release', templateJoinResult: undefined });
    expect(withEnv({ WECHAT_TEMPLATE_JOIN_RESULT: 'tmpl_join-result_01', WECHAT_QR_ENV_VERSION: 'trial' }, () => wechatConfig())).toMatchObject({
      qrEnvVersion: 'trial',
      templateJoinResult: 'tmpl_join-result_01',
    });
    expect(() => withEnv({ WECHAT_TEMPLATE_JOIN_RESULT: 'bad id!' }, () => wechatConfig())).toThrow(/WECHAT_TEMPLATE_JOIN_RESULT/);
  });
});
