import type { Browser } from 'playwright-core';
import { apiClient, todayInChina } from './support/api';
import { launchChromium, phoneSignedInAs, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** The smallest PDF the server accepts as a claim document. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

describe('officer dashboard on H5', () => {
  let server: RunningServer;
  let browser: Browser;

  const { api, signIn, orgUnits } = apiClient(() => server.baseUrl);

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
    const form = { name: '王小明', idNumber: '110115199203151236', phoneCode: 'phone:13812345678', occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: '2026-11-01', acceptPrivacyPolicy: true, acceptSensitiveInfo: true };
    await api('POST', '/api/join/applications', { ...form, channelCode: channel.code }, await signIn('member'), { 'idempotency-key': `dash-${Date.now()}` });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the subtree’s to-dos and new members at a glance', async () => {
    const page = await phoneSignedInAs(browser, server.baseUrl, 'officer:BJ-DX');
    await page.goto('/#/officer/dashboard/index');
    await page.getByText('待审核入会').waitFor();
    await screenshot(page, 'dashboard-1');
    await page.getByText('首航超市职工沟通会').waitFor();
    expect(await page.locator('.officer__title').first().innerText()).toMatch(/近30天新会员\s*1\s*人/);
  });
  it('shows the claims waiting for review, and the claims by status with their amounts', async () => {
    const member = await signIn('member');
    // The member joined as a delivery rider: enrolled in XJY-2026 from today, automatically.
    const [enrollment] = await api<{ id: string; plan: { code: string } }[]>('GET', '/api/me/aid/enrollments', undefined, member);
    expect(enrollment.plan.code).toBe('XJY-2026');
    const today = todayInChina();
    const claim = await api<{ id: string }>(
      'POST',
      '/api/me/claims',
      { enrollmentId: enrollment.id, eventDate: today, hospital: '北京大学第一医院', invoiceNumbers: [`DASH${Date.now()}`], totalExpenses: 300000, eligibleExpenses: 200000, payeeName: '王小明', bankAccount: '6222020200112233445' },
      member,
      { 'idempotency-key': `dash-claim-${Date.now()}` },
    );
    for (const kind of ['id-card', 'medical-invoice', 'discharge-summary']) await api('POST', `/api/me/claims/${claim.id}/documents`, { kind, content: PDF }, member);
    await api('POST', `/api/me/claims/${claim.id}/submit`, {}, member, { 'idempotency-key': `dash-submit-${Date.now()}` });

    const page = await phoneSignedInAs(browser, server.baseUrl, 'officer:BJ-DX');
    await page.goto('/#/officer/dashboard/index');
    const tile = page.locator('.tiles__tile', { hasText: '待审核理赔' });
    await tile.waitFor();
    expect(await tile.locator('.tiles__number').innerText()).toBe('1');
    const card = page.locator('.officer__card', { hasText: '互助理赔（按状态）' });
    await card.scrollIntoViewIfNeeded();
    expect(await card.innerText()).toMatch(/待受理\s*1\s*申请 2,000 元/);
    await screenshot(page, 'dashboard-2-claims');
  });
});
