import type { AidEnrollment, AidPlan, ClaimDetail } from '@unionhub/shared';
import { randomUUID } from 'node:crypto';
import { PersonalDataCipher } from '../src/common/personal-data/personal-data-cipher';
import { AidPayeeCard } from '../src/modules/aid/payee-card/aid-payee-card.entity';
import { Claim } from '../src/modules/aid/claims/claim.entity';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan } from './support/aid-factory';
import { bearer, newMember, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const CARD_A = '6222020200112233445';
const CARD_A2 = '6217000010001234567';
const CARD_B = '6222030300998877665';

describe("the member's 互助服务卡 on file", () => {
  let t: TestApp;
  let cipher: PersonalDataCipher;
  let plan: AidPlan;
  let a: { token: string; memberNumber: string };
  let b: { token: string; memberNumber: string };
  let enrollmentA: AidEnrollment;
  let enrollmentB: AidEnrollment;

  beforeAll(async () => {
    t = await createTestApp();
    cipher = t.app.get(PersonalDataCipher);
    const units = await unitIds(t);
    const admin = await t.login('admin');
    const officer = await t.login('officer:BJ-DX-YH');
    plan = await newPlan(t, admin);
    a = await newJoinedMember(t, officer, units.get('BJ-DX-YH-SH') as string);
    b = await newJoinedMember(t, officer, units.get('BJ-DX-YH-SH') as string);
    enrollmentA = await enroll(t, officer, plan.id, a.memberNumber);
    enrollmentB = await enroll(t, officer, plan.id, b.memberNumber);
  });
  afterAll(() => t.close());

  const getCard = (token: string) => t.http.get('/api/me/aid/card').set(bearer(token));
  const putCard = (token: string, account: unknown) => t.http.put('/api/me/aid/card').set(bearer(token)).send({ account });
  const cardOnFile = (token: string) => getCard(token).expect(200).then((r) => JSON.parse(r.text) as unknown);

  it('answers null before a card is saved, and refuses a bad number with nothing written', async () => {
    expect(await cardOnFile(a.token)).toBeNull();
    const bad = await putCard(a.token, '6222-abc').expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await putCard(a.token, undefined).expect(400);
    await t.http.put('/api/me/aid/card').set(bearer(a.token)).send({ account: CARD_A, memberId: enrollmentB.memberId }).expect(400);
    expect(await t.dataSource.getRepository(AidPayeeCard).countBy({ memberId: enrollmentA.memberId })).toBe(0);
    await getCard('not-a-token').expect(401);
  });

  it('saves the card encrypted, answers only its mask, and a repeat save changes nothing', async () => {
    const saved = await putCard(a.token, CARD_A).expect(200);
    expect(saved.body).toEqual({ masked: '**** **** **** 3445' });
    expect(await cardOnFile(a.token)).toEqual({ masked: '**** **** **** 3445' });
    const row = await t.dataSource.getRepository(AidPayeeCard).findOneByOrFail({ memberId: enrollmentA.memberId });
    expect(row.cardEnc).not.toContain(CARD_A);
    expect(cipher.decrypt('bank-account', row.cardEnc)).toBe(CARD_A);
    await putCard(a.token, CARD_A).expect(200);
    expect((await t.dataSource.getRepository(AidPayeeCard).findOneByOrFail({ memberId: enrollmentA.memberId })).cardEnc).toBe(row.cardEnc);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ targetId: enrollmentA.memberId, action: 'aid.payee-card.save' })).toBe(1);
  });

  it('replaces the card, with an audit entry that holds only the mask', async () => {
    expect((await putCard(a.token, CARD_A2).expect(200)).body).toEqual({ masked: '**** **** **** 4567' });
    const entries = await t.dataSource.getRepository(AuditEntry).findBy({ targetId: enrollmentA.memberId, action: 'aid.payee-card.replace' });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain(CARD_A2);
    await putCard(a.token, CARD_A).expect(200);
  });

  it('keeps one row when two first saves race', async () => {
    const results = await Promise.all([putCard(b.token, CARD_B), putCard(b.token, CARD_B)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(await t.dataSource.getRepository(AidPayeeCard).countBy({ memberId: enrollmentB.memberId })).toBe(1);
    await t.dataSource.getRepository(AidPayeeCard).delete({ memberId: enrollmentB.memberId });
  });

  it('copies the encrypted card on file into a claim with useCardOnFile, never sending the number back', async () => {
    const response = await createClaim(t, a.token, claimInput(enrollmentA.id, { bankAccount: undefined, useCardOnFile: true, payeeKind: 'aid-card' })).expect(201);
    const claim = response.body as ClaimDetail;
    expect(claim.bankAccountMasked).toBe('**** **** **** 3445');
    expect(response.text).not.toContain(CARD_A);
    const stored = await t.dataSource.getRepository(Claim).findOneByOrFail({ id: claim.id });
    expect(cipher.decrypt('bank-account', stored.bankAccountEnc)).toBe(CARD_A);
    for (const path of ['/api/me/claims', `/api/me/claims/${claim.id}`, '/api/me/aid/card']) {
      expect((await t.http.get(path).set(bearer(a.token)).expect(200)).text).not.toContain(CARD_A);
    }
  });

  it('refuses both fields and neither field with 400, and writes no claim', async () => {
    const before = await t.dataSource.getRepository(Claim).count();
    const both = await createClaim(t, a.token, claimInput(enrollmentA.id, { useCardOnFile: true })).expect(400);
    expect(both.body.code).toBe('VALIDATION_FAILED');
    const neither = await createClaim(t, a.token, claimInput(enrollmentA.id, { bankAccount: undefined })).expect(400);
    expect(neither.body.code).toBe('VALIDATION_FAILED');
    await createClaim(t, a.token, claimInput(enrollmentA.id, { bankAccount: undefined, useCardOnFile: false })).expect(400);
    await createClaim(t, a.token, claimInput(enrollmentA.id, { bankAccount: undefined, useCardOnFile: 'yes' })).expect(400);
    expect(await t.dataSource.getRepository(Claim).count()).toBe(before);
  });

  it("never shows or uses A's card for B: B reads null and cannot file with a card on file", async () => {
    expect(await cardOnFile(b.token)).toBeNull();
    const refused = await createClaim(t, b.token, claimInput(enrollmentB.id, { bankAccount: undefined, useCardOnFile: true })).expect(409);
    expect(refused.body.code).toBe('AID_PAYEE_CARD_MISSING');
    expect(JSON.stringify(refused.body)).not.toContain('3445');
    // B naming A's enrollment reaches nothing.
    const before = await t.dataSource.getRepository(Claim).countBy({ enrollmentId: enrollmentA.id });
    await createClaim(t, b.token, claimInput(enrollmentA.id, { bankAccount: undefined, useCardOnFile: true })).expect(404);
    expect(await t.dataSource.getRepository(Claim).countBy({ enrollmentId: enrollmentA.id })).toBe(before);
  });

  it('keeps the first 互助服务卡 typed on a claim as the card on file, and never overwrites a saved one', async () => {
    await createClaim(t, b.token, claimInput(enrollmentB.id, { bankAccount: CARD_B, payeeKind: 'other-card' })).expect(201);
    expect(await cardOnFile(b.token)).toBeNull();
    await createClaim(t, b.token, claimInput(enrollmentB.id, { bankAccount: CARD_B, payeeKind: 'aid-card' })).expect(201);
    expect(await cardOnFile(b.token)).toEqual({ masked: '**** **** **** 7665' });
    const row = await t.dataSource.getRepository(AidPayeeCard).findOneBy({ memberId: enrollmentB.memberId });
    expect(cipher.decrypt('bank-account', row?.cardEnc ?? '')).toBe(CARD_B);
    await createClaim(t, a.token, claimInput(enrollmentA.id, { bankAccount: CARD_A2, payeeKind: 'aid-card' })).expect(201);
    expect(await cardOnFile(a.token)).toEqual({ masked: '**** **** **** 3445' });
  });

  it('refuses to save a card for a signed-in worker who is not a member', async () => {
    const worker = await newMember(t);
    expect(await cardOnFile(worker)).toBeNull();
    const refused = await putCard(worker, CARD_A).expect(400);
    expect(refused.body.code).toBe('AID_NOT_A_MEMBER');
  });

  it('replays a claim retried with the same key without a second row', async () => {
    const key = randomUUID();
    const body = claimInput(enrollmentA.id, { bankAccount: undefined, useCardOnFile: true });
    const [first, second] = await Promise.all([createClaim(t, a.token, body, key), createClaim(t, a.token, body, key)]);
    expect((first.body as ClaimDetail).id).toBe((second.body as ClaimDetail).id);
  });
});
