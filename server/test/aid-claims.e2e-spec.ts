import type { AidEnrollment, AidPlan, ClaimDetail, NotificationList } from '@unionhub/shared';
import { randomUUID } from 'node:crypto';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { AidPlan as AidPlanRow } from '../src/modules/aid/plans/aid-plan.entity';
import { ClaimDocument } from '../src/modules/aid/claims/claim-document.entity';
import { ClaimEvent } from '../src/modules/aid/claims/claim-event.entity';
import { Claim } from '../src/modules/aid/claims/claim.entity';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan, planInput, submitClaim, submittedClaim, uploadDocument } from './support/aid-factory';
import { JPEG_BASE64, jpegWithExif, PNG_BASE64 } from './support/images';
import { bearer, newMember, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

/** A PNG whose header claims 100,000 × 100,000 pixels: refused before anything decodes it. */
function hugePng(): string {
  const png = Buffer.from(PNG_BASE64, 'base64');
  png.writeUInt32BE(100_000, 16);
  png.writeUInt32BE(100_000, 20);
  return png.toString('base64');
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

describe('mutual-aid claims over HTTP', () => {
  let t: TestApp;
  let admin: string;
  const officers: Record<string, string> = {};
  let plan: AidPlan;
  let rider: { token: string; memberNumber: string };
  let enrollment: AidEnrollment;

  beforeAll(async () => {
    t = await createTestApp({ AID_SECOND_APPROVAL_FEN: '200000' });
    const units = await unitIds(t);
    admin = await t.login('admin');
    for (const code of ['BJ-DX-YH', 'BJ-DX', 'BJ-FT-WZ']) officers[code] = await t.login(`officer:${code}`);
    plan = await newPlan(t, admin);
    rider = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
    enrollment = await enroll(t, officers['BJ-DX-YH'], plan.id, rider.memberNumber);
  });
  afterAll(() => t.close());

  const claimRows = () => t.dataSource.getRepository(Claim).count();
  const officerGet = (code: string, id: string) => t.http.get(`/api/aid/claims/${id}`).set(bearer(officers[code]));
  const act = (code: string, id: string, action: string, body: Record<string, unknown>) => t.http.post(`/api/aid/claims/${id}/${action}`).set(bearer(officers[code])).send(body);

  describe('plans and enrollments', () => {
    it('lets only an admin create a plan, and refuses a bad one with nothing written', async () => {
      const before = await t.dataSource.getRepository(AidPlanRow).count();
      await t.http.post('/api/aid/plans').set(bearer(officers['BJ-DX'])).send(planInput()).expect(403);
      const bad = await t.http.post('/api/aid/plans').set(bearer(admin)).send(planInput({ ratePercent: 150, requiredDocuments: ['passport'] })).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(await t.dataSource.getRepository(AidPlanRow).count()).toBe(before);
      const listed = (await t.http.get('/api/aid/plans').set(bearer(officers['BJ-DX'])).expect(200)).body as AidPlan[];
      expect(listed.map((p) => p.code)).toEqual(expect.arrayContaining(['XJY-2026', 'ECBX-2026', 'YWSH-2026', plan.code]));
      expect(listed.find((p) => p.code === 'YWSH-2026')?.payoutRule).toEqual({ kind: 'fixed', amount: 1_000_00, capPerYear: 3_000_00 });
      const taken = await t.http.post('/api/aid/plans').set(bearer(admin)).send(planInput({ code: plan.code })).expect(409);
      expect(taken.body.code).toBe('AID_PLAN_CODE_TAKEN');
    });

    it("shows the member his plans and periods, and keeps another town's officer out", async () => {
      const mine = (await t.http.get('/api/me/aid/enrollments').set(bearer(rider.token)).expect(200)).body as AidEnrollment[];
      // The rider also has the free new-form-worker plan, enrolled automatically when he joined.
      expect(mine).toEqual([
        expect.objectContaining({ plan: expect.objectContaining({ code: 'XJY-2026' }), validUntil: '2026-12-31' }),
        expect.objectContaining({ id: enrollment.id, validFrom: '2026-01-01', validUntil: '2026-12-31', plan: expect.objectContaining({ code: plan.code, payoutRule: { kind: 'rate', ratePercent: 50, deductible: 10000, capPerClaim: 300000, capPerYear: 500000 } }) }),
      ]);
      const other = await newPlan(t, admin);
      const refused = await t.http.post('/api/aid/enrollments').set(bearer(officers['BJ-FT-WZ'])).send({ planId: other.id, memberNumber: rider.memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31' }).expect(403);
      expect(refused.body.code).toBe('ORG_OUT_OF_SCOPE');
      await t.http.post('/api/aid/enrollments').set(bearer(officers['BJ-DX-YH'])).send({ planId: plan.id, memberNumber: rider.memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31' }).expect(409);
    });
  });

  describe('filing', () => {
    it('makes one claim from duplicate submissions with one idempotency key, with the bank account masked', async () => {
      const before = await claimRows();
      const key = randomUUID();
      const body = claimInput(enrollment.id);
      const [a, b] = await Promise.all([createClaim(t, rider.token, body, key), createClaim(t, rider.token, body, key)]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect((a.body as ClaimDetail).id).toBe((b.body as ClaimDetail).id);
      expect(await claimRows()).toBe(before + 1);
      expect(a.body).toMatchObject({ status: 'draft', statusLabel: '草稿', bankAccountMasked: '**** **** **** 3445', missingDocuments: ['medical-invoice', 'discharge-summary'] });
      expect(JSON.stringify(a.body)).not.toContain('6222020200112233445');
      const stored = await t.dataSource.getRepository(Claim).findOneByOrFail({ id: (a.body as ClaimDetail).id });
      expect(stored.bankAccountEnc).not.toContain('6222020200112233445');
    });

    it('refuses bad input with 400 and writes nothing', async () => {
      const before = await claimRows();
      const bad = await createClaim(t, rider.token, claimInput(enrollment.id, { bankAccount: '12ab', eventDate: 'yesterday' })).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      await t.http.post('/api/me/claims').set(bearer(rider.token)).send(claimInput(enrollment.id)).expect(400);
      expect(await claimRows()).toBe(before);
    });

    it('refuses bad files by their content, and keeps PDFs and photos without GPS', async () => {
      const draft = (await createClaim(t, rider.token, claimInput(enrollment.id)).expect(201)).body as ClaimDetail;
      const documents = () => t.dataSource.getRepository(ClaimDocument).countBy({ claimId: draft.id });
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200)]).toString('base64');
      expect((await uploadDocument(t, rider.token, draft.id, 'medical-invoice', exe).expect(400)).body.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect((await uploadDocument(t, rider.token, draft.id, 'medical-invoice', hugePng()).expect(400)).body.code).toBe('FILE_TOO_MANY_PIXELS');
      const truncated = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n').toString('base64');
      expect((await uploadDocument(t, rider.token, draft.id, 'medical-invoice', truncated).expect(400)).body.code).toBe('FILE_CORRUPT');
      const huge = await uploadDocument(t, rider.token, draft.id, 'medical-invoice', Buffer.alloc(50 * 1024 * 1024, 1).toString('base64')).expect(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect((await uploadDocument(t, rider.token, draft.id, 'bank-card', JPEG_BASE64).expect(400)).body.code).toBe('CLAIM_DOCUMENT_NOT_REQUIRED');
      expect(await documents()).toBe(0);

      await uploadDocument(t, rider.token, draft.id, 'discharge-summary', PDF).expect(201);
      const withPhoto = (await uploadDocument(t, rider.token, draft.id, 'medical-invoice', jpegWithExif().toString('base64')).expect(201)).body as ClaimDetail;
      expect(withPhoto.missingDocuments).toEqual([]);
      expect(withPhoto.documents.map((d) => d.contentType).sort()).toEqual(['application/pdf', 'image/jpeg']);
      const photo = withPhoto.documents.find((d) => d.contentType === 'image/jpeg') as ClaimDetail['documents'][number];
      const file = await t.http.get(photo.url).buffer(true).expect(200);
      expect((file.body as Buffer).includes('GPS-SECRET')).toBe(false);
      const hash = (await t.dataSource.getRepository(ClaimDocument).findOneByOrFail({ id: photo.id })).contentHash;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('checks each rule at submission with a clear reason', async () => {
      const reasonFor = async (overrides: Record<string, unknown>) => {
        const draft = (await createClaim(t, rider.token, claimInput(enrollment.id, overrides)).expect(201)).body as ClaimDetail;
        await uploadDocument(t, rider.token, draft.id, 'medical-invoice', JPEG_BASE64).expect(201);
        await uploadDocument(t, rider.token, draft.id, 'discharge-summary', JPEG_BASE64).expect(201);
        const refused = await submitClaim(t, rider.token, draft.id);
        return [refused.status, refused.body.code, refused.body.message];
      };
      // Coverage is already checked when the claim is filed (aid-claim-checks.e2e-spec.ts), and again here.
      const uncovered = await createClaim(t, rider.token, claimInput(enrollment.id, { eventDate: '2025-12-20', dischargeDate: '2025-12-28' }));
      expect([uncovered.status, uncovered.body.code, uncovered.body.message]).toEqual([400, 'CLAIM_NOT_COVERED', expect.stringContaining('保障期')]);
      expect(reasonFor).toEqual(expect.any(Function));

      const waiting = await newPlan(t, admin, { waitingDays: 365 });
      const waitingEnrollment = await enroll(t, officers['BJ-DX-YH'], waiting.id, rider.memberNumber);
      const draft = (await createClaim(t, rider.token, claimInput(waitingEnrollment.id)).expect(201)).body as ClaimDetail;
      await uploadDocument(t, rider.token, draft.id, 'medical-invoice', JPEG_BASE64).expect(201);
      await uploadDocument(t, rider.token, draft.id, 'discharge-summary', JPEG_BASE64).expect(201);
      expect((await submitClaim(t, rider.token, draft.id).expect(400)).body.code).toBe('CLAIM_IN_WAITING_PERIOD');

      const quick = await newPlan(t, admin, { deadlineKind: 'working-days', deadlineValue: 5 });
      const quickEnrollment = await enroll(t, officers['BJ-DX-YH'], quick.id, rider.memberNumber);
      const late = (await createClaim(t, rider.token, claimInput(quickEnrollment.id, { eventDate: '2026-10-01', dischargeDate: '2026-10-09' })).expect(201)).body as ClaimDetail;
      await uploadDocument(t, rider.token, late.id, 'medical-invoice', JPEG_BASE64).expect(201);
      await uploadDocument(t, rider.token, late.id, 'discharge-summary', JPEG_BASE64).expect(201);
      expect((await submitClaim(t, rider.token, late.id).expect(400)).body.code).toBe('CLAIM_PAST_DEADLINE');

      const bare = (await createClaim(t, rider.token, claimInput(enrollment.id)).expect(201)).body as ClaimDetail;
      await uploadDocument(t, rider.token, bare.id, 'medical-invoice', JPEG_BASE64).expect(201);
      const missing = await submitClaim(t, rider.token, bare.id).expect(400);
      expect(missing.body).toMatchObject({ code: 'CLAIM_DOCUMENTS_MISSING', details: { missing: ['discharge-summary'] } });
      expect((await t.dataSource.getRepository(Claim).findOneByOrFail({ id: bare.id })).status).toBe('draft');
    });

    it('blocks a second use of an invoice number, by anyone, and flags both claims', async () => {
      const units = await unitIds(t);
      const other = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string);
      const otherEnrollment = await enroll(t, officers['BJ-DX-YH'], plan.id, other.memberNumber);
      const invoice = `DUP${Date.now()}`;
      const first = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { invoiceNumbers: [invoice] });
      const draft = (await createClaim(t, other.token, claimInput(otherEnrollment.id, { invoiceNumbers: [invoice.toLowerCase()] })).expect(201)).body as ClaimDetail;
      await uploadDocument(t, other.token, draft.id, 'medical-invoice', JPEG_BASE64).expect(201);
      await uploadDocument(t, other.token, draft.id, 'discharge-summary', JPEG_BASE64).expect(201);
      const refused = await submitClaim(t, other.token, draft.id).expect(409);
      expect(refused.body.code).toBe('CLAIM_INVOICE_ALREADY_CLAIMED');
      const rows = await t.dataSource.getRepository(Claim).findBy([{ id: first.id }, { id: draft.id }]);
      expect(rows.map((r) => [r.status, r.flaggedDuplicate]).sort()).toEqual([['draft', true], ['submitted', true]]);
    });

    it('submits once for duplicate submissions with one key', async () => {
      const draft = (await createClaim(t, rider.token, claimInput(enrollment.id)).expect(201)).body as ClaimDetail;
      await uploadDocument(t, rider.token, draft.id, 'medical-invoice', JPEG_BASE64).expect(201);
      await uploadDocument(t, rider.token, draft.id, 'discharge-summary', PNG_BASE64).expect(201);
      const key = randomUUID();
      const [a, b] = await Promise.all([submitClaim(t, rider.token, draft.id, key), submitClaim(t, rider.token, draft.id, key)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.status).toBe('submitted');
      expect(await t.dataSource.getRepository(ClaimEvent).countBy({ claimId: draft.id, action: 'submit' })).toBe(1);
    });
  });

  describe('privacy and scope', () => {
    it("keeps member B away from member A's claims and files", async () => {
      const claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64);
      const memberB = await newMember(t);
      expect((await t.http.get(`/api/me/claims/${claim.id}`).set(bearer(memberB)).expect(404)).body.code).toBe('CLAIM_NOT_FOUND');
      expect((await t.http.get('/api/me/claims').set(bearer(memberB)).expect(200)).body).toEqual([]);
      await uploadDocument(t, memberB, claim.id, 'medical-invoice', JPEG_BASE64).expect(404);
      await t.http.get(`/api/aid/claims/${claim.id}`).set(bearer(memberB)).expect(403);
      const link = new URL(claim.documents[0].url, 'http://x');
      const key = link.pathname.split('/').pop() as string;
      await t.http.get(`/api/files/${key}`).expect(400);
      await t.http.get(`/api/files/${key}?exp=${link.searchParams.get('exp')}&sig=${'0'.repeat(43)}`).expect(403);
      await t.http.get(`/api/files/${'a'.repeat(32)}.jpg?exp=${link.searchParams.get('exp')}&sig=${link.searchParams.get('sig')}`).expect(403);
    });

    it("refuses another town's officer and shows the queue of the officer's subtree", async () => {
      const claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64);
      expect((await officerGet('BJ-FT-WZ', claim.id).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
      expect((await act('BJ-FT-WZ', claim.id, 'start-review', { version: claim.version }).expect(403)).body.code).toBe('ORG_OUT_OF_SCOPE');
      const queue = (await t.http.get(`/api/aid/claims?planId=${plan.id}`).set(bearer(officers['BJ-DX-YH'])).expect(200)).body as { items: ClaimDetail[] };
      expect(queue.items.map((c) => c.id)).toContain(claim.id);
      const far = (await t.http.get('/api/aid/claims').set(bearer(officers['BJ-FT-WZ'])).expect(200)).body as { items: ClaimDetail[] };
      expect(far.items).toEqual([]);
      // Paging and the status tab come as query strings, as the officer's queue page sends them.
      const page = (await t.http.get(`/api/aid/claims?status=submitted&planId=${plan.id}&limit=1&offset=0`).set(bearer(officers['BJ-DX-YH'])).expect(200)).body as { items: ClaimDetail[]; total: number };
      expect(page.items).toHaveLength(1);
      expect(page.total).toBeGreaterThanOrEqual(1);
      expect(page.items[0].status).toBe('submitted');
      await t.http.get('/api/aid/claims?limit=0').set(bearer(officers['BJ-DX-YH'])).expect(400);
      await t.http.get('/api/aid/claims?status=lost').set(bearer(officers['BJ-DX-YH'])).expect(400);
      await officerGet('BJ-DX-YH', claim.id).expect(200);
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ targetId: claim.id, action: 'aid.claim.view' })).toBe(1);
    });
  });

  describe('review', () => {
    it('asks for more, takes the resubmission, approves within the rule and tells the member at each step', async () => {
      let claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 2_100_00 });
      claim = (await act('BJ-DX-YH', claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
      expect(claim.suggestedPayout).toEqual({ amount: 1_000_00, steps: [expect.stringContaining('按 50% 计 1000.00 元')] });
      claim = (await act('BJ-DX-YH', claim.id, 'request-info', { version: claim.version, message: '请补充出院小结第二页' }).expect(200)).body as ClaimDetail;
      expect(claim.status).toBe('needs-info');
      const seen = (await t.http.get(`/api/me/claims/${claim.id}`).set(bearer(rider.token)).expect(200)).body as ClaimDetail;
      expect(seen).toMatchObject({ statusLabel: '需要补充材料', actions: expect.arrayContaining(['resubmit', 'withdraw']) });
      expect(seen.events.map((e) => e.note)).toContain('请补充出院小结第二页');
      await uploadDocument(t, rider.token, claim.id, 'discharge-summary', PDF).expect(201);
      await t.http.post(`/api/me/claims/${claim.id}/resubmit`).set(bearer(rider.token)).send({ note: '已补充' }).expect(200);
      claim = (await officerGet('BJ-DX-YH', claim.id).expect(200)).body as ClaimDetail;
      claim = (await act('BJ-DX-YH', claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
      const over = await act('BJ-DX-YH', claim.id, 'approve', { version: claim.version, amount: 1_000_01 }).expect(400);
      expect(over.body).toMatchObject({ code: 'CLAIM_AMOUNT_OVER_RULE', details: { suggested: 1_000_00 } });
      claim = (await act('BJ-DX-YH', claim.id, 'approve', { version: claim.version, amount: 1_000_00 }).expect(200)).body as ClaimDetail;
      expect(claim).toMatchObject({ status: 'approved', approvedAmount: 1_000_00 });
      expect((await act('BJ-DX-YH', claim.id, 'reject', { version: claim.version, reasonCode: 'other', note: '重复' }).expect(409)).body.code).toBe('CLAIM_ILLEGAL_TRANSITION');
      const inbox = (await t.http.get('/api/me/notifications').set(bearer(rider.token)).expect(200)).body as NotificationList;
      expect(inbox.items.map((n) => n.title)).toEqual(expect.arrayContaining(['理赔申请需要补充材料', '理赔申请已通过']));
      const audits = await t.dataSource.getRepository(AuditEntry).findBy({ targetId: claim.id });
      expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['aid.claim.start-review', 'aid.claim.request-info', 'aid.claim.approve']));
    });

    it('lets only one of two concurrent approvals through', async () => {
      let claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 1_100_00 });
      claim = (await act('BJ-DX-YH', claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
      const results = await Promise.all([
        act('BJ-DX-YH', claim.id, 'approve', { version: claim.version, amount: 500_00 }),
        act('BJ-DX', claim.id, 'approve', { version: claim.version, amount: 400_00 }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await t.dataSource.getRepository(ClaimEvent).countBy({ claimId: claim.id, action: 'approve' })).toBe(1);
      const stale = await act('BJ-DX', claim.id, 'request-info', { version: claim.version, message: '晚了一步' }).expect(409);
      expect(['CLAIM_CHANGED_MEANWHILE', 'CLAIM_ILLEGAL_TRANSITION']).toContain(stale.body.code);
    });

    it('needs a second officer above the threshold, never the first approver', async () => {
      let claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 8_000_00 });
      claim = (await act('BJ-DX-YH', claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
      claim = (await act('BJ-DX-YH', claim.id, 'approve', { version: claim.version, amount: 2_500_00 }).expect(200)).body as ClaimDetail;
      expect(claim).toMatchObject({ status: 'in-review', pendingApprovalAmount: 2_500_00, approvedAmount: null });
      expect((await act('BJ-DX-YH', claim.id, 'confirm-approval', { version: claim.version }).expect(403)).body.code).toBe('CLAIM_SECOND_APPROVER_REQUIRED');
      claim = (await act('BJ-DX', claim.id, 'confirm-approval', { version: claim.version }).expect(200)).body as ClaimDetail;
      expect(claim).toMatchObject({ status: 'approved', approvedAmount: 2_500_00, pendingApprovalAmount: null });
    });

    it('rejects with a reason the member reads, and lets the member withdraw only before a decision', async () => {
      let claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64);
      claim = (await act('BJ-DX-YH', claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
      await act('BJ-DX-YH', claim.id, 'reject', { version: claim.version, reasonCode: 'bogus', note: '无' }).expect(400);
      claim = (await act('BJ-DX-YH', claim.id, 'reject', { version: claim.version, reasonCode: 'not-eligible', note: '门诊费用不在本项目范围' }).expect(200)).body as ClaimDetail;
      expect(claim.status).toBe('rejected');
      expect((await t.http.post(`/api/me/claims/${claim.id}/withdraw`).set(bearer(rider.token)).send({}).expect(409)).body.code).toBe('CLAIM_ILLEGAL_TRANSITION');
      const other = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64);
      const withdrawn = (await t.http.post(`/api/me/claims/${other.id}/withdraw`).set(bearer(rider.token)).send({ note: '已在单位报销' }).expect(200)).body as ClaimDetail;
      expect(withdrawn).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回', actions: [] });
      await act('BJ-DX-YH', other.id, 'start-review', { version: withdrawn.version }).expect(409);
    });
  });
});
