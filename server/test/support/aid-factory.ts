import type { AidEnrollment, AidPlan, ClaimDetail, JoinSubmitResponse } from '@unionhub/shared';
import { randomUUID } from 'node:crypto';
import { bearer, joinForm, newChannel, newMember, submit } from './join-factory';
import type { TestApp } from './test-app';

let invoiceSequence = 0;
export const newInvoiceNumber = (): string => `INV${Date.now()}${String(++invoiceSequence).padStart(4, '0')}`;

/** A 门诊/住院二次报销-style plan: 50% above 100 元, at most 3,000 元 a claim and 5,000 元 a year. */
export function planInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: `P-${randomUUID().slice(0, 8).toUpperCase()}`,
    name: '门诊住院二次报销',
    category: 'secondary-reimbursement',
    coverageFrom: '2026-01-01',
    coverageUntil: '2026-12-31',
    waitingDays: 0,
    deadlineKind: 'months',
    deadlineValue: 24,
    payoutKind: 'rate',
    ratePercent: 50,
    deductible: 100_00,
    capPerClaim: 3_000_00,
    capPerYear: 5_000_00,
    requiredDocuments: ['medical-invoice', 'discharge-summary'],
    ...overrides,
  };
}

export async function newPlan(t: TestApp, adminToken: string, overrides: Record<string, unknown> = {}): Promise<AidPlan> {
  return (await t.http.post('/api/aid/plans').set(bearer(adminToken)).send(planInput(overrides)).expect(201)).body as AidPlan;
}

/** A fresh worker who joins `unitId` through an auto-approving channel; returns his token and member number. */
export async function newJoinedMember(t: TestApp, officerToken: string, unitId: string): Promise<{ token: string; memberNumber: string }> {
  const channel = await newChannel(t, officerToken, unitId);
  const token = await newMember(t);
  const joined = (await submit(t, token, joinForm({ channelCode: channel.code })).expect(201)).body as JoinSubmitResponse;
  return { token, memberNumber: joined.membership?.memberNumber as string };
}

export async function enroll(t: TestApp, officerToken: string, planId: string, memberNumber: string, overrides: Record<string, unknown> = {}): Promise<AidEnrollment> {
  const body = { planId, memberNumber, validFrom: '2026-01-01', validUntil: '2026-12-31', ...overrides };
  return (await t.http.post('/api/aid/enrollments').set(bearer(officerToken)).send(body).expect(201)).body as AidEnrollment;
}

export function claimInput(enrollmentId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    enrollmentId,
    eventDate: '2026-11-02',
    dischargeDate: '2026-11-10',
    hospital: '北京大学第一医院',
    insuranceTxn: 'YB20261110000123',
    invoiceNumbers: [newInvoiceNumber()],
    totalExpenses: 12_000_00,
    eligibleExpenses: 8_000_00,
    payeeName: '王小明',
    bankAccount: '6222020200112233445',
    ...overrides,
  };
}

export function createClaim(t: TestApp, token: string, body: Record<string, unknown>, key: string = randomUUID()) {
  return t.http.post('/api/me/claims').set(bearer(token)).set('Idempotency-Key', key).send(body);
}

export function uploadDocument(t: TestApp, token: string, claimId: string, kind: string, content: string) {
  return t.http.post(`/api/me/claims/${claimId}/documents`).set(bearer(token)).send({ kind, content });
}

export function submitClaim(t: TestApp, token: string, claimId: string, key: string = randomUUID()) {
  return t.http.post(`/api/me/claims/${claimId}/submit`).set(bearer(token)).set('Idempotency-Key', key).send({});
}

/** A claim with its documents, submitted; returns its detail. */
export async function submittedClaim(t: TestApp, token: string, enrollmentId: string, image: string, overrides: Record<string, unknown> = {}): Promise<ClaimDetail> {
  const draft = (await createClaim(t, token, claimInput(enrollmentId, overrides)).expect(201)).body as ClaimDetail;
  await uploadDocument(t, token, draft.id, 'medical-invoice', image).expect(201);
  await uploadDocument(t, token, draft.id, 'discharge-summary', image).expect(201);
  return (await submitClaim(t, token, draft.id).expect(200)).body as ClaimDetail;
}
