import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const screenshotDir = join(__dirname, '..', '..', '..', 'test-output', 'screenshots');

/** Debian's Chromium, never a downloaded one, with the network-quiet flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A mid-range Android phone: 390×844 CSS pixels, touch, Chinese locale, Beijing time. */
export function newPhoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** A phone signed in, through the H5 demo sign-in, as the given account (`member`, `officer:<unit code>`). */
export async function phoneSignedInAs(browser: Browser, baseURL: string, account: string): Promise<Page> {
  const context = await newPhoneContext(browser, baseURL);
  await context.addInitScript((demo) => localStorage.setItem('unionhub.demoAccount', JSON.stringify({ data: demo })), account);
  return context.newPage();
}

/**
 * Taro's H5 router shows a new page after a short delay and slides it in over 300 ms; the picture
 * waits out the delay, then for the slide to end. Assertions never wait like this: they use locators.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
