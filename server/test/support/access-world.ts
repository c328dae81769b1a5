import { type AidEnrollment, type AidPlan, type ClaimDetail, type JoinSubmitResponse, type LoginResponse, type MemberCard, type NotificationList, type StationReportView, SyncPermission, type WebhookSubscriptionCreated } from '@unionhub/shared';
import { randomUUID } from 'node:crypto';
import { PayoutBatch } from '../../src/modules/aid/payouts/payout-batch.entity';
import { Member } from '../../src/modules/join/members/member.entity';
import { WebhookDelivery } from '../../src/modules/sync/webhooks/webhook-delivery.entity';
import { enroll, newPlan, submittedClaim } from './aid-factory';
import { JPEG_BASE64 } from './images';
import { bearer, chinaDay, joinForm, newChannel, newIdNumber, newMember, submit, unitIds, wechatPhone } from './join-factory';
import { newClient, stationInput } from './sync-factory';
import type { TestApp } from './test-app';

/** Who calls: every class of caller the access rules tell apart. */
export const CALLERS = [
  'anonymous',
  'forgedToken',
  'memberA',
  'memberB',
  'townOfficer',
  'otherTownOfficer',
  'districtOfficer',
  'admin',
  'clientInScope',
  'clientOutOfScope',
  'clientRevoked',
] as const;
export type Caller = (typeof CALLERS)[number];

/** The owning town is 瀛海镇 (its grassroots 首航超市 holds the members); the other town 庞各庄, the parent 大兴区. */
export const TOWN = 'BJ-DX-YH';
const TOWN_GRASSROOTS = 'BJ-DX-YH-SH';
const OTHER_TOWN = 'BJ-DX-PGZ';
const DISTRICT = 'BJ-DX';
/** Another district: where A's transfer goes, and where the incoming transfer comes from. */
const ELSEWHERE = 'BJ-FT-WZ';
const ELSEWHERE_GRASSROOTS = 'BJ-FT-WZ-LX';

/** Everything but whole personal data: the in-scope client must not see whole ID numbers or phones. */
export const CLIENT_PERMISSIONS: SyncPermission[] = Object.values(SyncPermission).filter((p) => p !== SyncPermission.ReadMemberPersonalData);

export interface Person {
  token: string;
  memberNumber: string;
  idNumber: string;
  phone: string;
}

export interface AccessWorld {
  headers: Record<Caller, Record<string, string>>;
  units: Map<string, string>;
  plan: AidPlan;
  memberA: Person;
  memberB: Person;
  enrollmentA: AidEnrollment;
  claimA: ClaimDetail;
  cardA: MemberCard;
  bankAccountA: string;
  /** Object ids (and the odd literal) that path parameters and sample bodies are filled with. */
  ids: Record<string, string>;
  /** Whole ID numbers and phones of the fixtures' people, to look for in responses. */
  personalData: string[];
}

/** A fresh worker who joins through `channelCode`; `idNumber` lets a later join of the same person ask for a transfer. */
async function join(t: TestApp, channelCode: string, phone: string, idNumber = newIdNumber(), token?: string): Promise<Person & { response: JoinSubmitResponse }> {
  const user = token ?? (await newMember(t));
  const response = (await submit(t, user, joinForm({ channelCode, idNumber, ...wechatPhone(phone) })).expect(201)).body as JoinSubmitResponse;
  return { token: user, memberNumber: response.membership?.memberNumber ?? '', idNumber, phone, response };
}

/** A member of `fromCode`'s unit (a new one unless token and ID number are given) who then joins through `toCode`: an open transfer request. */
async function requestedTransfer(t: TestApp, fromCode: string, toCode: string, phone: string, token?: string, idNumber?: string): Promise<string> {
  const person = token && idNumber ? { token, idNumber } : await join(t, fromCode, phone);
  const moved = await join(t, toCode, phone, person.idNumber, person.token);
  return moved.response.transfer?.id as string;
}

