import { randomBytes } from 'node:crypto';
import { appConfig } from './app.config';
import { databaseConfig } from './database.config';
import { wechatConfig } from './wechat.config';

function withEnv<T>(env: Record<string, string | undefined>, read: () => T): T {
  const saved = { ...process.env };
  for (const key of ['NODE_ENV', 'PORT', 'HOST', 'PUBLIC_BASE_URL', 'JWT_SECRET', 'DEV_LOGIN', 'TRUST_PROXY', 'ACCESS_TOKEN_TTL_SECONDS', 'JWT_TTL_SECONDS', 'DATABASE_URL', 'DEMO_DATA', 'WECHAT_MODE', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET']) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return read();
  } finally {
    process.env = saved;
  }
}

describe('settings', () => {
  it('start with working defaults for development', () => {
    const app = withEnv({}, () => appConfig());
    expect(app).toMatchObject({ nodeEnv: 'development', port: 3000, devLogin: false, trustProxy: false, accessTokenTtlSeconds: 900, corsOrigins: [] });
    expect(withEnv({}, () => databaseConfig())).toMatchObject({ type: 'sqljs', location: '.data/unionhub.sqlite', seedDemo: true });
    expect(withEnv({}, () => wechatConfig())).toMatchObject({ mode: 'fake' });
  });

  it('stop with a message naming a bad port', () => {
    expect(() => withEnv({ PORT: 'abc' }, () => appConfig())).toThrow(/PORT="abc"/);
  });

  it('require a long, random JWT_SECRET in production and refuse dev login there', () => {
    const secret = randomBytes(32).toString('base64');
    expect(() => withEnv({ NODE_ENV: 'production' }, () => appConfig())).toThrow(/JWT_SECRET/);
    expect(() => withEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' }, () => appConfig())).toThrow(/at least 32/);
    expect(() => withEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PUBLIC_BASE_URL: 'https://unionhub.example.org' }, () => appConfig())).toThrow(/JWT_SECRET: is too plain/);
    expect(() => withEnv({ NODE_ENV: 'production', JWT_SECRET: secret, PUBLIC_BASE_URL: 'https://unionhub.example.org', DEV_LOGIN: 'true' }, () => appConfig())).toThrow(/DEV_LOGIN[\s\S]*NODE_ENV=production/);
    expect(withEnv({ NODE_ENV: 'production', JWT_SECRET: secret, PUBLIC_BASE_URL: 'https://unionhub.example.org' }, () => appConfig()).devLogin).toBe(false);
  });

  it('turn dev login on only when asked', () => {
    expect(withEnv({ DEV_LOGIN: 'true' }, () => appConfig()).devLogin).toBe(true);
    expect(withEnv({ NODE_ENV: 'test' }, () => appConfig()).devLogin).toBe(false);
  });

  it('keep access tokens to 15 minutes at most and refuse the old 7-day setting', () => {
    expect(withEnv({ ACCESS_TOKEN_TTL_SECONDS: '300' }, () => appConfig()).accessTokenTtlSeconds).toBe(300);
    expect(() => withEnv({ ACCESS_TOKEN_TTL_SECONDS: '3600' }, () => appConfig())).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
    expect(() => withEnv({ JWT_TTL_SECONDS: '604800' }, () => appConfig())).toThrow(/JWT_TTL_SECONDS/);
  });

  it('trust no proxy unless told: a hop count or proxy addresses', () => {
    expect(withEnv({ TRUST_PROXY: '2' }, () => appConfig()).trustProxy).toBe(2);
    expect(withEnv({ TRUST_PROXY: '0' }, () => appConfig()).trustProxy).toBe(false);
    expect(withEnv({ TRUST_PROXY: ' 10.0.0.5, 10.1.0.0/16 ,::1,loopback' }, () => appConfig()).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'loopback']);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example.org', '10.0.0.1/8/1', '11']) expect(() => withEnv({ TRUST_PROXY: bad }, () => appConfig())).toThrow(/TRUST_PROXY/);
  });

  it('never print the value of a secret, only its name', () => {
    const error = (env: Record<string, string>) => {
      try {
        withEnv(env, () => appConfig());
      } catch (caught) {
        return (caught as Error).message;
      }
      return '';
    };
    expect(error({ NODE_ENV: 'production', JWT_SECRET: 'tiny-secret-value' })).toMatch(/JWT_SECRET/);
    expect(error({ NODE_ENV: 'production', JWT_SECRET: 'tiny-secret-value' })).not.toContain('tiny-secret-value');
    expect(error({ NODE_ENV: 'production', JWT_SECRET: 'dev-only-secret-do-not-use-in-production' })).not.toContain('dev-only');
  });

  it('read "false" as false', () => {
    expect(withEnv({ DEV_LOGIN: 'false' }, () => appConfig()).devLogin).toBe(false);
    expect(() => withEnv({ DEV_LOGIN: 'yes' }, () => appConfig())).toThrow(/DEV_LOGIN/);
  });

  it('understand MySQL, MariaDB and sql.js database URLs and refuse others', () => {
    expect(withEnv({ DATABASE_URL: 'mysql://u:p@db:3306/unionhub' }, () => databaseConfig())).toEqual({ type: 'mysql', url: 'mysql://u:p@db:3306/unionhub', seedDemo: false });
    expect(withEnv({ DATABASE_URL: 'mariadb://u@db/x', DEMO_DATA: 'true' }, () => databaseConfig())).toEqual({ type: 'mariadb', url: 'mysql://u@db/x', seedDemo: true });
    expect(withEnv({ DATABASE_URL: 'sqljs::memory:' }, () => databaseConfig())).toMatchObject({ type: 'sqljs', location: null });
    expect(() => withEnv({ DATABASE_URL: 'postgres://db/x' }, () => databaseConfig())).toThrow(/DATABASE_URL/);
  });

  it('need the app id and secret to call WeChat for real', () => {
    expect(() => withEnv({ WECHAT_MODE: 'real' }, () => wechatConfig())).toThrow(/WECHAT_APP_ID[\s\S]*WECHAT_APP_SECRET/);
    expect(withEnv({ WECHAT_MODE: 'real', WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 's' }, () => wechatConfig())).toMatchObject({ mode: 'real', appId: 'wx1' });
  });
});
