import { chinaDate, type ClaimDetail, type OfficerDashboard } from '@unionhub/shared';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan, submittedClaim } from './support/aid-factory';
import { JPEG_BASE64 } from './support/images';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('officer dashboard', () => {
  let t: TestApp;
  let units: Map<string, string>;
  const officers: Record<string, string> = {};
  const dashboard = async (code: string, query: Record<string, number> = {}) =>
    (await t.http.get('/api/dashboard').set(bearer(officers[code])).query(query).expect(200)).body as OfficerDashboard;

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    for (const code of ['BJ-DX-YH', 'BJ-FT-WZ', 'BJ-DX', 'BJ-FT']) officers[code] = await t.login(`officer:${code}`);
    const auto = await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') ?? '', { title: '首航超市职工沟通会' });
    const review = await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH') ?? '', { title: '瀛海镇骑手专场', reviewMode: 'review' });
    const wz = await newChannel(t, officers['BJ-FT-WZ'], units.get('BJ-FT-WZ-LX') ?? '', { title: '王佐镇入会' });
    await submit(t, await newMember(t), joinForm({ channelCode: auto.code })).expect(201);
    await submit(t, await newMember(t), joinForm({ channelCode: auto.code, occupation: 'courier' })).expect(201);
    await submit(t, await newMember(t), joinForm({ channelCode: review.code })).expect(201);
    // A 大兴 member who then joins in 丰台: a transfer out of 大兴, into 丰台 once released.
    const mover = await newMember(t);
    const idNumber = newIdNumber();
    await submit(t, mover, joinForm({ channelCode: auto.code, idNumber })).expect(201);
    await submit(t, mover, joinForm({ channelCode: wz.code, idNumber })).expect(201);
  });
  afterAll(() => t.close());

  it('counts new members by day, channel and occupation, and the pending work, for the subtree', async () => {
    const daxing = await dashboard('BJ-DX');
    expect(daxing).toMatchObject({ unitId: units.get('BJ-DX'), pendingJoins: 1, pendingTransfersOut: 1, pendingTransfersIn: 0, openStationReports: 0 });
    expect(daxing.newMembersByDay).toEqual([{ day: chinaDate(new Date()), count: 3 }]);
    expect(daxing.newMembersByChannel).toEqual([expect.objectContaining({ label: '首航超市职工沟通会', count: 3 })]);
    expect(daxing.newMembersByOccupation).toEqual(
      expect.arrayContaining([
        { key: 'delivery-rider', label: expect.any(String), count: 2 },
        { key: 'courier', label: expect.any(String), count: 1 },
      ]),
    );
    expect(daxing.since).toBe(chinaDate(new Date(Date.now() - 29 * 86_400_000)));
  });

  it('shows one district nothing of another', async () => {
    const fengtai = await dashboard('BJ-FT');
    expect(fengtai).toMatchObject({ pendingJoins: 0, pendingTransfersOut: 0, newMembersByDay: [], newMembersByChannel: [] });
  });

  it('is for officers and admins only, and checks its input', async () => {
    await t.http.get('/api/dashboard').set(bearer(await newMember(t))).expect(403);
    await t.http.get('/api/dashboard').expect(401);
    expect((await t.http.get('/api/dashboard').set(bearer(officers['BJ-DX'])).query({ days: 0 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http.get('/api/dashboard').set(bearer(officers['BJ-DX'])).query({ days: 'x' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
  it("counts the subtree's claims and amounts by status, and the claims waiting for an officer", async () => {
    const plan = await newPlan(t, await t.login('admin'));
    const rider = await newJoinedMember(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') ?? '');
    const enrollment = await enroll(t, officers['BJ-DX-YH'], plan.id, rider.memberNumber);
    const act = (id: string, action: string, body: Record<string, unknown>) => t.http.post(`/api/aid/claims/${id}/${action}`).set(bearer(officers['BJ-DX-YH'])).send(body).expect(200);
    await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 3_000_00 });
    for (const decision of ['approve', 'reject']) {
      let claim = await submittedClaim(t, rider.token, enrollment.id, JPEG_BASE64, { eligibleExpenses: 2_000_00 });
      claim = (await act(claim.id, 'start-review', { version: claim.version })).body as ClaimDetail;
      await act(claim.id, decision, decision === 'approve' ? { version: claim.version, amount: 500_00 } : { version: claim.version, reasonCode: 'not-eligible', note: '不在范围' });
    }
    await createClaim(t, rider.token, claimInput(enrollment.id)).expect(201);

    const daxing = await dashboard('BJ-DX');
    const row = (status: string) => daxing.claimsByStatus.find((r) => r.status === status);
    expect(daxing.claimsByStatus.map((r) => r.status)).not.toContain('draft');
    expect(row('submitted')).toEqual({ status: 'submitted', label: '已提交，等待受理', count: 1, claimed: 3_000_00, approved: 0 });
    expect(row('approved')).toMatchObject({ count: 1, claimed: 2_000_00, approved: 500_00 });
    expect(row('rejected')).toMatchObject({ count: 1, approved: 0 });
    expect(row('paid')).toMatchObject({ count: 0, claimed: 0, approved: 0 });
    expect(daxing.pendingClaims).toBe(1);

    const fengtai = await dashboard('BJ-FT');
    expect(fengtai.pendingClaims).toBe(0);
    expect(fengtai.claimsByStatus.every((r) => r.count === 0 && r.claimed === 0)).toBe(true);
  });
});
