import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

describe('the mini-program shell on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await (await newPhoneContext(browser, server.baseUrl)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const tab = (label: string) => page.locator('.taro-tabbar__tabbar').getByText(label, { exact: true });

  it('opens on the home page with its Chinese entries', async () => {
    await page.goto('/');
    await page.getByText('找驿站', { exact: true }).waitFor();
    expect(await page.getByText('新就业形态劳动者的娘家人').isVisible()).toBe(true);
    expect(await page.getByText('互助保障', { exact: true }).isVisible()).toBe(true);
    expect(await tab('首页').isVisible()).toBe(true);
    await screenshot(page, 'shell-home');
  });

  it('switches between the four tabs', async () => {
    await tab('驿站').click();
    await page.getByText('找驿站、进驿站都不需要注册或入会。').waitFor();
    await screenshot(page, 'shell-stations');

    await tab('互助').click();
    await page.getByText('我的保障', { exact: true }).waitFor();
    await screenshot(page, 'shell-aid');

    await tab('首页').click();
    await page.getByText('关于工会').waitFor();
  });

  it('signs in silently on 我的 and switches to a town officer', async () => {
    await tab('我的').click();
    await page.getByText('外卖小哥王师傅').waitFor();
    expect(await page.locator('.me__role').innerText()).toBe('会员');
    await screenshot(page, 'shell-me-member');

    await page.getByText('工会工作者 · 庞各庄镇总工会').click();
    await page.getByText('庞各庄镇工会干部').waitFor();
    expect(await page.locator('.me__role').innerText()).toBe('工会工作者');
    expect(await page.locator('.me__unit').innerText()).toBe('庞各庄镇总工会');
    await screenshot(page, 'shell-me-officer');
  });

  it('signs out on 我的, stays out after a reload, and signs in again on 登录', async () => {
    await page.locator('.me__sign-out').click();
    await page.getByText('您已退出登录。驿站等不需要登录的功能照常可用。').waitFor();
    expect(await page.getByText('庞各庄镇工会干部').count()).toBe(0);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/eyJ|refreshToken":"[\w-]{20}/);
    await screenshot(page, 'shell-me-signed-out');

    await page.reload();
    await tab('我的').click();
    await page.getByText('您已退出登录。驿站等不需要登录的功能照常可用。').waitFor();

    await page.locator('.me__sign-in').click();
    await page.getByText('庞各庄镇工会干部').waitFor();
    expect(await page.locator('.me__sign-out').isVisible()).toBe(true);
  });

  it('opens a home entry card on its tab', async () => {
    await tab('首页').click();
    await page.getByText('找驿站', { exact: true }).click();
    await page.getByText('找驿站、进驿站都不需要注册或入会。').waitFor();
  });
});
