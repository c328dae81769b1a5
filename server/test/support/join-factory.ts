import { chinaDate, idNumberCheckChar, JOIN_PRIVACY_POLICY_VERSION, type JoinChannel, type LoginResponse, type SubmitJoinApplicationRequest } from '@unionhub/shared';
import { randomUUID } from 'node:crypto';
import { OrgUnit } from '../../src/modules/orgs/org-unit.entity';
import type { TestApp } from './test-app';

let sequence = 0;

/** A valid ID number born on `birth` (YYYYMMDD), different on every call. */
export function newIdNumber(birth = '19900101'): string {
  sequence += 1;
  const first17 = `110115${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A fresh member account, signed in through the (fake) WeChat login; returns its token. */
export async function newMember(t: TestApp, name = randomUUID()): Promise<string> {
  const response = await t.http.post('/api/auth/wechat').send({ code: `rider-${name}` }).expect(200);
  return (response.body as LoginResponse).token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function unitIds(t: TestApp): Promise<Map<string, string>> {
  const units = await t.dataSource.getRepository(OrgUnit).find();
  return new Map(units.map((u) => [u.code, u.id]));
}

/** The date in China `days` from now, YYYY-MM-DD. */
export const chinaDay = (days = 0): string => chinaDate(new Date(Date.now() + days * 86_400_000));

/** An open auto-approving channel from today for 30 days, unless overridden. */
export function channelInput(unitId: string, overrides: Record<string, unknown> = {}) {
  return { title: '瀛海镇职工沟通会', kind: 'event', unitId, reviewMode: 'auto', validFrom: chinaDay(), validUntil: chinaDay(30), ...overrides };
}

export async function newChannel(t: TestApp, officerToken: string, unitId: string, overrides: Record<string, unknown> = {}): Promise<JoinChannel> {
  const response = await t.http.post('/api/join/channels').set(bearer(officerToken)).send(channelInput(unitId, overrides)).expect(201);
  return response.body as JoinChannel;
}

export function joinForm(overrides: Partial<Record<keyof SubmitJoinApplicationRequest, unknown>> = {}): Record<string, unknown> {
  return {
    name: '王小明',
    idNumber: newIdNumber(),
    ...wechatPhone('13812345678'),
    occupation: 'delivery-rider',
    employer: '美团',
    workDistrict: '110115',
    privacyPolicyVersion: JOIN_PRIVACY_POLICY_VERSION,
    acceptPrivacyPolicy: true,
    acceptSensitiveInfo: true,
    ...overrides,
  };
}

/** The phone proven by WeChat's getPhoneNumber exchange (the fake answers `phone:<number>` with that number). */
export const wechatPhone = (phone: string) => ({ phoneCode: `phone:${phone}` });

/** POST /api/join/applications with a fresh idempotency key unless one is given. */
export function submit(t: TestApp, token: string, body: Record<string, unknown>, key: string = randomUUID()) {
  return t.http.post('/api/join/applications').set(bearer(token)).set('Idempotency-Key', key).send(body);
}
