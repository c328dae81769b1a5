import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot as capture } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { newIdNumber } from './support/identity';

/** Waits out Taro's page slide before taking the picture; assertions use locators instead. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await capture(page, name);
}

describe('membership transfers on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let units: Map<string, string>;

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
  const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const button = (page: Page, text: string) => page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) });

  async function phoneAs(account: string): Promise<Page> {
    const context = await newPhoneContext(browser, server.baseUrl);
    await context.addInitScript((demo) => localStorage.setItem('unionhub.demoAccount', JSON.stringify({ data: demo })), account);
    contexts.push(context);
    return context.newPage();
  }

  /** The demo member joins at 首航超市 (大兴), then scans a 王佐镇 (丰台) code: one transfer request. */
  async function requestTransfer(): Promise<void> {
    const member = await signIn('member');
    const join = async (officer: string, unit: string) => {
      const channel = await api<{ code: string }>('POST', '/api/join/channels', { title: '职工沟通会', kind: 'event', unitId: units.get(unit), reviewMode: 'auto', validFrom: today(), validUntil: today() }, await signIn(officer));
      return { code: channel.code };
    };
    const home = await join('officer:BJ-DX-YH', 'BJ-DX-YH-SH');
    const away = await join('officer:BJ-FT-WZ', 'BJ-FT-WZ-LX');
    const form = { name: '王小明', idNumber: newIdNumber(), phone: '13812345678', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    await api('POST', '/api/join/applications', { ...form, channelCode: home.code }, member, { 'idempotency-key': `home-${Date.now()}` });
    await api('POST', '/api/join/applications', { ...form, channelCode: away.code }, member, { 'idempotency-key': `away-${Date.now()}` });
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const tree = await api<{ id: string; code: string; children: unknown[] }[]>('GET', '/api/orgs/tree', undefined, '');
    const all = (nodes: { id: string; code: string; children: unknown[] }[]): { id: string; code: string }[] =>
      nodes.flatMap((n) => [n, ...all(n.children as { id: string; code: string; children: unknown[] }[])]);
    units = new Map(all(tree).map((u) => [u.code, u.id]));
    await requestTransfer();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets the releasing unit release and the receiving unit accept', async () => {
    const releasing = await phoneAs('officer:BJ-DX-YH');
    await releasing.goto('/#/officer/transfers/index');
    await releasing.getByText('从 首航超市工会 转到', { exact: false }).waitFor();
    await screenshot(releasing, 'transfers-1-out');
    await button(releasing, '不同意…').click();
    await releasing.locator('textarea').fill('转');
    await releasing.getByText('原因至少写2个字').waitFor();
    await screenshot(releasing, 'transfers-refuse-form');
    await button(releasing, '取消').click();
    await releasing.getByText('原因至少写2个字').waitFor({ state: 'detached' });
    await button(releasing, '同意转出').click();
    await releasing.locator('.taro-modal__foot').getByText('同意').click();
    await releasing.getByText('已同意转出，等待对方单位接收。').waitFor();
    await releasing.getByText('暂无待转出的转接申请。').waitFor();

    const receiving = await phoneAs('officer:BJ-FT-WZ');
    await receiving.goto('/#/officer/transfers/index');
    await receiving.getByText('待接收', { exact: true }).first().click();
    await receiving.getByText('王** ·', { exact: false }).waitFor();
    await screenshot(receiving, 'transfers-2-in');
    await button(receiving, '接收').click();
    await receiving.locator('.taro-modal__foot').getByText('接收').click();
    await receiving.getByText('已接收，会籍已转入本单位。').waitFor();
    await receiving.getByText('全部', { exact: true }).click();
    await receiving.getByText('已转入', { exact: false }).waitFor();
    await screenshot(receiving, 'transfers-3-done');
  });
});
