import type { ConfigService } from '@nestjs/config';
import type { SyncConfig } from '../../../config/sync.config';
import { SyncErrorCode } from '../sync.errors';
import { WebhookTargetGuard } from './webhook-target-guard';

function guard(overrides: Partial<SyncConfig> = {}): WebhookTargetGuard {
  const settings = { webhookAllowHttp: false, webhookAllowedTargets: [], ...overrides } as SyncConfig;
  return new WebhookTargetGuard({ get: () => settings } as unknown as ConfigService<{ sync: SyncConfig }, true>);
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'allowed', (error: { code?: string }) => error.code ?? String(error));

describe('webhook target guard', () => {
  it.each([
    'https://127.0.0.1/hook',
    'https://127.1.2.3/hook',
    'https://10.1.2.3/hook',
    'https://172.16.0.1/hook',
    'https://192.168.1.1/hook',
    'https://100.100.100.200/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://0.0.0.0/hook',
    'https://224.0.0.1/hook',
    'https://255.255.255.255/hook',
    'https://2130706433/hook',
    'https://0x7f000001/hook',
    'https://0177.0.0.1/hook',
    'https://017700000001/hook',
    'https://127.1/hook',
    'https://[::1]/hook',
    'https://[::]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[::ffff:a9fe:a9fe]/hook',
    'https://[fd00:ec2::254]/hook',
    'https://[fe80::1]/hook',
    'https://[ff02::1]/hook',
    'https://[64:ff9b::a00:1]/hook',
    'https://localhost/hook',
    'https://LOCALHOST/hook',
  ])('refuses %s', async (url) => {
    expect(await codeOf(guard().assertAllowed(url))).toBe(SyncErrorCode.WebhookTargetRefused);
  });

  it('accepts a public address, IPv4 and IPv6', async () => {
    expect(await codeOf(guard().assertAllowed('https://203.119.169.1/hook'))).toBe('allowed');
    expect(await codeOf(guard().assertAllowed('https://[2402:4e00::1]/hook'))).toBe('allowed');
  });

  it('refuses plain http unless configured, and other schemes always', async () => {
    expect(await codeOf(guard().assertAllowed('http://203.119.169.1/hook'))).toBe(SyncErrorCode.WebhookHttpsRequired);
    expect(await codeOf(guard({ webhookAllowHttp: true }).assertAllowed('http://203.119.169.1/hook'))).toBe('allowed');
    expect(await codeOf(guard({ webhookAllowHttp: true }).assertAllowed('ftp://203.119.169.1/hook'))).toBe(SyncErrorCode.WebhookHttpsRequired);
  });

  it('lets the allow-list open an address, a range or a host name, and nothing else', async () => {
    const dev = guard({ webhookAllowedTargets: ['127.0.0.1', '10.8.0.0/16', 'hooks.internal'] });
    dev.resolve = async (host) => (host === 'hooks.internal' ? [{ address: '10.9.9.9', family: 4 }] : [{ address: '192.168.0.5', family: 4 }]);
    expect(await codeOf(dev.assertAllowed('https://127.0.0.1:8443/hook'))).toBe('allowed');
    expect(await codeOf(dev.assertAllowed('https://10.8.3.4/hook'))).toBe('allowed');
    expect(await codeOf(dev.assertAllowed('https://hooks.internal/hook'))).toBe('allowed');
    expect(await codeOf(dev.assertAllowed('https://127.0.0.2/hook'))).toBe(SyncErrorCode.WebhookTargetRefused);
    expect(await codeOf(dev.assertAllowed('https://other.internal/hook'))).toBe(SyncErrorCode.WebhookTargetRefused);
  });

  it('refuses a name when any of its addresses is private, and a name that does not resolve', async () => {
    const g = guard();
    g.resolve = async () => [
      { address: '203.119.169.1', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ];
    expect(await codeOf(g.assertAllowed('https://mixed.example.cn/hook'))).toBe(SyncErrorCode.WebhookTargetRefused);
    g.resolve = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await codeOf(g.assertAllowed('https://nowhere.example.cn/hook'))).toBe(SyncErrorCode.WebhookTargetUnresolvable);
  });

  it('checks again at delivery time, so a name that now resolves to 127.0.0.1 is refused (DNS rebinding)', async () => {
    const g = guard();
    let answer = '203.119.169.1';
    g.resolve = async () => [{ address: answer, family: 4 }];
    await g.assertAllowed('https://rebind.example.cn/hook');
    expect(await g.addressesFor(new URL('https://rebind.example.cn/hook'))).toEqual([{ address: '203.119.169.1', family: 4 }]);
    answer = '127.0.0.1';
    expect(await codeOf(g.addressesFor(new URL('https://rebind.example.cn/hook')))).toBe(SyncErrorCode.WebhookTargetRefused);
  });
});
