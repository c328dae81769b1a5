import type { Browser, Page } from 'playwright-core';
import { apiClient, todayInChina } from './support/api';
import { launchChromium, phoneSignedInAs, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { newIdNumber } from './support/identity';

describe('membership transfers on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let units: Map<string, string>;

  const { api, signIn, orgUnits } = apiClient(() => server.baseUrl);
  const button = (page: Page, text: string) => page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) });
  const field = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`);

  const phoneAs = (account: string) => phoneSignedInAs(browser, server.baseUrl, account);

  /** The demo member joins at 首航超市 (大兴), then scans a 王佐镇 (丰台) code: one transfer request. */
  async function requestTransfer(): Promise<void> {
    const member = await signIn('member');
    const join = async (officer: string, unit: string) => {
      const channel = await api<{ code: string }>('POST', '/api/join/channels', { title: '职工沟通会', kind: 'event', unitId: units.get(unit), reviewMode: 'auto', validFrom: todayInChina(), validUntil: todayInChina() }, await signIn(officer));
      return { code: channel.code };
    };
    const home = await join('officer:BJ-DX-YH', 'BJ-DX-YH-SH');
    const away = await join('officer:BJ-FT-WZ', 'BJ-FT-WZ-LX');
    const form = { name: '王小明', idNumber: newIdNumber(), phoneCode: 'phone:13812345678', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    await api('POST', '/api/join/applications', { ...form, channelCode: home.code }, member, { 'idempotency-key': `home-${Date.now()}` });
    await api('POST', '/api/join/applications', { ...form, channelCode: away.code }, member, { 'idempotency-key': `away-${Date.now()}` });
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    units = await orgUnits();
    await requestTransfer();
  });
  afterAll(async () => {
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

  it('lets the member ask to move from 我的, both officers decide in their lists, and the member sees each step', async () => {
    const member = await phoneAs('member');
    await member.goto('/#/pages/me/index');
    await member.getByText('转会', { exact: true }).click();
    await member.getByText('琳汐幼儿园工会', { exact: true }).waitFor();
    await field(member, '输入单位、街道或区的名字，如“王佐”').fill('大兴 周转库');
    await member.getByText('大兴区新就业形态工会周转库').click();
    await member.locator('.transfer__pick', { hasText: '搬家了' }).click();
    await field(member, '如“闪送”“顺丰速运”').fill('闪送');
    await screenshot(member, 'transfers-4-member-form');
    await button(member, '提交转接申请').click();
    await member.getByText('第 1 步：等琳汐幼儿园工会同意转出').waitFor();
    await screenshot(member, 'transfers-5-member-requested');

    const releasing = await phoneAs('officer:BJ-FT-WZ');
    await releasing.goto('/#/officer/transfers/index');
    await releasing.getByText('会员本人申请', { exact: false }).waitFor();
    await releasing.getByText('新工作单位：闪送').waitFor();
    await screenshot(releasing, 'transfers-6-member-asked-out');
    await button(releasing, '同意转出').click();
    await releasing.locator('.taro-modal__foot').getByText('同意').click();
    await releasing.getByText('已同意转出，等待对方单位接收。').waitFor();

    await member.reload();
    await member.getByText('第 2 步：等大兴区新就业形态工会周转库接收').waitFor();

    const receiving = await phoneAs('officer:BJ-DX');
    await receiving.goto('/#/officer/transfers/index');
    await receiving.getByText('待接收', { exact: true }).first().click();
    await receiving.getByText('原因：搬家了').waitFor();
    await button(receiving, '接收').click();
    await receiving.locator('.taro-modal__foot').getByText('接收').click();
    await receiving.getByText('已接收，会籍已转入本单位。').waitFor();

    await member.reload();
    await member.getByText('转接已完成').waitFor();
    await member.getByText('大兴区新就业形态工会周转库', { exact: true }).first().waitFor();
    await screenshot(member, 'transfers-7-member-done');
    await member.goto('/#/member/notifications/index');
    // Two moves, each told twice: released, then accepted (the first move began with a join elsewhere).
    await member.getByText('组织关系转接已完成').first().waitFor();
    expect(await member.getByText('组织关系转接已完成').count()).toBe(2);
    expect(await member.getByText('原工会已同意转出').count()).toBe(2);
    await screenshot(member, 'transfers-8-member-messages');
  });

  it('refuses a second open request in the page: the form is gone while one is open, and cancelling brings it back', async () => {
    const member = await phoneAs('member');
    await member.goto('/#/member/card/index');
    await button(member, '换工作或搬家了？申请转会').click();
    await field(member, '输入单位、街道或区的名字，如“王佐”').fill('郭庄子');
    await member.getByText('郭庄子村工会').click();
    await member.locator('.transfer__pick', { hasText: '换了工作' }).click();
    await button(member, '提交转接申请').click();
    await member.getByText('第 1 步：等大兴区新就业形态工会周转库同意转出').waitFor();
    expect(await member.getByText('申请转会', { exact: true }).count()).toBe(0);
    await button(member, '撤回申请').click();
    await member.locator('.taro-modal__foot').getByText('撤回').click();
    await member.getByText('已撤回').waitFor();
    await member.getByText('申请转会', { exact: true }).waitFor();
    await screenshot(member, 'transfers-9-member-cancelled');
  });

  it('lets an officer start a transfer for a member by member number, his side already agreed', async () => {
    const { memberNumber } = await api<{ memberNumber: string }>('GET', '/api/members/me/card', undefined, await signIn('member'));
    const district = await phoneAs('officer:BJ-DX');
    await district.goto('/#/officer/transfers/index');
    await button(district, '为会员发起转接…').click();
    await field(district, '对照会员卡填写，如 BJ-DX-YH-SH-2026-000001').fill(memberNumber);
    await field(district, '输入单位、街道或区的名字，如“王佐”').fill('首航');
    await district.getByText('首航超市工会').click();
    await district.locator('.pick__item', { hasText: '换了工作' }).click();
    await screenshot(district, 'transfers-10-officer-start');
    await button(district, '发起转接').click();
    await district.getByText('已发起转接，可在“全部”里查看进度。').waitFor();
    // The district holds both units: starting released the member; receiving is still its own step.
    await district.getByText('待接收', { exact: true }).first().click();
    await district.getByText('工会工作者发起', { exact: false }).waitFor();
    await screenshot(district, 'transfers-11-officer-started');
  });
});
