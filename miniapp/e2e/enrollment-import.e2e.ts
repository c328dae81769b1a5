import type { Browser, Page } from 'playwright-core';
import { apiClient, todayInChina } from './support/api';
import { launchChromium, phoneSignedInAs, screenshot } from './support/browser';
import { newIdNumber } from './support/identity';
import { type RunningServer, startServer } from './support/server';

describe('officer enrollment import on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let memberNumber: string;
  let member: string;

  const { api, signIn, orgUnits } = apiClient(() => server.baseUrl);
  const chooseCsv = async (name: string, lines: string[]) => {
    const label = (await page.getByText('换一个文件', { exact: true }).count()) > 0 ? '换一个文件' : '选择文件';
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText(label, { exact: true }).click()]);
    await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
    await page.getByText(`已选：${name}`).waitFor();
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const units = await orgUnits();
    const today = todayInChina();
    const channel = await api<{ code: string }>(
      'POST',
      '/api/join/channels',
      { title: '首航超市职工沟通会', kind: 'event', unitId: units.get('BJ-DX-YH-SH'), reviewMode: 'auto', validFrom: today, validUntil: today },
      await signIn('officer:BJ-DX-YH'),
    );
    member = await signIn('member');
    const form = { name: '王小明', idNumber: newIdNumber(), phoneCode: 'phone:13812345678', occupation: 'mall-staff', employer: '首航超市', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    const joined = await api<{ membership: { memberNumber: string } }>('POST', '/api/join/applications', { ...form, channelCode: channel.code }, member, { 'idempotency-key': `enroll-${Date.now()}` });
    memberNumber = joined.membership.memberNumber;
    page = await phoneSignedInAs(browser, server.baseUrl, 'officer:BJ-DX-YH');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reports every bad row and writes nothing, then imports the corrected file once', async () => {
    await page.goto('/#/officer/index/index');
    await page.getByText('导入保障名单').click();
    await page.getByText('1. 表格要有这几列').waitFor();
    await screenshot(page, 'enrollment-import-1-start');

    await chooseCsv('保障名单.csv', ['会员编号,方案代码,起始日期,截止日期', `${memberNumber},ECBX-2026,2026-01-01,2026-12-31`, `${memberNumber},ECBX-2O26,2026-01-01,2026-12-31`, 'BJ-XX-0000,YWSH-2026,2026-02-30,2026-12-31']);
    await page.getByText('开始导入').click();
    await page.getByText('没有导入：文件里有问题的行').waitFor();
    const errors = await page.locator('.st-errors__row').allInnerTexts();
    expect(errors).toEqual([expect.stringMatching(/第 3 行 · 方案代码[\s\S]*ECBX-2O26/), expect.stringMatching(/第 4 行 · 起始日期/)]);
    await screenshot(page, 'enrollment-import-2-errors');
    expect(await api<unknown[]>('GET', '/api/me/aid/enrollments', undefined, member)).toEqual([]);

    await chooseCsv('保障名单-改好.csv', ['会员编号,方案代码,起始日期,截止日期', `${memberNumber},ECBX-2026,2026-01-01,2026-12-31`]);
    await page.getByText('开始导入').click();
    await page.getByText('导入完成：共 1 行').waitFor();
    expect(await page.locator('.st-counts__number').allInnerTexts()).toEqual(['1', '0', '0']);
    await screenshot(page, 'enrollment-import-3-done');
    const enrollments = await api<{ plan: { code: string } }[]>('GET', '/api/me/aid/enrollments', undefined, member);
    expect(enrollments.map((e) => e.plan.code)).toEqual(['ECBX-2026']);

    // The same file again adds nothing.
    await page.getByText('开始导入').click();
    await page.getByText('正在导入…').waitFor({ state: 'detached' });
    await page.locator('.st-counts__number').first().waitFor();
    expect(await page.locator('.st-counts__number').allInnerTexts()).toEqual(['0', '0', '1']);
  });
});
