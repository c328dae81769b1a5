import { appConfig } from './app.config';
import { databaseConfig } from './database.config';
import { wechatConfig } from './wechat.config';

function withEnv<T>(env: Record<string, string | undefined>, read: () => T): T {
  const saved = { ...process.env };
  for (const key of ['NODE_ENV', 'PORT', 'HOST', 'PUBLIC_BASE_URL', 'JWT_SECRET', 'DEV_LOGIN', 'DATABASE_URL', 'DEMO_DATA', 'WECHAT_MODE', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET']) delete process.env[key];
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
    expect(app).toMatchObject({ nodeEnv: 'development', port: 3000, devLogin: true, corsOrigins: [] });
    expect(withEnv({}, () => databaseConfig())).toMatchObject({ type: 'sqljs', location: '.data/unionhub.sqlite', seedDemo: true });
    expect(withEnv({}, () => wechatConfig())).toMatchObject({ mode: 'fake' });
  });

  it('stop with a message naming a bad port', () => {
    expect(() => withEnv({ PORT: 'abc' }, () => appConfig())).toThrow(/PORT="abc"/);
  });

  it('require a long JWT_SECRET in production and turn dev login off there', () => {
    expect(() => withEnv({ NODE_ENV: 'production' }, () => appConfig())).toThrow(/JWT_SECRET/);
    expect(() => withEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' }, () => appConfig())).toThrow(/at least 32/);
    const production = withEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PUBLIC_BASE_URL: 'https://ghrh.example.org', DEV_LOGIN: 'true' }, () => appConfig());
    expect(production.devLogin).toBe(false);
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
