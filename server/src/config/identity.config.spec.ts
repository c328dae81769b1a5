import { identityConfig } from './identity.config';

const KEYS = ['NODE_ENV', 'SMS_MODE', 'IDENTITY_CHECK_MODE', 'TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', 'SMS_SDK_APP_ID', 'SMS_SIGN_NAME', 'SMS_TEMPLATE_ID', 'SMS_API_BASE'];

function read(env: Record<string, string>) {
  const saved = { ...process.env };
  for (const key of KEYS) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return identityConfig();
  } finally {
    process.env = saved;
  }
}

const realSms = {
  SMS_MODE: 'real',
  TENCENTCLOUD_SECRET_ID: 'AKIDabcdefgh12345678',
  TENCENTCLOUD_SECRET_KEY: 'abcdefgh12345678abcdefgh',
  SMS_SDK_APP_ID: '1400000001',
  SMS_SIGN_NAME: '工会通',
  SMS_TEMPLATE_ID: '1234567',
};

describe('identity settings', () => {
  it('fake SMS and a fake identity check in development', () => {
    expect(read({})).toEqual({ sms: { mode: 'fake' }, identityCheck: { mode: 'fake' } });
  });

  it('refuse the fakes in production', () => {
    expect(() => read({ NODE_ENV: 'production', IDENTITY_CHECK_MODE: 'off' })).toThrow(/SMS_MODE=fake is refused with NODE_ENV=production/);
    expect(() => read({ NODE_ENV: 'production', ...realSms })).toThrow(/IDENTITY_CHECK_MODE=fake is refused/);
    expect(read({ NODE_ENV: 'production', ...realSms, IDENTITY_CHECK_MODE: 'off' }).identityCheck).toEqual({ mode: 'off' });
  });

  it('need every Tencent Cloud setting for real SMS, and name the missing one', () => {
    expect(() => read({ ...realSms, SMS_TEMPLATE_ID: '' })).toThrow(/SMS_TEMPLATE_ID/);
    expect(() => read({ ...realSms, TENCENTCLOUD_SECRET_ID: 'nope' })).toThrow(/TENCENTCLOUD_SECRET_ID/);
    expect(read(realSms).sms).toMatchObject({ mode: 'real', tencent: { baseUrl: 'https://sms.tencentcloudapi.com', region: 'ap-guangzhou', sdkAppId: '1400000001' } });
  });
});
