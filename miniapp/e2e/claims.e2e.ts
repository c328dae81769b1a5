import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { apiClient, todayInChina } from './support/api';
import { launchChromium, phoneSignedInAs, screenshot } from './support/browser';
import { newIdNumber } from './support/identity';
import { receiptPng } from './support/images';
import { type RunningServer, startServer } from './support/server';

vi.setConfig({ testTimeout: 150_000 });

/** A JPEG drawn by the browser's canvas: an invoice-like page with text. */
async function makeJpeg(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 1600;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 1200, 1600);
    g.fillStyle = '#222';
    g.font = '60px sans-serif';
    g.fillText('医疗费用发票 E2E', 100, 200);
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

type Claim = { id: string; version: number; status: string; invoiceNumbers: string[]; documents: { kind: string }[]; bankAccountMasked: string };

// Taro keeps the pages under the current one in the document, hidden: look only at what is shown.
const text = (page: Page, value: string | RegExp, options?: { exact?: boolean }) => page.getByText(value, options).filter({ visible: true });
const placeholder = (page: Page, value: string) => page.locator(`input[placeholder="${value}"], textarea[placeholder="${value}"]`).filter({ visible: true });
const button = (page: Page, label: string) => page.locator('taro-button-core').filter({ visible: true, hasText: new RegExp(`^\\s*${label}\\s*$`) });
const upload = (page: Page, kind: string, name: string, mimeType: string, buffer: Buffer) =>
  page.locator(`.docs__kind[data-kind="${kind}"]`).filter({ visible: true }).locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
const storedCount = (page: Page, kind: string, count: number) => page.locator(`[data-kind="${kind}"]`).filter({ visible: true }).getByText(`✓ 已上传 ${count} 份`).waitFor();

/** Member: the 互助 tab → 申请互助 → plan → form, with the amounts checked on the way. */
async function fillClaimForm(member: Page, invoice: string): Promise<void> {
  await member.goto('/#/pages/aid/index');
  await member.reload();
  await text(member, '申请互助', { exact: true }).click();
  await text(member, '第 1 步，共 5 步：选择保障项目').waitFor();
  await member.getByRole('radio', { name: /新就业形态劳动者专项保障（免费）/ }).click();
  await text(member, '第 2 步，共 5 步：填写就诊和费用').waitFor();
  await placeholder(member, '如：北京大学第一医院').fill('北京大学第一医院');
  await placeholder(member, '如：11002600001234').fill(invoice);
  await placeholder(member, '如：3000 或 2856.40').fill('3000');
  await placeholder(member, '如：2000').fill('2000.50');
  await text(member, '共 3,000 元，自付 2000.50 元').waitFor();
}

/** Officer: from the claims queue, under the given status chip, into 王小明's claim. */
async function openFromQueue(officer: Page, chip: string): Promise<void> {
  await officer.goto('/#/officer/claims/index');
  await officer.locator('.cl-chips__item').filter({ hasText: chip }).click();
  await officer.getByText('王小明 · 新就业形态劳动者专项保障（免费）').click();
  await officer.getByText('材料清单').waitFor();
}

/**
 * A claim from filing to 已赔付, every step in the pages: the member on one phone, the officer of
 * 瀛海镇 on another. The officer-only refusals (second approver, stale screen, over-suggestion,
 * another town) are in officer-claims.e2e.ts.
 */
