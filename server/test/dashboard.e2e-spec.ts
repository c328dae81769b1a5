import { chinaDate, type OfficerDashboard } from '@unionhub/shared';
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
});
