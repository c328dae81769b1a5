import type { NotificationList } from '@unionhub/shared';
import { bearer, joinForm, newChannel, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('in-app notifications', () => {
  let t: TestApp;
  let rider: string;

  beforeAll(async () => {
    t = await createTestApp();
    const units = await unitIds(t);
    const channel = await newChannel(t, await t.login('officer:BJ-DX-YH'), units.get('BJ-DX-YH') as string);
    rider = await newMember(t);
    await submit(t, rider, joinForm({ channelCode: channel.code })).expect(201);
  });
  afterAll(() => t.close());

  const inbox = async (token: string) => (await t.http.get('/api/me/notifications').set(bearer(token)).expect(200)).body as NotificationList;

  it('tells a new member he joined, and marks the message read', async () => {
    const before = await inbox(rider);
    expect(before.unread).toBe(1);
    expect(before.items[0]).toMatchObject({ title: '入会成功', link: '/member/card/index', readAt: null });
    await t.http.post(`/api/me/notifications/${before.items[0].id}/read`).set(bearer(rider)).expect(204);
    const after = await inbox(rider);
    expect(after.unread).toBe(0);
    expect(after.items[0].readAt).toBeTruthy();
  });

  it("keeps one user's messages from another", async () => {
    const other = await newMember(t);
    expect(await inbox(other)).toEqual({ items: [], unread: 0 });
    const [message] = (await inbox(rider)).items;
    expect((await t.http.post(`/api/me/notifications/${message.id}/read`).set(bearer(other)).expect(404)).body.code).toBe('NOTIFICATION_NOT_FOUND');
    await t.http.get('/api/me/notifications').expect(401);
  });

  it('offers no WeChat template when none is configured, and refuses subscriptions', async () => {
    expect((await t.http.get('/api/me/subscriptions/templates').set(bearer(rider)).expect(200)).body).toMatchObject({ 'join-result': null, 'transfer-result': null });
    await t.http.post('/api/me/subscriptions').set(bearer(rider)).send({ templateId: 'tmpl-anything-0001' }).expect(400);
    await t.http.post('/api/me/subscriptions').set(bearer(rider)).send({ templateId: 'x' }).expect(400);
  });
});
