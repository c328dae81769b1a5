import type { Browser, Page } from 'playwright-core';
import { apiClient, todayInChina } from './support/api';
import { launchChromium, phoneSignedInAs, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { newIdNumber } from './support/identity';
import { button, FAKE_SMS_CODE, field, fillWork, provePhone } from './support/join-pages';

interface Channel {
  id: string;
  code: string;
}

describe('scan to join on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let officerToken: string;
  let units: Map<string, string>;

  const { api, signIn, orgUnits } = apiClient(() => server.baseUrl);
  const newChannel = (unit: string, reviewMode: 'auto' | 'review', title: string) =>
    api<Channel>('POST', '/api/join/channels', { title, kind: 'event', unitId: units.get(unit), reviewMode, validFrom: todayInChina(), validUntil: todayInChina(), welcomeGift: '免费理发券' }, officerToken);

  const phoneAs = (account: string) => phoneSignedInAs(browser, server.baseUrl, account);
  /** A phone of a worker new to the app: his (fake) WeChat sign-in stands in for the demo one. */
  async function phoneOfNewWorker(name: string): Promise<Page> {
    const login = await api<object>('POST', '/api/auth/wechat', { code: `rider-${name}-${Date.now()}` });
    const page = await phoneAs('member');
    await page.route('**/api/auth/dev-login', (route) => route.fulfill({ json: login }));
    return page;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    officerToken = await signIn('officer:BJ-DX-YH');
    units = await orgUnits();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function acceptPledge(page: Page, unitName: string, shot?: string) {
    await page.getByText(unitName, { exact: true }).waitFor();
    await page.getByText('入会誓词').waitFor();
    if (shot) await screenshot(page, shot);
    await page.getByText('我已阅读并同意《入会个人信息保护说明》，自愿加入工会').click();
    await page.getByText('我同意工会处理我的身份证号码（敏感个人信息），用于会员实名登记').click();
    await button(page, '同意并填写资料').click();
  }

  async function fillForm(page: Page, name: string, phone: string, shot?: string) {
    await page.getByText('第 2 步，共 3 步', { exact: false }).waitFor();
    await field(page, '与身份证上一致').fill(name);
    await field(page, '18位，最后一位可以是X').fill('110115199203151234');
    await page.getByText('身份证号码校验不通过，请逐位核对是否输错').waitFor();
    if (shot) await screenshot(page, `${shot}-check`);
    await field(page, '18位，最后一位可以是X').fill(newIdNumber());
    await provePhone(page, phone);
    // A lost signal or a closed app loses nothing: the draft is on the phone.
    await page.reload();
    await page.getByText('第 2 步，共 3 步', { exact: false }).waitFor();
    expect(await field(page, '与身份证上一致').inputValue()).toBe(name);
    expect(await field(page, '11位手机号码').inputValue()).toBe(phone);
    expect(await field(page, '6位数字').inputValue()).toBe(FAKE_SMS_CODE);
    await fillWork(page);
    if (shot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, shot);
    }
    await button(page, '提交入会申请').click();
  }

  it('turns a worker who opens an auto-approving code into a member with a card', async () => {
    const channel = await newChannel('BJ-DX-YH-SH', 'auto', '首航超市职工沟通会');
    const page = await phoneAs('member');
    await page.goto(`/?scene=${channel.code}`);
    await acceptPledge(page, '首航超市工会', 'join-1-pledge');
    await fillForm(page, '王小明', '13812345678', 'join-2-form');
    await page.getByText('入会成功！').waitFor();
    expect(await page.getByText('欢迎加入首航超市工会').isVisible()).toBe(true);
    await page.locator('.member-card__qr-image').waitFor();
    expect(await page.locator('.member-card__row').first().innerText()).toMatch(/会员号\s+BJ-DX-YH-SH-\d{4}-000001/);
    expect(await page.getByText('凭会员卡领取入会礼：免费理发券').isVisible()).toBe(true);
    await screenshot(page, 'join-3-card');
  });

  it('offers the district pools for a code that does not exist, and takes a typed code', async () => {
    const channel = await newChannel('BJ-DX-YH', 'auto', '瀛海镇民俗文化赶大集');
    const page = await phoneAs('member-b');
    await page.goto('/?scene=ZZZZZZZZZZ');
    await page.getByText('找不到这个入会二维码', { exact: false }).waitFor();
    await page.getByText('大兴区新就业形态工会周转库').waitFor();
    await screenshot(page, 'join-unknown-code');
    await field(page, '输入入会码（10位字母和数字）').fill(channel.code);
    await button(page, '打开').click();
    await page.getByText('瀛海镇民俗文化赶大集').waitFor();
  });

  it('waits for review on a reviewed code until the officer approves, then shows the card', async () => {
    const channel = await newChannel('BJ-DX-YH', 'review', '瀛海镇外卖骑手专场');
    const member = await phoneAs('member-b');
    await member.goto(`/?scene=${channel.code}`);
    await acceptPledge(member, '瀛海镇总工会');
    await fillForm(member, '李强', '13812349999');
    await member.getByText('已提交，待审核').waitFor();
    await screenshot(member, 'join-pending');

    const officer = await phoneAs('officer:BJ-DX-YH');
    await officer.goto('/#/officer/index/index');
    await officer.getByText('入会审核').click();
    await officer.getByText('李* · 外卖配送员').waitFor();
    await screenshot(officer, 'officer-queue');
    await officer.getByText('李* · 外卖配送员').click();
    await officer.getByText('查看完整身份证号（留记录）').waitFor();
    expect(await officer.getByText(/^110\*{11}\d{3}[\dX]$/).isVisible()).toBe(true);
    await screenshot(officer, 'officer-approve');
    await button(officer, '通过').click();
    await officer.locator('.taro-modal__foot').getByText('通过').click();
    await officer.getByText('已通过，会员号 BJ-DX-YH-', { exact: false }).waitFor();
    await screenshot(officer, 'officer-approved');

    await button(member, '刷新审核结果').click();
    await member.getByText('欢迎加入瀛海镇总工会').waitFor();
    await member.locator('.member-card__qr-image').waitFor();
    await member.goto('/#/pages/me/index');
    await member.getByText('我的会员卡').click();
    await member.waitForURL(/#\/member\/card\/index/);
    await member.locator('.member-card__qr-image').last().waitFor();
    await screenshot(member, 'member-card');
  });

  it('lets a roster member claim his membership with his verified phone and name; a stranger with his ID number only waits', async () => {
    const idNumber = newIdNumber();
    const roster = `姓名,身份证号,手机号,职业,工作单位,入会日期,会员编号\r\n赵红梅,${idNumber},13911115555,外卖配送员,美团,2020-06-01,SH-2020-07`;
    await api('POST', '/api/join/roster-import', { unitId: units.get('BJ-DX-YH-SH'), fileName: '花名册.csv', file: Buffer.from(roster, 'utf8').toString('base64') }, officerToken);
    const channel = await newChannel('BJ-DX-YH-SH', 'auto', '首航超市会员认领');

    const stranger = await phoneOfNewWorker('stranger');
    await stranger.goto(`/?scene=${channel.code}`);
    await acceptPledge(stranger, '首航超市工会');
    await stranger.getByText('第 2 步，共 3 步', { exact: false }).waitFor();
    await field(stranger, '与身份证上一致').fill('赵红梅');
    await field(stranger, '18位，最后一位可以是X').fill(idNumber);
    await provePhone(stranger, '13700007777');
    await fillWork(stranger);
    await button(stranger, '提交入会申请').click();
    await stranger.getByText('已提交，待审核').waitFor();
    expect(await stranger.locator('body').innerText()).not.toMatch(/名册|不一致|已是会员|SH-2020-07/);
    await screenshot(stranger, 'join-claim-stranger-pending');

    const owner = await phoneOfNewWorker('owner');
    await owner.goto(`/?scene=${channel.code}`);
    await acceptPledge(owner, '首航超市工会');
    await owner.getByText('第 2 步，共 3 步', { exact: false }).waitFor();
    await field(owner, '与身份证上一致').fill('赵红梅');
    await field(owner, '18位，最后一位可以是X').fill(idNumber);
    await provePhone(owner, '13911115555');
    await fillWork(owner);
    await screenshot(owner, 'join-claim-form');
    await button(owner, '提交入会申请').click();
    await owner.locator('.member-card__qr-image').waitFor();
    expect(await owner.locator('.member-card__row').first().innerText()).toMatch(/会员号\s+SH-2020-07/);
    await screenshot(owner, 'join-claim-card');

    const officer = await phoneAs('officer:BJ-DX-YH');
    await officer.goto('/#/officer/index/index');
    await officer.getByText('入会审核').click();
    await officer.getByText('赵** · 外卖配送员').click();
    await officer.getByText('核验情况').waitFor();
    await officer.getByText('身份证号在本会会员名册里，但手机号或姓名与名册不一致').waitFor();
    await officer.getByText('已验证（短信验证码）').waitFor();
    await officer.getByText('1 次（各微信合计）').waitFor();
    await officer.getByText('核验情况').scrollIntoViewIfNeeded();
    await screenshot(officer, 'officer-claim-checks');
  }, 180_000);

  it('lets the officer make a code, see its images and counts, and verify a card', async () => {
    const officer = await phoneAs('officer:BJ-DX-YH');
    await officer.goto('/#/officer/channels/create/index');
    await field(officer, '如：瀛海镇首航超市职工沟通会').fill('瀛海镇驿站常设入会码');
    await officer.locator('.pick__item', { hasText: '驿站' }).click();
    await officer.locator('.officer__picker', { hasText: '瀛海镇总工会' }).waitFor();
    await screenshot(officer, 'officer-channel-create');
    await button(officer, '生成入会二维码').click();
    await officer.getByText('小程序码（微信扫一扫）').waitFor();
    await officer.locator('.channel-image__img').nth(1).waitFor();
    await screenshot(officer, 'officer-channel-codes');

    const memberToken = await signIn('member');
    const card = await api<{ token: string }>('GET', '/api/members/me/card', undefined, memberToken);
    await officer.goto('/#/officer/verify/index');
    await field(officer, '用扫码工具读出会员卡二维码，把内容粘贴到这里').fill(card.token);
    await button(officer, '核验').click();
    await officer.getByText('✓ 有效的工会会员').waitFor();
    expect(await officer.getByText('王**').isVisible()).toBe(true);
    await screenshot(officer, 'officer-verify');
  });
});
