import type { AidEnrollment, ClaimDetail, NotificationList, PayoutImportResult, PayoutOverview } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { enroll, newJoinedMember, newPlan, submittedClaim } from './support/aid-factory';
import { JPEG_BASE64 } from './support/images';
import { bearer, unitIds } from './support/join-factory';
import { csvOf, readXlsx } from './support/station-files';
import { createTestApp, type TestApp } from './support/test-app';

const binary = (res: { on: (e: string, f: (c: Buffer) => void) => void }, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('payout batches', () => {
  let t: TestApp;
  const officers: Record<string, string> = {};
  let rider: { token: string; memberNumber: string };
  let enrollment: AidEnrollment;

  beforeAll(async () => {
    t = await createTestApp();
    const units = await unitIds(t);
    for (const code of ['BJ-DX-YH', 'BJ-FT-WZ']) officers[code] = await t.login(`officer:${code}`);
    const plan = await newPlan(t, await t.login('admin'), { capPerYear: 100_000_00 });
    rider = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
    enrollment = await enroll(t, officers['BJ-DX-YH'], plan.id, rider.memberNumber);
  });
  afterAll(() => t.close());

  const act = (id: string, action: string, body: Record<string, unknown>) => t.http.post(`/api/aid/claims/${id}/${action}`).set(bearer(officers['BJ-DX-YH'])).send(body);
  const approved = async (amount: number): Promise<ClaimDetail> => {
    let claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 3_000_00 });
    claim = (await act(claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
    return (await act(claim.id, 'approve', { version: claim.version, amount }).expect(200)).body as ClaimDetail;
  };
  const exportBatch = (officer: string, format: 'csv' | 'xlsx') =>
    t.http.post('/api/aid/payout-batches').set(bearer(officers[officer])).send({ format }).buffer(true).parse(binary);
  const memberView = async (id: string) => (await t.http.get(`/api/me/claims/${id}`).set(bearer(rider.token)).expect(200)).body as ClaimDetail;

  it('exports approved claims to a bank file, marks them paying, and applies the bank result', async () => {
    const [a, b, c] = [await approved(500_00), await approved(600_00), await approved(700_00)];
    await exportBatch('BJ-FT-WZ', 'csv').expect(409);
    const exported = await exportBatch('BJ-DX-YH', 'csv').expect(200);
    const batchId = exported.headers['x-payout-batch-id'] as string;
    const text = (exported.body as Buffer).toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('理赔编号,收款人,收款账号,金额（元）,用途');
    expect(lines).toEqual(expect.arrayContaining([expect.stringContaining(`${a.id},王小明,6222020200112233445,500.00,`)]));
    expect(lines).toHaveLength(4);
    expect((await memberView(a.id)).statusLabel).toBe('打款中');
    expect((await exportBatch('BJ-DX-YH', 'csv').expect(409)).body.toString()).toContain('AID_PAYOUT_NOTHING_TO_PAY');
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ targetId: batchId, action: 'aid.payout.export' })).toBe(1);

    await t.http.post(`/api/aid/payout-batches/${batchId}/result`).set(bearer(officers['BJ-FT-WZ'])).send({ content: csvOf([['理赔编号', '结果', '说明'], [a.id, '成功', '']]) }).expect(403);
    expect((await t.http.post(`/api/aid/payout-batches/${batchId}/result`).set(bearer(officers['BJ-DX-YH'])).send({ content: Buffer.from('garbage').toString('base64') }).expect(400)).body.code).toBe('AID_PAYOUT_RESULT_INVALID');
    const result = csvOf([['理赔编号', '结果', '说明'], [a.id, '成功', ''], [b.id, '失败', '账户已销户'], [c.id, '成功', ''], ['00000000-0000-4000-8000-000000000000', '成功', '']]);
    const applied = await t.http.post(`/api/aid/payout-batches/${batchId}/result`).set(bearer(officers['BJ-DX-YH'])).send({ content: result }).expect(200);
    expect(applied.body).toEqual({
      paid: 2,
      failed: 1,
      skipped: [{ row: 5, claimId: '00000000-0000-4000-8000-000000000000', reason: '不在这个付款批次里' }],
      rows: [
        { row: 2, claimId: a.id, outcome: 'paid', reason: null },
        { row: 3, claimId: b.id, outcome: 'failed', reason: '账户已销户' },
        { row: 4, claimId: c.id, outcome: 'paid', reason: null },
        { row: 5, claimId: '00000000-0000-4000-8000-000000000000', outcome: 'unchanged', reason: '不在这个付款批次里' },
      ],
    });
    expect(await memberView(a.id)).toMatchObject({ statusLabel: '已赔付', nextStep: '款项已打入您的银行卡，请注意查收' });
    expect((await memberView(b.id)).status).toBe('approved');
    const again = await t.http.post(`/api/aid/payout-batches/${batchId}/result`).set(bearer(officers['BJ-DX-YH'])).send({ content: result }).expect(200);
    expect(again.body).toMatchObject({ paid: 0, failed: 0 });
    expect((again.body as PayoutImportResult).rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    const inbox = (await t.http.get('/api/me/notifications').set(bearer(rider.token)).expect(200)).body as NotificationList;
    expect(inbox.items.map((n) => n.title)).toEqual(expect.arrayContaining(['互助保障已赔付', '赔付打款未成功']));

    // The failed payment is back in the queue and goes out in the next batch, here as XLSX.
    const next = await exportBatch('BJ-DX-YH', 'xlsx').expect(200);
    const rows = await readXlsx(next.body as Buffer);
    expect(rows).toEqual([['理赔编号', '收款人', '收款账号', '金额（元）', '用途'], [b.id, '王小明', '6222020200112233445', '600.00', expect.stringContaining('互助保障赔付')]]);
  });
  it('lists the batches of the subtree with their outcome and what waits for the next one', async () => {
    const overview = async (token: string, query = '') => (await t.http.get(`/api/aid/payout-batches${query}`).set(bearer(token)).expect(200)).body as PayoutOverview;
    // Batches made within one second tie on their time, so look this one up by id.
    const batchOf = async (id: string) => (await overview(officers['BJ-DX-YH'])).batches.find((b) => b.id === id);
    const yh = officers['BJ-DX-YH'];
    const before = await overview(yh);
    expect(before.ready).toEqual({ count: 0, amount: 0 });
    const [x, y] = [await approved(800_00), await approved(900_00)];
    expect((await overview(yh)).ready).toEqual({ count: 2, amount: 1_700_00 });

    const batchId = (await exportBatch('BJ-DX-YH', 'csv').expect(200)).headers['x-payout-batch-id'] as string;
    const made = await overview(yh);
    expect(made.ready).toEqual({ count: 0, amount: 0 });
    expect(made.total).toBe(before.total + 1);
    expect(await batchOf(batchId)).toMatchObject({ orgUnitName: '瀛海镇总工会', status: 'waiting', claimCount: 2, totalAmount: 1_700_00, paidCount: 0, failedCount: 0, settledAt: null });

    const answer = (rows: string[][]) => t.http.post(`/api/aid/payout-batches/${batchId}/result`).set(bearer(yh)).send({ content: csvOf([['理赔编号', '结果', '说明'], ...rows]) }).expect(200);
    await answer([[x.id, '成功', '']]);
    expect(await batchOf(batchId)).toMatchObject({ status: 'partial', paidCount: 1, failedCount: 0, settledAt: expect.any(String) });
    await answer([[y.id, '失败', '户名不符']]);
    expect(await batchOf(batchId)).toMatchObject({ status: 'settled', paidCount: 1, failedCount: 1 });
    expect((await overview(yh)).ready).toEqual({ count: 1, amount: 900_00 });

    // The district sees its towns' batches; another district's town sees none of them.
    const district = await overview(await t.login('officer:BJ-DX'));
    expect(district.batches.map((b) => b.id)).toContain(batchId);
    expect(district.ready.count).toBeGreaterThanOrEqual(1);
    expect(await overview(officers['BJ-FT-WZ'])).toEqual({ ready: { count: 0, amount: 0 }, batches: [], total: 0 });

    const [first, second] = [await overview(yh, '?limit=1'), await overview(yh, '?limit=1&offset=1')];
    expect([first.batches.length, second.batches.length]).toEqual([1, 1]);
    expect(second.batches[0].id).not.toBe(first.batches[0].id);
    expect(made.batches.map((b) => b.id)).toEqual(expect.arrayContaining([first.batches[0].id, second.batches[0].id]));
    expect((await t.http.get('/api/aid/payout-batches?limit=0').set(bearer(yh)).expect(400)).body.code).toBeDefined();
    await t.http.get('/api/aid/payout-batches').set(bearer(rider.token)).expect(403);
    await t.http.get('/api/aid/payout-batches').expect(401);
  });
});
