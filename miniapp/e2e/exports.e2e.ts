import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchChromium, phoneSignedInAs, screenshot, screenshotDir } from './support/browser';
import { type RunningServer, startServer } from './support/server';

describe('officer exports on H5', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const button = (page: Page, text: string) =>
    page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });

  async function officerPage(account: string): Promise<Page> {
    const page = await phoneSignedInAs(browser, server.baseUrl, account);
    await page.goto('/#/officer/exports/index');
    await page.getByText(/导出范围：/).waitFor();
    return page;
  }

  it('downloads the masked roster as an XLSX file through a link', async () => {
    const page = await officerPage('officer:BJ-DX-PGZ');
    await screenshot(page, 'exports-1-page');
    const download = page.waitForEvent('download');
    await button(page, '导出花名册（打码）').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^会员花名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.getByText(/已导出“会员花名册/).waitFor();
    await screenshot(page, 'exports-2-done');
  });

  it('shows the wait while a slow export streams in, and then the file', async () => {
    const page = await officerPage('officer:BJ-DX');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/exports/claims', async (route) => {
      await held;
      await route.continue();
    });
    const download = page.waitForEvent('download');
    await button(page, '导出理赔台账').click();
    await page.getByText(/正在生成并下载表格/).waitFor();
    expect(await button(page, '导出花名册（打码）').getAttribute('class')).toContain('disabled');
    // The spinning buttons never settle, so this picture does not wait for animations to end.
    await page.screenshot({ path: join(screenshotDir, 'exports-5-progress.png') });
    release();
    expect((await download).suggestedFilename()).toMatch(/^理赔台账-/);
    await page.getByText(/已导出“理赔台账/).waitFor();
  });

  it('asks for a reason before whole numbers, and shows the refusal of a grassroots union in words', async () => {
    const page = await officerPage('officer:BJ-DX-YH-SH');
    await button(page, '导出完整身份证号和手机号…').click();
    await page.locator('textarea').fill('核对');
    await page.getByText('原因至少写6个字').waitFor();
    await screenshot(page, 'exports-3-reason');
    await page.getByText('会员实名制年度核对').click();
    await button(page, '导出完整号码').click();
    await page.getByText(/导出没有成功：基层工会不能导出完整身份证号和手机号/).waitFor();
    await screenshot(page, 'exports-4-refused');
  });
});
