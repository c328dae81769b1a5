import { chinaDate } from '@unionhub/shared';
import { Claim } from '../src/modules/aid/claims/claim.entity';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan, submitClaim } from './support/aid-factory';
import { unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const DAY_MS = 86_400_000;
const chinaDay = (days: number) => chinaDate(new Date(Date.now() + days * DAY_MS));

describe(`claims that must be refused (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let rider: { token: string; memberNumber: string };
  let enrollmentId: string;
  const claimCount = () => t.dataSource.getRepository(Claim).count();

  beforeAll(async () => {
    t = await createTestApp();
    const officer = await t.login('officer:BJ-DX-YH');
    const plan = await newPlan(t, await t.login('admin'), { coverageFrom: '2025-01-01', coverageUntil: '2027-12-31' });
    rider = await newJoinedMember(t, officer, (await unitIds(t)).get('BJ-DX-YH-SH') as string);
    enrollmentId = (await enroll(t, officer, plan.id, rider.memberNumber, { validFrom: '2025-01-01', validUntil: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  /** Sends the claim form and expects a field error on `field`, with nothing written. */
  async function refusedOn(overrides: Record<string, unknown>, field: string): Promise<string> {
    const before = await claimCount();
    const response = await createClaim(t, rider.token, claimInput(enrollmentId, overrides));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field, message: expect.stringMatching(/[\u4e00-\u9fff]/) }] } });
    expect(await claimCount()).toBe(before);
    return (response.body as { details: { fields: { message: string }[] } }).details.fields[0].message;
  }

  it('refuses days the calendar does not have, on the field that holds them', async () => {
    for (const day of ['2026-02-30', '2026-04-31', '2026-06-00']) {
      expect(await refusedOn({ eventDate: day, dischargeDate: undefined }, 'eventDate')).toContain('日历');
      expect(await refusedOn({ eventDate: '2026-01-10', dischargeDate: day }, 'dischargeDate')).toContain('日历');
    }
  });

  it('refuses an event date or a discharge in the future by China time', async () => {
    expect(await refusedOn({ eventDate: chinaDay(10), dischargeDate: undefined }, 'eventDate')).toContain('晚于今天');
    expect(await refusedOn({ eventDate: chinaDay(1), dischargeDate: undefined }, 'eventDate')).toContain('晚于今天');
    expect(await refusedOn({ eventDate: chinaDay(-3), dischargeDate: chinaDay(2) }, 'dischargeDate')).toContain('晚于今天');
    await createClaim(t, rider.token, claimInput(enrollmentId, { eventDate: chinaDay(-1), dischargeDate: chinaDay(0) })).expect(201);
  });

  it('refuses a discharge before the admission', async () => {
    expect(await refusedOn({ eventDate: '2026-11-10', dischargeDate: '2026-11-02' }, 'dischargeDate')).toContain('早于');
  });

  it('refuses an event outside the coverage when the claim is filed, not only when it is submitted', async () => {
    const before = await claimCount();
    const response = await createClaim(t, rider.token, claimInput(enrollmentId, { eventDate: '2024-12-31', dischargeDate: '2025-01-03' }));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'CLAIM_NOT_COVERED', details: { validFrom: '2025-01-01', validUntil: '2027-12-31' } });
    expect(await claimCount()).toBe(before);
  });

  it('refuses a payee who is not the member, on the payee name', async () => {
    expect(await refusedOn({ payeeName: '张三' }, 'payeeName')).toContain('本人');
    await createClaim(t, rider.token, claimInput(enrollmentId, { payeeName: ' 王小明 ' })).expect(201);
  });

  it('holds a draft filed before these checks to them when it is submitted or sent back', async () => {
    const draft = (await createClaim(t, rider.token, claimInput(enrollmentId)).expect(201)).body as { id: string };
    await t.dataSource.getRepository(Claim).update({ id: draft.id }, { eventDate: '2026-02-30' });
    const submitted = await submitClaim(t, rider.token, draft.id);
    expect(submitted.status).toBe(400);
    expect(submitted.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'eventDate' }] } });
    await t.dataSource.getRepository(Claim).update({ id: draft.id }, { eventDate: '2026-11-02', payeeName: '张三' });
    const otherPayee = await submitClaim(t, rider.token, draft.id);
    expect(otherPayee.status).toBe(400);
    expect(otherPayee.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'payeeName' }] } });
    expect((await t.dataSource.getRepository(Claim).findOneByOrFail({ id: draft.id })).status).toBe('draft');
  });
});
