import type { Browser, Page } from 'playwright-core';
import { apiClient, todayInChina } from './support/api';
import { launchChromium, phoneSignedInAs, screenshot } from './support/browser';
import { newIdNumber } from './support/identity';
import { type RunningServer, startServer } from './support/server';

const HEADER = '姓名,身份证号,手机号,职业,工作单位,入会日期,会员编号';

describe('officer roster import on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

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
    page = await phoneSignedInAs(browser, server.baseUrl, 'officer:BJ-DX-YH');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows bad rows by row and column, previews a good file, and imports it on 确认导入', async () => {
    await page.goto('/#/officer/index/index');
    await page.getByText('导入会员花名册').click();
    await page.getByText('1. 表格要有这几列').waitFor();
    await page.getByText('首航超市工会 ›').waitFor();
    await screenshot(page, 'roster-import-1-start');

    const first = newIdNumber();
    const second = newIdNumber();
    await chooseCsv('花名册.csv', [HEADER, `张建国,${first},13911112222,快递员,顺丰速运,2021-05-01,`, `李秀英,${second},1391111,外卖配送员,美团,2022-03-01,`]);
    await page.getByText('检查并预览').click();
    await page.getByText('没有导入：文件里有问题的行').waitFor();
    expect(await page.locator('.st-errors__row').allInnerTexts()).toEqual([expect.stringMatching(/第 3 行 · 手机号/)]);
    await screenshot(page, 'roster-import-2-errors');

    await chooseCsv('花名册-改好.csv', [HEADER, `张建国,${first},13911112222,快递员,顺丰速运,2021-05-01,`, `李秀英,${second},13911113333,外卖配送员,美团,2022-03-01,SH-2019-88`]);
    await page.getByText('检查并预览').click();
    await page.getByText('检查通过：共 2 行，还没有导入').waitFor();
    expect(await page.locator('.st-counts__number').allInnerTexts()).toEqual(['2', '0', '0', '0']);
    await screenshot(page, 'roster-import-3-preview');

    await page.getByText('确认导入').click();
    await page.getByText('导入完成：共 2 行').waitFor();
    await page.getByText(/SH-2019-88/).waitFor();
    await screenshot(page, 'roster-import-4-done');

    // The imported person joins with WeChat through his unit and finds his membership.
    const officer = await signIn('officer:BJ-DX-YH');
    const unitId = (await orgUnits()).get('BJ-DX-YH-SH');
    const today = todayInChina();
    const channel = await api<{ code: string }>('POST', '/api/join/channels', { title: '首航超市职工沟通会', kind: 'event', unitId, reviewMode: 'auto', validFrom: today, validUntil: today }, officer);
    const worker = await signIn('member');
    const form = { name: '李秀英', idNumber: second, phoneCode: 'phone:13911113333', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    const joined = await api<{ outcome: string; membership: { memberNumber: string; joinedOn: string } }>('POST', '/api/join/applications', { ...form, channelCode: channel.code }, worker, { 'idempotency-key': `roster-${Date.now()}` });
    expect(joined).toMatchObject({ outcome: 'member', membership: { memberNumber: 'SH-2019-88', joinedOn: '2022-03-01' } });
  });
});