describe('mutual-aid claims on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let member: Page;
  let officer: Page;
  let memberToken: string;
  const png = receiptPng(2400, 1800);
  let jpeg: Buffer;
  const { api, signIn, orgUnits } = apiClient(() => server.baseUrl);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const units = await orgUnits();
    const officerToken = await signIn('officer:BJ-DX-YH');
    memberToken = await signIn('member');
    const channel = await api<{ code: string }>('POST', '/api/join/channels', { title: '职工沟通会', kind: 'event', unitId: units.get('BJ-DX-YH-SH'), reviewMode: 'auto', validFrom: todayInChina(), validUntil: todayInChina() }, officerToken);
    const form = { name: '王小明', idNumber: newIdNumber(), phoneCode: 'phone:13812345678', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    const joined = await api<{ membership: { memberNumber: string } }>('POST', '/api/join/applications', { ...form, channelCode: channel.code }, memberToken, { 'idempotency-key': `join-${Date.now()}` });
    // Riders may be enrolled in the free plan on joining already; enroll only when not.
    const mine = await api<{ plan: { code: string } }[]>('GET', '/api/me/aid/enrollments', undefined, memberToken);
    if (!mine.some((e) => e.plan.code === 'XJY-2026')) {
      const plans = await api<{ id: string; code: string }[]>('GET', '/api/aid/plans', undefined, officerToken);
      const plan = plans.find((p) => p.code === 'XJY-2026') as { id: string };
      await api('POST', '/api/aid/enrollments', { planId: plan.id, memberNumber: joined.membership.memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31' }, officerToken);
    }
    [member, officer] = await Promise.all([phoneSignedInAs(browser, server.baseUrl, 'member'), phoneSignedInAs(browser, server.baseUrl, 'officer:BJ-DX-YH')]);
    await member.goto('/#/pages/aid/index');
    jpeg = await makeJpeg(member);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('files a claim with two photos, adds a document when asked, and follows it to 已赔付 while the officer reviews and pays', async () => {
    const invoice = `E2E${Date.now()}`;
    await text(member, '新就业形态劳动者专项保障（免费）').first().waitFor();
    await screenshot(member, 'claims-1-aid-tab');

    await fillClaimForm(member, invoice);
    await screenshot(member, 'claims-2-form');
    await text(member, '下一步：收款账户').click();
    await text(member, '第 3 步，共 5 步：确认收款账户').waitFor();
    await placeholder(member, '卡面上的12到19位数字').fill('6222020200112233445');
    await placeholder(member, '卡面上的12到19位数字').blur();
    await text(member, '**** **** **** 3445').waitFor();
    expect(await text(member, '6222020200112233445').count()).toBe(0);
    await screenshot(member, 'claims-3-payee-masked');
    await text(member, '确认收款账户，下一步').click();

    await text(member, '第 4 步，共 5 步：上传材料').waitFor();
    await upload(member, 'id-card', 'id.png', 'image/png', png);
    await storedCount(member, 'id-card', 1);
    await upload(member, 'medical-invoice', 'invoice.jpg', 'image/jpeg', jpeg);
    await storedCount(member, 'medical-invoice', 1);
    await screenshot(member, 'claims-4-documents');

    // Submitting without the discharge summary: the server's refusal lands on the documents step.
    await text(member, '下一步：核对并提交').click();
    await text(member, '第 5 步，共 5 步：核对并提交').waitFor();
    await text(member, '确认无误，提交申请').click();
    await text(member, '还缺少材料：出院小结/诊断证明。请拍照上传后再提交。').waitFor();
    await text(member, '第 4 步，共 5 步：上传材料').waitFor();
    await screenshot(member, 'claims-5-documents-missing');
    await upload(member, 'discharge-summary', 'summary.png', 'image/png', png);
    await storedCount(member, 'discharge-summary', 1);
    await text(member, '下一步：核对并提交').click();
    await screenshot(member, 'claims-6-review');
    await text(member, '确认无误，提交申请').click();
    await text(member, '已提交，等待受理', { exact: true }).waitFor();
    await screenshot(member, 'claims-7-submitted');

    const claims = await api<Claim[]>('GET', '/api/me/claims', undefined, memberToken);
    const claim = claims.find((c) => c.invoiceNumbers.includes(invoice.toUpperCase())) as Claim;
    // The phone sent the photos downscaled: the 2400×1800 PNG arrived as a JPEG.
    const stored = await api<{ documents: { kind: string; contentType: string }[]; totalExpenses: number; eligibleExpenses: number; bankAccountMasked: string }>('GET', `/api/me/claims/${claim.id}`, undefined, memberToken);
    expect(stored.documents.map((d) => d.kind).sort()).toEqual(['discharge-summary', 'id-card', 'medical-invoice']);
    expect(stored.documents.find((d) => d.kind === 'id-card')?.contentType).toBe('image/jpeg');
    expect(stored).toMatchObject({ totalExpenses: 300000, eligibleExpenses: 200050, bankAccountMasked: '**** **** **** 3445' });

    // The officer finds it in his queue and looks at the member's photos, zoomed.
    await officer.goto('/#/officer/index/index');
    await officer.getByText('理赔审核').click();
    await officer.locator('.cl-chips__item--current').filter({ hasText: '待受理1' }).waitFor();
    await screenshot(officer, 'claims-8-officer-queue');
    await openFromQueue(officer, '待受理1');
    await officer.getByText('医疗费用发票（1 份）').waitFor();
    await screenshot(officer, 'claims-9-officer-detail');
    await officer.locator('.cl-docs__item').first().click();
    await officer.locator('.cl-viewer').waitFor();
    await officer.locator('.cl-viewer__stage').click();
    await officer.getByText('放大 2.5 倍').waitFor();
    await officer.locator('.cl-viewer__button').filter({ hasText: '放大' }).click();
    await officer.getByText(/第 1\/3 张 · 放大 3\.0 倍/).waitFor();
    expect(await officer.locator('.cl-viewer__image').evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
    await screenshot(officer, 'claims-10-officer-zoom');
    await officer.locator('.cl-viewer__button').filter({ hasText: '关闭' }).click();
    await officer.locator('.cl-viewer').waitFor({ state: 'detached' });

    await button(officer, '开始审核').click();
    await officer.getByText('已开始审核。').waitFor();
    await button(officer, '要求补充材料…').click();
    await officer.locator('textarea').fill('请补充出院小结第二页');
    await button(officer, '发给会员').click();
    await officer.getByText('已发给会员', { exact: false }).waitFor();
    await officer.getByText('要求补充材料：请补充出院小结第二页').waitFor();
    await screenshot(officer, 'claims-11-officer-asked');

    await member.goto('/#/pages/aid/index');
    await member.reload();
    await text(member, '需要补充材料').first().click();
    await text(member, '工作人员留言：请补充出院小结第二页').waitFor();
    await screenshot(member, 'claims-12-needs-info');
    await upload(member, 'discharge-summary', 'summary-2.jpg', 'image/jpeg', jpeg);
    await storedCount(member, 'discharge-summary', 2);
    await placeholder(member, '如：已补充出院小结第二页').fill('已补充第二页');
    await text(member, '补充好了，重新提交').click();
    await text(member, '已补充材料，等待审核').first().waitFor();
    await text(member, '已补充第二页').waitFor();
    await screenshot(member, 'claims-13-resubmitted');

    // Below the second-approval amount: one officer's approval is enough.
    await openFromQueue(officer, '已补材料1');
    await officer.getByText('会员已补充材料', { exact: false }).waitFor();
    await button(officer, '开始审核').click();
    await button(officer, '批准…').click();
    await officer.locator('.officer__input input').fill('1000');
    await button(officer, '确认批准 1,000.00 元').click();
    await officer.getByText('王小明 · 已批准，待打款').waitFor();
    await screenshot(officer, 'claims-14-officer-approved');

    await officer.goto('/#/officer/payouts/index');
    await officer.getByText('共 1 份已批准的申请', { exact: false }).waitFor();
    await officer.getByText('CSV（.csv）').click();
    await button(officer, '生成付款文件').click();
    const downloading = officer.waitForEvent('download');
    await officer.locator('.taro-modal__foot').getByText('生成').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^互助赔付-.*\.csv$/);
    expect(readFileSync(await download.path(), 'utf8')).toContain(`${claim.id},王小明,6222020200112233445,1000.00,`);
    await officer.getByText('等待银行回单', { exact: false }).waitFor();
    await screenshot(officer, 'claims-15-officer-batch');

    const choosing = officer.waitForEvent('filechooser');
    await button(officer, '导入银行回单').click();
    await (await choosing).setFiles({ name: '银行回单.csv', mimeType: 'text/csv', buffer: Buffer.from(`理赔编号,结果,说明\r\n${claim.id},成功,\r\n`) });
    await officer.getByText('回单已导入：1 笔已赔付，0 笔失败，0 行未变化。').waitFor();
    await screenshot(officer, 'claims-16-officer-bank-result');

    await member.reload();
    await text(member, '已赔付').first().waitFor();
    await text(member, '核定赔付 1,000 元，收款卡 **** **** **** 3445').waitFor();
    await screenshot(member, 'claims-17-paid');
  });

  it('survives a lost connection while saving and uploading, and reopens where it was without a second claim', async () => {
    const invoice = `OFF${Date.now()}`;
    const context = member.context();
    const before = (await api<Claim[]>('GET', '/api/me/claims', undefined, memberToken)).length;
    await fillClaimForm(member, invoice);
    // The first claim's 互助服务卡 is now on file: offered as is, nothing to type, no number on the phone.
    await text(member, '下一步：收款账户').click();
    await text(member, '尾号3445（已保存）').waitFor();
    expect(await placeholder(member, '卡面上的12到19位数字').count()).toBe(0);
    expect(await member.evaluate(() => JSON.stringify(localStorage))).not.toContain('6222020200112233445');
    await screenshot(member, 'claims-18a-payee-card-on-file');
    await text(member, '更换').click();
    await placeholder(member, '卡面上的12到19位数字').waitFor();
    await text(member, '改用已保存的互助服务卡（尾号3445）').click();
    await text(member, '尾号3445（已保存）').waitFor();

    await context.setOffline(true);
    await text(member, '确认收款账户，下一步').click();
    await text(member, '网络不好，没有提交成功。填写的内容和已上传的材料都保存在手机上，有信号后再点一次即可。').waitFor({ timeout: 20000 });
    await screenshot(member, 'claims-18-offline-saving');
    await context.setOffline(false);
    await text(member, '确认收款账户，下一步').click();
    await text(member, '第 4 步，共 5 步：上传材料').waitFor();
    await upload(member, 'id-card', 'id.png', 'image/png', png);
    await storedCount(member, 'id-card', 1);

    // The signal goes during an upload: automatic retries, then 重试 once the signal is back.
    await context.setOffline(true);
    await upload(member, 'medical-invoice', 'invoice.jpg', 'image/jpeg', jpeg);
    await text(member, /信号不好，\d+ 秒后第 1 次重试/).waitFor({ timeout: 15000 });
    await screenshot(member, 'claims-19-offline-retrying');
    await text(member, '网络不好，没有上传成功。照片还在这里，有信号后点“重试”。').waitFor({ timeout: 40000 });
    await screenshot(member, 'claims-20-offline-failed');
    await context.setOffline(false);
    await text(member, '重试', { exact: true }).click();
    await storedCount(member, 'medical-invoice', 1);

    // Reopening the app continues the same draft with what is stored.
    await member.goto('/#/pages/aid/index');
    await member.reload();
    await text(member, '继续申请互助').click();
    await text(member, '第 4 步，共 5 步：上传材料').waitFor();
    await storedCount(member, 'id-card', 1);
    await storedCount(member, 'medical-invoice', 1);
    await screenshot(member, 'claims-21-resumed');
    await upload(member, 'discharge-summary', 'summary.png', 'image/png', png);
    await storedCount(member, 'discharge-summary', 1);
    await text(member, '下一步：核对并提交').click();
    await text(member, '**** **** **** 3445').waitFor();
    await screenshot(member, 'claims-21a-review-card-on-file');
    await text(member, '确认无误，提交申请').click();
    await text(member, '已提交，等待受理', { exact: true }).waitFor();

    const claims = await api<Claim[]>('GET', '/api/me/claims', undefined, memberToken);
    expect(claims).toHaveLength(before + 1);
    const claim = claims.find((c) => c.invoiceNumbers.includes(invoice.toUpperCase())) as Claim;
    expect(claim.status).toBe('submitted');
    expect(claim.documents.map((d) => d.kind).sort()).toEqual(['discharge-summary', 'id-card', 'medical-invoice']);
    expect(claim).toMatchObject({ bankAccountMasked: '**** **** **** 3445' });
    expect(await api<{ masked: string } | null>('GET', '/api/me/aid/card', undefined, memberToken)).toEqual({ masked: '**** **** **** 3445' });
  });
});
