import type { JoinSubmitResponse, TransferSummary } from '@unionhub/shared';
import { JoinApplication } from '../src/modules/join/applications/join-application.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { Transfer } from '../src/modules/join/transfers/transfer.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds, wechatPhone } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('one membership per person', () => {
  let t: TestApp;
  let units: Map<string, string>;
  const officers: Record<string, string> = {};
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    for (const code of ['BJ-DX-YH', 'BJ-FT-WZ', 'BJ-DX-PGZ']) officers[code] = await t.login(`officer:${code}`);
    codes.yhAuto = (await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string)).code;
    codes.yhReview = (await newChannel(t, officers['BJ-DX-YH'], units.get('BJ-DX-YH') as string, { reviewMode: 'review' })).code;
    codes.wzAuto = (await newChannel(t, officers['BJ-FT-WZ'], units.get('BJ-FT-WZ-LX') as string, { title: '王佐镇幼儿园入会' })).code;
  });
  afterAll(() => t.close());

  const count = (entity: typeof JoinApplication | typeof Member | typeof Transfer) => t.dataSource.getRepository(entity).count();

  it('gives back the existing card when a member joins his own unit again', async () => {
    const rider = await newMember(t);
    const form = joinForm({ channelCode: codes.yhAuto });
    const first = (await submit(t, rider, form).expect(201)).body as JoinSubmitResponse;
    const members = await count(Member);
    const again = (await submit(t, rider, { ...form, ...wechatPhone('13900001111') }).expect(200)).body as JoinSubmitResponse;
    expect(again).toMatchObject({ outcome: 'member', application: null, membership: first.membership });
    expect(await count(Member)).toBe(members);
  });

  it('returns the pending application instead of a second one, and lets a rejected one be resubmitted', async () => {
    const rider = await newMember(t);
    const form = joinForm({ channelCode: codes.yhReview });
    const first = (await submit(t, rider, form).expect(201)).body as JoinSubmitResponse;
    const again = (await submit(t, rider, form).expect(200)).body as JoinSubmitResponse;
    expect(again).toMatchObject({ outcome: 'pending', application: { id: first.application?.id } });

    await t.http.post(`/api/join/applications/${first.application?.id}/reject`).set(bearer(officers['BJ-DX-YH'])).send({ reason: '请扫所在街道的入会码' }).expect(200);
    const resubmitted = (await submit(t, rider, form).expect(201)).body as JoinSubmitResponse;
    expect(resubmitted.outcome).toBe('pending');
    expect(resubmitted.application?.id).not.toBe(first.application?.id);
  });

  it("starts a transfer request, not a second membership, when a member joins another unit", async () => {
    const rider = await newMember(t);
    const idNumber = newIdNumber();
    const home = (await submit(t, rider, joinForm({ channelCode: codes.yhAuto, idNumber })).expect(201)).body as JoinSubmitResponse;
    const members = await count(Member);

    const moved = (await submit(t, rider, joinForm({ channelCode: codes.wzAuto, idNumber })).expect(201)).body as JoinSubmitResponse;
    expect(moved).toMatchObject({
      outcome: 'transfer',
      membership: home.membership,
      application: { status: 'transfer', unit: { code: 'BJ-FT-WZ-LX' } },
      transfer: { status: 'requested', nameMasked: '王**', memberNumber: home.membership?.memberNumber, fromUnit: { code: 'BJ-DX-YH-SH' }, toUnit: { code: 'BJ-FT-WZ-LX' } },
    });
    expect(await count(Member)).toBe(members);

    const again = (await submit(t, rider, joinForm({ channelCode: codes.wzAuto, idNumber })).expect(200)).body as JoinSubmitResponse;
    expect(again.transfer?.id).toBe(moved.transfer?.id);
    expect(await t.dataSource.getRepository(Transfer).countBy({ memberId: (await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber: home.membership?.memberNumber })).id })).toBe(1);

    const seenBy = async (officer: string) =>
      ((await t.http.get('/api/join/transfers').set(bearer(officers[officer])).expect(200)).body as TransferSummary[]).map((x) => x.id);
    expect(await seenBy('BJ-DX-YH')).toContain(moved.transfer?.id);
    expect(await seenBy('BJ-FT-WZ')).toContain(moved.transfer?.id);
    expect(await seenBy('BJ-DX-PGZ')).not.toContain(moved.transfer?.id);
  });

  it('sends an ID number that is a member on another WeChat account to review, without showing the card', async () => {
    const idNumber = newIdNumber();
    await submit(t, await newMember(t), joinForm({ channelCode: codes.yhAuto, idNumber })).expect(201);
    const response = await submit(t, await newMember(t), joinForm({ channelCode: codes.yhAuto, idNumber })).expect(201);
    expect(response.body).toMatchObject({ outcome: 'pending', membership: null, transfer: null, application: { status: 'pending' } });
    expect(JSON.stringify(response.body)).not.toMatch(/BJ-DX-YH-SH-\d{4}/);
  });

  it('refuses a second person on an account that already has a card', async () => {
    const rider = await newMember(t);
    await submit(t, rider, joinForm({ channelCode: codes.yhAuto })).expect(201);
    expect((await submit(t, rider, joinForm({ channelCode: codes.yhAuto })).expect(409)).body.code).toBe('JOIN_ACCOUNT_HAS_MEMBER');
  });

  it('sends a pending ID number from another account to review, and refuses a second pending person on one account', async () => {
    const idNumber = newIdNumber();
    const rider = await newMember(t);
    await submit(t, rider, joinForm({ channelCode: codes.yhReview, idNumber })).expect(201);
    expect((await submit(t, await newMember(t), joinForm({ channelCode: codes.yhReview, idNumber })).expect(201)).body).toMatchObject({ outcome: 'pending', membership: null });
    expect((await submit(t, rider, joinForm({ channelCode: codes.yhReview })).expect(409)).body.code).toBe('JOIN_ACCOUNT_HAS_PENDING');
  });

  it('refuses transfers lists to members', async () => {
    await t.http.get('/api/join/transfers').set(bearer(await newMember(t))).expect(403);
  });
});
