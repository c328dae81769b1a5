import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot as capture } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { newIdNumber } from './support/identity';

async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await capture(page, name);
}

/** The smallest valid PNG (1×1). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * The 互助 tab follows a claim to 已赔付. Filing, review and the payout batch go through the API
 * (the filing and officer pages are not built yet); the member's page is checked at each stage.
 */
describe('mutual-aid claims on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const api = async <T>(method: string, path: string, body: unknown, token: string, headers: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T;
  };
  const signIn = async (account: string) => (await api<{ token: string }>('POST', '/api/auth/dev-login', { account }, '')).token;
  const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await newPhoneContext(browser, server.baseUrl);
    await context.addInitScript(() => localStorage.setItem('unionhub.demoAccount', JSON.stringify({ data: 'member' })));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the plan in plain words and the claim moving to 已赔付', async () => {
    const tree = await api<{ id: string; code: string; children: unknown[] }[]>('GET', '/api/orgs/tree', undefined, '');
    const all = (nodes: { id: string; code: string; children: unknown[] }[]): { id: string; code: string }[] =>
      nodes.flatMap((n) => [n, ...all(n.children as { id: string; code: string; children: unknown[] }[])]);
    const units = new Map(all(tree).map((u) => [u.code, u.id]));
    const officer = await signIn('officer:BJ-DX-YH');
    const checker = await signIn('officer:BJ-DX');
    const member = await signIn('member');
    const channel = await api<{ code: string }>('POST', '/api/join/channels', { title: '职工沟通会', kind: 'event', unitId: units.get('BJ-DX-YH-SH'), reviewMode: 'auto', validFrom: today(), validUntil: today() }, officer);
    const form = { name: '王小明', idNumber: newIdNumber(), phone: '13812345678', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    const joined = await api<{ membership: { memberNumber: string } }>('POST', '/api/join/applications', { ...form, channelCode: channel.code }, member, { 'idempotency-key': `join-${Date.now()}` });
    const plans = await api<{ id: string; code: string }[]>('GET', '/api/aid/plans', undefined, officer);
    const plan = plans.find((p) => p.code === 'XJY-2026') as { id: string };
    const enrollment = await api<{ id: string }>('POST', '/api/aid/enrollments', { planId: plan.id, memberNumber: joined.membership.memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31' }, officer);

    await page.goto('/#/pages/aid/index');
    await page.getByText('新就业形态劳动者专项保障（免费）').waitFor();
    await page.getByText('自付费用按 50% 报销，每次最多 2,000 元，每年最多 5,000 元').waitFor();
    await screenshot(page, 'claims-1-plans');

    type Claim = { id: string; version: number; status: string };
    const claim = await api<Claim>('POST', '/api/me/claims', { enrollmentId: enrollment.id, eventDate: '2026-11-02', dischargeDate: '2026-11-10', hospital: '北京大学第一医院', invoiceNumbers: [`E2E${Date.now()}`], totalExpenses: 300000, eligibleExpenses: 200000, payeeName: '王小明', bankAccount: '6222020200112233445' }, member, { 'idempotency-key': `claim-${Date.now()}` });
    for (const kind of ['id-card', 'medical-invoice', 'discharge-summary']) await api('POST', `/api/me/claims/${claim.id}/documents`, { kind, content: PNG }, member);
    const submitted = await api<Claim>('POST', `/api/me/claims/${claim.id}/submit`, {}, member, { 'idempotency-key': `submit-${Date.now()}` });
    let seen = await api<Claim>('POST', `/api/aid/claims/${claim.id}/start-review`, { version: submitted.version }, officer);
    seen = await api<Claim>('POST', `/api/aid/claims/${claim.id}/request-info`, { version: seen.version, message: '请补充出院小结第二页' }, officer);

    await page.reload();
    await page.getByText('需要补充材料').first().waitFor();
    await page.getByText('请按工作人员的留言补充材料，然后重新提交').waitFor();
    await screenshot(page, 'claims-2-needs-info');

    await api('POST', `/api/me/claims/${claim.id}/documents`, { kind: 'discharge-summary', content: PNG }, member);
    await api('POST', `/api/me/claims/${claim.id}/resubmit`, { note: '已补充第二页' }, member);
    seen = await api<Claim>('GET', `/api/aid/claims/${claim.id}`, undefined, officer);
    seen = await api<Claim>('POST', `/api/aid/claims/${claim.id}/start-review`, { version: seen.version }, officer);
    seen = await api<Claim>('POST', `/api/aid/claims/${claim.id}/approve`, { version: seen.version, amount: 100000 }, officer);
    if (seen.status !== 'approved') await api('POST', `/api/aid/claims/${claim.id}/confirm-approval`, { version: seen.version }, checker);
    const exported = await fetch(`${server.baseUrl}/api/aid/payout-batches`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}` }, body: JSON.stringify({ format: 'csv' }) });
    const batchId = exported.headers.get('x-payout-batch-id') as string;
    expect(await exported.text()).toContain('6222020200112233445');
    const result = Buffer.from(`理赔编号,结果,说明\r\n${claim.id},成功,\r\n`).toString('base64');
    await api('POST', `/api/aid/payout-batches/${batchId}/result`, { content: result }, officer);

    await page.reload();
    await page.getByText('已赔付').first().waitFor();
    await page.getByText('核定赔付 1,000 元，收款卡 **** **** **** 3445').waitFor();
    await screenshot(page, 'claims-3-paid');
  });
});
