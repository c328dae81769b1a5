import type { ClaimDetail } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { ClaimEvent } from '../src/modules/aid/claims/claim-event.entity';
import { Claim } from '../src/modules/aid/claims/claim.entity';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan, submittedClaim } from './support/aid-factory';
import { JPEG_BASE64 } from './support/images';
import { bearer, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const OTHER_PAYEE = { payeeName: '王大妈', payeeIsOther: true, payeeReason: '住院期间委托家属代收', payeeKind: 'other-card' };

describe(`a payee who is not the member (${testDatabaseKind()})`, () => {
  let t: TestApp;
  const officers: Record<string, string> = {};
  let rider: { token: string; memberNumber: string };
  let enrollmentId: string;
  const claimCount = () => t.dataSource.getRepository(Claim).count();
  const act = (token: string, id: string, action: string, body: Record<string, unknown>) => t.http.post(`/api/aid/claims/${id}/${action}`).set(bearer(token)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['BJ-DX-YH', 'BJ-FT-WZ']) officers[code] = await t.login(`officer:${code}`);
    const plan = await newPlan(t, await t.login('admin'), { coverageFrom: '2025-01-01', coverageUntil: '2027-12-31' });
    rider = await newJoinedMember(t, officers['BJ-DX-YH'], (await unitIds(t)).get('BJ-DX-YH-SH') as string);
    enrollmentId = (await enroll(t, officers['BJ-DX-YH'], plan.id, rider.memberNumber, { validFrom: '2025-01-01', validUntil: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  async function refusedOn(overrides: Record<string, unknown>, field: string): Promise<string> {
    const before = await claimCount();
    const response = await createClaim(t, rider.token, claimInput(enrollmentId, overrides));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field, message: expect.stringMatching(/[\u4e00-\u9fff]/) }] } });
    expect(await claimCount()).toBe(before);
    return (response.body as { details: { fields: { message: string }[] } }).details.fields[0].message;
  }

  it('refuses another payee unless the member says so with a reason', async () => {
    expect(await refusedOn({ payeeName: '王大妈' }, 'payeeName')).toContain('他人代收');
    expect(await refusedOn({ payeeName: '王大妈', payeeReason: '委托家属代收' }, 'payeeReason')).toContain('他人代收');
    expect(await refusedOn({ payeeName: '王大妈', payeeIsOther: true }, 'payeeReason')).toContain('原因');
    expect(await refusedOn({ payeeName: '王大妈', payeeIsOther: true, payeeReason: '代' }, 'payeeReason')).toContain('2到60');
    expect(await refusedOn({ payeeName: '王大妈', payeeIsOther: 'yes', payeeReason: '委托家属代收' }, 'payeeIsOther')).toContain('true');
    const onFileCard = claimInput(enrollmentId, { ...OTHER_PAYEE, bankAccount: undefined, useCardOnFile: true });
    const refused = await createClaim(t, rider.token, onFileCard).expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'useCardOnFile', message: expect.stringContaining('他人代收') }] } });
  });

  it('files the member himself with no approval needed, even when he ticks the box', async () => {
    const own = (await createClaim(t, rider.token, claimInput(enrollmentId, { payeeIsOther: true, payeeReason: '委托家属代收' })).expect(201)).body as ClaimDetail;
    expect(own).toMatchObject({ payeeApproval: 'not-needed', payeeReason: null });
  });

  it("never keeps another payee's card as the member's card on file", async () => {
    const filed = (await createClaim(t, rider.token, claimInput(enrollmentId, { ...OTHER_PAYEE, payeeKind: 'aid-card' })).expect(201)).body as ClaimDetail;
    expect(filed).toMatchObject({ payeeApproval: 'pending', payeeName: '王大妈' });
    expect(JSON.parse((await t.http.get('/api/me/aid/card').set(bearer(rider.token)).expect(200)).text)).toBeNull();
  });

  it('holds the claim until an officer in scope confirms the payee, audited, then lets it be approved', async () => {
    let claim = await submittedClaim(t, rider.token, enrollmentId, JPEG_BASE64, OTHER_PAYEE);
    expect(claim).toMatchObject({ status: 'submitted', payeeApproval: 'pending', payeeReason: '住院期间委托家属代收' });
    claim = (await act(officers['BJ-DX-YH'], claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;

    const held = await act(officers['BJ-DX-YH'], claim.id, 'approve', { version: claim.version, amount: 100_00 }).expect(409);
    expect(held.body).toMatchObject({ code: 'CLAIM_PAYEE_APPROVAL_PENDING', message: expect.stringContaining('确认收款人') });
    expect(await t.dataSource.getRepository(Claim).findOneByOrFail({ id: claim.id })).toMatchObject({ status: 'in-review', approvedAmount: null, pendingApprovalAmount: null });

    const member = await act(rider.token, claim.id, 'approve-payee', { version: claim.version });
    expect(member.status).toBe(403);
    const elsewhere = await act(officers['BJ-FT-WZ'], claim.id, 'approve-payee', { version: claim.version }).expect(403);
    expect(elsewhere.body.code).toBe('ORG_OUT_OF_SCOPE');
    const stale = await act(officers['BJ-DX-YH'], claim.id, 'approve-payee', { version: claim.version - 1 }).expect(409);
    expect(stale.body.code).toBe('CLAIM_CHANGED_MEANWHILE');
    const unknown = await act(officers['BJ-DX-YH'], '00000000-0000-4000-8000-000000000000', 'approve-payee', { version: 1 }).expect(404);
    expect(unknown.body.code).toBe('CLAIM_NOT_FOUND');
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ targetId: claim.id, action: 'aid.claim.approve-payee' })).toBe(0);

    const confirmed = (await act(officers['BJ-DX-YH'], claim.id, 'approve-payee', { version: claim.version }).expect(200)).body as ClaimDetail;
    expect(confirmed).toMatchObject({ status: 'in-review', payeeApproval: 'approved', version: claim.version + 1 });
    const audits = await t.dataSource.getRepository(AuditEntry).findBy({ targetId: claim.id, action: 'aid.claim.approve-payee' });
    expect(audits).toHaveLength(1);
    const events = await t.dataSource.getRepository(ClaimEvent).findBy({ claimId: claim.id, action: 'approve-payee' });
    expect(events).toEqual([expect.objectContaining({ actorRole: 'officer', note: expect.stringContaining('王大妈') })]);

    const again = await act(officers['BJ-DX-YH'], claim.id, 'approve-payee', { version: confirmed.version }).expect(409);
    expect(again.body.code).toBe('CLAIM_PAYEE_NOT_PENDING');
    const approved = (await act(officers['BJ-DX-YH'], claim.id, 'approve', { version: confirmed.version, amount: 100_00 }).expect(200)).body as ClaimDetail;
    expect(approved).toMatchObject({ status: 'approved', approvedAmount: 100_00, payeeApproval: 'approved' });
    const mine = (await t.http.get(`/api/me/claims/${claim.id}`).set(bearer(rider.token)).expect(200)).body as ClaimDetail;
    expect(mine).toMatchObject({ payeeApproval: 'approved', payeeName: '王大妈' });
  });

  it('confirms a payee only once when two officers press at the same time', async () => {
    let claim = await submittedClaim(t, rider.token, enrollmentId, JPEG_BASE64, OTHER_PAYEE);
    claim = (await act(officers['BJ-DX-YH'], claim.id, 'start-review', { version: claim.version }).expect(200)).body as ClaimDetail;
    const second = await t.login('officer:BJ-DX');
    const answers = await Promise.all([officers['BJ-DX-YH'], second].map((token) => act(token, claim.id, 'approve-payee', { version: claim.version })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ targetId: claim.id, action: 'aid.claim.approve-payee' })).toBe(1);
  });
});
