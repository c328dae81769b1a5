import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot as capture } from './support/browser';
import { type RunningServer, startServer } from './support/server';

async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await capture(page, name);
}

describe('officer dashboard on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const api = async <T>(method: string, path: string, body: unknown, token: string, headers: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const signIn = async (account: string) => (await api<{ token: string }>('POST', '/api/auth/dev-login', { account }, '')).token;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const tree = await api<{ id: string; code: string; children: unknown[] }[]>('GET', '/api/orgs/tree', undefined, '');
    const all = (nodes: { id: string; code: string; children: unknown[] }[]): { id: string; code: string }[] =>
      nodes.flatMap((n) => [n, ...all(n.children as { id: string; code: string; children: unknown[] }[])]);
    const units = new Map(all(tree).map((u) => [u.code, u.id]));
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const channel = await api<{ code: string }>(
      'POST',
      '/api/join/channels',
      { title: '首航超市职工沟通会', kind: 'event', unitId: units.get('BJ-DX-YH-SH'), reviewMode: 'auto', validFrom: today, validUntil: today },
      await signIn('officer:BJ-DX-YH'),
    );
    const form = { name: '王小明', idNumber: '110115199203151236', phone: '13812345678', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    await api('POST', '/api/join/applications', { ...form, channelCode: channel.code }, await signIn('member'), { 'idempotency-key': `dash-${Date.now()}` });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the subtree’s to-dos and new members at a glance', async () => {
    const context = await newPhoneContext(browser, server.baseUrl);
    await context.addInitScript(() => localStorage.setItem('unionhub.demoAccount', JSON.stringify({ data: 'officer:BJ-DX' })));
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/#/officer/dashboard/index');
    await page.getByText('待审核入会').waitFor();
    await screenshot(page, 'dashboard-1');
    await page.getByText('首航超市职工沟通会').waitFor();
    expect(await page.locator('.officer__title').first().innerText()).toMatch(/近30天新会员\s*1\s*人/);
  });
});