export async function buildAccessWorld(t: TestApp): Promise<AccessWorld> {
  const units = await unitIds(t);
  const unit = (code: string) => units.get(code) as string;
  const admin = await t.login('admin');
  const townOfficer = await t.login(`officer:${TOWN}`);
  const elsewhereOfficer = await t.login(`officer:${ELSEWHERE}`);
  // An officer below the town, whose sessions the town's side may end; and a session to refresh.
  const grassrootsOfficer = (await t.http.post('/api/auth/dev-login').send({ account: `officer:${TOWN_GRASSROOTS}` }).expect(200)).body as LoginResponse;
  const spareSession = (await t.http.post('/api/auth/dev-login').send({ account: 'member-b' }).expect(200)).body as LoginResponse;
  const townChannel = await newChannel(t, townOfficer, unit(TOWN_GRASSROOTS));
  const reviewChannel = await newChannel(t, townOfficer, unit(TOWN_GRASSROOTS), { reviewMode: 'review', title: '瀛海镇上门入会' });
  const elsewhereChannel = await newChannel(t, elsewhereOfficer, unit(ELSEWHERE_GRASSROOTS), { title: '王佐镇幼儿园入会' });

  const memberA = await join(t, townChannel.code, '13900001111');
  const memberB = await join(t, townChannel.code, '13900002222');
  const applicant = await newMember(t);
  const applicantId = newIdNumber();
  const application = (await submit(t, applicant, joinForm({ channelCode: reviewChannel.code, idNumber: applicantId, ...wechatPhone('13900003333') })).expect(201)).body as JoinSubmitResponse;

  const plan = await newPlan(t, admin);
  const enrollmentA = await enroll(t, townOfficer, plan.id, memberA.memberNumber);
  const bankAccountA = '6222020200112233445';
  const claimA = await submittedClaim(t, memberA.token, enrollmentA.id, JPEG_BASE64, { bankAccount: bankAccountA });
  const notifications = (await t.http.get('/api/me/notifications').set(bearer(memberA.token)).expect(200)).body as NotificationList;
  const cardA = (await t.http.get('/api/members/me/card').set(bearer(memberA.token)).expect(200)).body as MemberCard;

  // One transfer per deciding route (release, refuse, accept), so that one route's decision cannot move another's object.
  const transferA = await requestedTransfer(t, townChannel.code, elsewhereChannel.code, memberA.phone, memberA.token, memberA.idNumber);
  const transferOutToRefuse = await requestedTransfer(t, townChannel.code, elsewhereChannel.code, '13900004444');
  const transferIn = await requestedTransfer(t, elsewhereChannel.code, townChannel.code, '13900005555');

  const station = (await t.http.post('/api/stations/manage').set(bearer(townOfficer)).send(stationInput(unit(TOWN))).expect(201)).body as { id: string };
  const report = (await t.http.post(`/api/stations/${station.id}/reports`).set(bearer(memberA.token)).send({ kind: 'closed', note: '下午两点来时锁着门' }).expect(201)).body as StationReportView;
  const batch = await t.dataSource.getRepository(PayoutBatch).save({ id: randomUUID(), orgUnitId: unit(TOWN), createdBy: randomUUID(), claimCount: 0, totalAmount: 0 });

  const inScope = await newClient(t, admin, unit(TOWN), CLIENT_PERMISSIONS);
  const outOfScope = await newClient(t, admin, unit(OTHER_TOWN), CLIENT_PERMISSIONS);
  const revoked = await newClient(t, admin, unit(TOWN), CLIENT_PERMISSIONS);
  await t.http.post(`/api/sync/clients/${revoked.client.id}/revoke`).set(bearer(admin)).expect(200);
  const spare = await newClient(t, admin, unit(TOWN));
  // Port 9 (discard) refuses at once, should a delivery ever be tried.
  const hook = (await t.http.post('/api/sync/webhooks').set(bearer(inScope.token)).send({ url: 'http://127.0.0.1:9/hook', types: ['station'] }).expect(201)).body as WebhookSubscriptionCreated;
  const delivery = await t.dataSource.getRepository(WebhookDelivery).save({ id: randomUUID(), subscriptionId: hook.subscription.id, changeSeq: '1', body: '{}', status: 'failed' as const, attempts: 8, nextAttemptAt: new Date(), lastStatus: null, lastError: 'refused', deliveredAt: null });

  return {
    headers: {
      anonymous: {},
      forgedToken: bearer(`${townOfficer.slice(0, -4)}AAAA`),
      memberA: bearer(memberA.token),
      memberB: bearer(memberB.token),
      townOfficer: bearer(townOfficer),
      otherTownOfficer: bearer(await t.login(`officer:${OTHER_TOWN}`)),
      districtOfficer: bearer(await t.login(`officer:${DISTRICT}`)),
      admin: bearer(admin),
      clientInScope: bearer(inScope.token),
      clientOutOfScope: bearer(outOfScope.token),
      clientRevoked: bearer(revoked.token),
    },
    units,
    plan,
    memberA,
    memberB,
    enrollmentA,
    claimA,
    cardA,
    bankAccountA,
    ids: {
      townUnit: unit(TOWN),
      townGrassroots: unit(TOWN_GRASSROOTS),
      elsewhereUnit: unit(ELSEWHERE_GRASSROOTS),
      today: chinaDay(),
      monthAgo: chinaDay(-30),
      claimA: claimA.id,
      enrollmentA: enrollmentA.id,
      memberRowA: (await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber: memberA.memberNumber })).id,
      documentKeyA: new URL(claimA.documents[0].url, 'http://x').pathname.split('/').pop() as string,
      // The signed link itself, so that the matrix reads the document and scans it.
      documentExpA: new URL(claimA.documents[0].url, 'http://x').searchParams.get('exp') as string,
      documentSigA: new URL(claimA.documents[0].url, 'http://x').searchParams.get('sig') as string,
      notificationA: notifications.items[0].id,
      transferA,
      transferOutToRefuse,
      transferIn,
      townChannel: townChannel.id,
      townChannelCode: townChannel.code,
      townStation: station.id,
      townApplication: application.application?.id as string,
      townReport: report.id,
      townPayoutBatch: batch.id,
      spareClient: spare.client.id,
      hookInScope: hook.subscription.id,
      deliveryInScope: delivery.id,
      firstPhoto: '0',
      grassrootsOfficer: grassrootsOfficer.user.id,
      refreshToken: spareSession.refreshToken,
    },
    personalData: [memberA.idNumber, memberA.phone, memberB.idNumber, memberB.phone, applicantId, '13900003333'],
  };
}
