import type { Page } from 'playwright-core';

/** In development (SMS_MODE=fake) every texted code is this one. */
export const FAKE_SMS_CODE = '246810';

/** Taro's H5 input is a custom element around a real input, both carrying the placeholder. */
export const field = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`);

export const button = (page: Page, text: string) =>
  page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });

/** The H5 phone step: the number, 获取验证码, and the code from the (fake) text. */
export async function provePhone(page: Page, phone: string): Promise<void> {
  await field(page, '11位手机号码').fill(phone);
  await button(page, '获取验证码').click();
  await page.getByText(`验证码已发到 ${phone.slice(0, 3)}****${phone.slice(-4)}，5分钟内有效`).waitFor();
  await page.getByText(/^\s*\d+秒后可重发\s*$/).waitFor();
  await field(page, '6位数字').fill(FAKE_SMS_CODE);
}

/** Occupation, employer and district: the rest of screen 2. */
export async function fillWork(page: Page): Promise<void> {
  await page.getByText('外卖配送员').click();
  await field(page, '如：美团、顺丰、京东物流').fill('美团');
  await page.getByText('请选择北京市的区').click();
  await page.getByText('确定', { exact: true }).click();
  await page.locator('.field__picker').getByText('东城区').waitFor();
  await page.locator('.weui-picker').waitFor({ state: 'hidden' });
}
