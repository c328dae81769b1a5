import type { Browser, Page } from 'playwright-core';
import { apiClient, todayInChina } from './support/api';
import { launchChromium, phoneSignedInAs, screenshot } from './support/browser';
import { newIdNumber } from './support/identity';
import { receiptPng } from './support/images';
import { type RunningServer, startServer } from './support/server';

/**
 * What only officers meet on a claim, in the browser: a screen gone stale, an amount over the
 * suggestion, a large approval that needs a second officer — and nothing for another town. The whole
 * way from filing to 已赔付, the member's steps included, is claims.e2e.ts.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n');

describe('officer claim review refusals on H5', () => {
  let server: RunningServer;
  let browser: Browser;

  const { api, signIn, orgUnits } = apiClient(() => server.baseUrl);
  const button = (page: Page, text: string) => page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) });
  const phoneAs = (account: string) => phoneSignedInAs(browser, server.baseUrl, account);

  type Claim = { id: string; version: number; status: string };
  let claimId: string;
  let member: string;

  /** A rider of 首航超市 (瀛海镇) files a claim under a plan with room for a large payout. */
  async function fileClaim(): Promise<void> {
    const units = await orgUnits();
    const officer = await signIn('officer:BJ-DX-YH');
    member = await signIn('member');
    const channel = await api<{ code: string }>('POST', '/api/join/channels', { title: '职工沟通会', kind: 'event', unitId: units.get('BJ-DX-YH-SH'), reviewMode: 'auto', validFrom: todayInChina(), validUntil: todayInChina() }, officer);
    const form = { name: '王小明', idNumber: newIdNumber(), phoneCode: 'phone:13812345678', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    const joined = await api<{ membership: { memberNumber: string } }>('POST', '/api/join/applications', { ...form, channelCode: channel.code }, member, { 'idempotency-key': `join-${Date.now()}` });
    const plan = await api<{ id: string }>('POST', '/api/aid/plans', {
      code: `E2E-${Date.now()}`, name: '在职职工住院互助保障', category: 'inpatient', coverageFrom: '2026-01-01', coverageUntil: '2026-12-31', waitingDays: 0,
      deadlineKind: 'months', deadlineValue: 24, payoutKind: 'rate', ratePercent: 50, deductible: 100_00, capPerClaim: 20_000_00, capPerYear: 50_000_00,
      requiredDocuments: ['medical-invoice', 'discharge-summary'],
    }, await signIn('admin'));
    const enrollment = await api<{ id: string }>('POST', '/api/aid/enrollments', { planId: plan.id, memberNumber: joined.membership.memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31' }, officer);
    const claim = await api<Claim>('POST', '/api/me/claims', { enrollmentId: enrollment.id, eventDate: '2026-11-02', dischargeDate: '2026-11-10', hospital: '北京大学第一医院', insuranceTxn: 'YB20261110000123', invoiceNumbers: [`E2E${Date.now()}`], totalExpenses: 30_000_00, eligibleExpenses: 20_000_00, payeeName: '王小明', bankAccount: '6222020200112233445' }, member, { 'idempotency-key': `claim-${Date.now()}` });
    const png = receiptPng().toString('base64');
    for (const kind of ['medical-invoice', 'discharge-summary']) await api('POST', `/api/me/claims/${claim.id}/documents`, { kind, content: png }, member);
    await api('POST', `/api/me/claims/${claim.id}/documents`, { kind: 'discharge-summary', content: PDF.toString('base64') }, member);
    await api('POST', `/api/me/claims/${claim.id}/submit`, {}, member, { 'idempotency-key': `submit-${Date.now()}` });
    claimId = claim.id;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    await fileClaim();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the photos in the page and hands the PDF over as a download', async () => {
    const town = await phoneAs('officer:BJ-DX-YH');
    await town.goto(`/#/officer/claims/detail/index?id=${claimId}`);
    const thumbs = town.locator('.cl-docs__thumb img');
    await thumbs.first().waitFor();
    await town.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.cl-docs__thumb img')].every((img) => img.complete && img.naturalWidth > 0));
    expect(await thumbs.count()).toBe(2);
    const [download] = await Promise.all([town.waitForEvent('download'), town.locator('.cl-docs__pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^[a-f0-9]{32}\.pdf$/);
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(PDF)).toBe(true);
    await screenshot(town, 'officer-claims-0-documents');
    await town.close();
  });

  it('refuses a stale screen, an amount over the suggestion and a self-confirmation; a second officer confirms', async () => {
    const town = await phoneAs('officer:BJ-DX-YH');
    await town.goto(`/#/officer/claims/detail/index?id=${claimId}`);
    await town.getByText('9,950.00 元').waitFor();

    // The district officer takes it up meanwhile: the town officer's click is refused and his screen refreshes.
    const district = await signIn('officer:BJ-DX');
    const seen = await api<Claim>('GET', `/api/aid/claims/${claimId}`, undefined, district);
    await api('POST', `/api/aid/claims/${claimId}/start-review`, { version: seen.version }, district);
    await button(town, '开始审核').click();
    await town.getByText('该申请已被他人处理，已为您刷新').waitFor();
    await button(town, '批准…').waitFor();
    await screenshot(town, 'officer-claims-1-changed');

    await button(town, '批准…').click();
    const amount = town.locator('.officer__input input');
    expect(await amount.inputValue()).toBe('9950.00');
    await amount.fill('12000');
    await town.getByText('不能超过建议金额 9,950.00 元').waitFor();
    expect(await button(town, '确认批准').getAttribute('class')).toContain('disabled');
    await screenshot(town, 'officer-claims-2-over');
    await amount.fill('6000');
    await button(town, '确认批准 6,000.00 元').click();
    await town.getByText('需要另一位工作人员复核确认', { exact: false }).waitFor();
    await button(town, '复核确认').click();
    await town.getByText('您做了这份申请的初审，不能自己复核', { exact: false }).waitFor();
    await screenshot(town, 'officer-claims-3-own-confirm');

    const checker = await phoneAs('officer:BJ-DX');
    await checker.goto(`/#/officer/claims/detail/index?id=${claimId}`);
    await checker.getByText('待复核：6,000.00 元').waitFor();
    await button(checker, '复核确认').click();
    await checker.getByText('已复核确认，赔付 6,000 元，等待打款。').waitFor();
    await screenshot(checker, 'officer-claims-4-confirmed');
    expect((await api<Claim>('GET', `/api/aid/claims/${claimId}`, undefined, district)).status).toBe('approved');
  });

  it("does not show the claim to another town's officer", async () => {
    const other = await phoneAs('officer:BJ-DX-PGZ');
    await other.goto('/#/officer/claims/index');
    await other.locator('.cl-chips__item').filter({ hasText: '待打款0' }).click();
    await other.getByText('没有待打款的申请').waitFor();
    expect(await other.getByText('王小明', { exact: false }).count()).toBe(0);
    await screenshot(other, 'officer-claims-5-other-town');
    await other.goto(`/#/officer/claims/detail/index?id=${claimId}`);
    await other.getByText('这个工会组织不在您的管辖范围内').waitFor();
    await other.goto('/#/officer/payouts/index');
    await other.getByText('还没有付款批次', { exact: false }).waitFor();
  });
});
