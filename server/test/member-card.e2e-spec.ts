import type { JoinSubmitResponse, MemberCard, VerifyCardResponse } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { signCardToken } from '../src/modules/join/members/card-token';
import { Member } from '../src/modules/join/members/member.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const SECRET = 'card-token-secret-for-the-api-tests-0123';

describe('the electronic member card', () => {
  let t: TestApp;
  let channel: string;
  let officerElsewhere: string;

  beforeAll(async () => {
    t = await createTestApp({ CARD_TOKEN_SECRET: SECRET });
    const units = await unitIds(t);
    channel = (await newChannel(t, await t.login('officer:BJ-DX-YH'), units.get('BJ-DX-YH-SH') as string)).code;
    officerElsewhere = await t.login('officer:BJ-FT-WZ');
  });
  afterAll(() => t.close());

  const join = async (idNumber = newIdNumber()) => {
    const rider = await newMember(t);
    const body = (await submit(t, rider, joinForm({ channelCode: channel, idNumber })).expect(201)).body as JoinSubmitResponse;
    const card = (await t.http.get('/api/members/me/card').set(bearer(rider)).expect(200)).body as MemberCard;
    return { rider, body, card, idNumber };
  };
  const verify = (token: string, officer = officerElsewhere) => t.http.post('/api/members/verify').set(bearer(officer)).send({ token });

  it("is verified by any officer, who sees masked identity, and the check is audited", async () => {
    const { card, idNumber } = await join();
    const response = (await verify(card.token).expect(200)).body as VerifyCardResponse;
    expect(response).toEqual({
      valid: true, nameMasked: '王**', idNumberMasked: `110***********${idNumber.slice(-4)}`,
      memberNumber: card.memberNumber, unit: expect.objectContaining({ name: '首航超市工会' }), joinedOn: card.joinedOn,
    });
    const member = await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber: card.memberNumber });
    expect(await t.dataSource.getRepository(AuditEntry).findBy({ targetId: member.id })).toEqual([expect.objectContaining({ action: 'member.verify-card' })]);
  });

  it('refuses an expired token', async () => {
    const { card } = await join();
    const member = await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber: card.memberNumber });
    const expired = signCardToken(member.id, new Date(Date.now() - 1000), SECRET);
    expect((await verify(expired).expect(200)).body).toEqual({ valid: false, reason: 'expired', message: expect.stringContaining('刷新会员卡') });
  });

  it('refuses a forged token, an altered one and text that is no token', async () => {
    const { card } = await join();
    const member = await t.dataSource.getRepository(Member).findOneByOrFail({ memberNumber: card.memberNumber });
    const forged = signCardToken(member.id, new Date(Date.now() + 60_000), 'a-secret-the-server-does-not-know-000');
    const [prefix, id, expiry, sig] = card.token.split('.');
    const extended = [prefix, id, (parseInt(expiry, 36) + 86_400).toString(36), sig].join('.');
    for (const token of [forged, extended, 'https://example.org/?scene=abc', 'UC1']) {
      expect((await verify(token).expect(200)).body).toMatchObject({ valid: false, reason: 'forged' });
    }
    expect((await verify('').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it("refuses a revoked member's token, and his card is gone", async () => {
    const { rider, card } = await join();
    await t.dataSource.getRepository(Member).update({ memberNumber: card.memberNumber }, { status: 'revoked', activeIdHash: null, activeUserId: null });
    expect((await verify(card.token).expect(200)).body).toMatchObject({ valid: false, reason: 'revoked' });
    await t.http.get('/api/members/me/card').set(bearer(rider)).expect(404);
  });

  it('lets only officers verify, and shows each member only his own card', async () => {
    const a = await join();
    const b = await newMember(t);
    await t.http.post('/api/members/verify').set(bearer(b)).send({ token: a.card.token }).expect(403);
    await t.http.post('/api/members/verify').send({ token: a.card.token }).expect(401);
    expect((await t.http.get('/api/members/me/card').set(bearer(b)).expect(404)).body.code).toBe('JOIN_NOT_MEMBER');
    await t.http.get('/api/members/me/card').expect(401);
  });

  it('gives a new token on every read of the card', async () => {
    const { rider, card } = await join();
    await new Promise((r) => setTimeout(r, 1100));
    const again = (await t.http.get('/api/members/me/card').set(bearer(rider)).expect(200)).body as MemberCard;
    expect(again.token).not.toBe(card.token);
    expect((await verify(again.token).expect(200)).body.valid).toBe(true);
  });
});
