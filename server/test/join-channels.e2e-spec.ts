import type { JoinChannel, JoinChannelPublic, JoinChannelStats } from '@unionhub/shared';
import { chinaDate } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { WechatClient } from '../src/modules/auth/wechat/wechat-client';
import { JoinChannel as JoinChannelRow } from '../src/modules/join/channels/join-channel.entity';
import { bearer, channelInput, chinaDay, joinForm, newChannel, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const binary = (res: { on: (e: string, f: (c: Buffer) => void) => void }, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('join channels', () => {
  let t: TestApp;
  let units: Map<string, string>;
  const tokens: Record<string, string> = {};
  const as = (who: string) => bearer(tokens[who]);

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://ghrh.example.org/' });
    units = await unitIds(t);
    for (const account of ['member', 'admin', 'officer:BJ-DX-YH', 'officer:BJ-DX', 'officer:BJ-FT-WZ']) tokens[account] = await t.login(account);
  });
  afterAll(() => t.close());

  describe('POST /api/join/channels', () => {
    it('makes a channel with a short opaque code and its printable link, and audits it', async () => {
      const response = await t.http.post('/api/join/channels').set(as('officer:BJ-DX-YH')).send(channelInput(units.get('BJ-DX-YH-SH') as string, { welcomeGift: '免费理发券' })).expect(201);
      const channel = response.body as JoinChannel;
      expect(channel).toMatchObject({ title: '瀛海镇职工沟通会', kind: 'event', reviewMode: 'auto', welcomeGift: '免费理发券', state: 'open', unit: { code: 'BJ-DX-YH-SH' } });
      expect(channel.code).toMatch(/^[0-9A-Za-z]{10}$/);
      expect(channel.code).not.toContain(channel.id.slice(0, 8));
      expect(channel.link).toBe(`https://ghrh.example.org/?scene=${channel.code}`);
      expect(channel.totals).toEqual({ scans: 0, starts: 0, submissions: 0, approvals: 0, rejections: 0 });
      const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ targetId: channel.id });
      expect(audit).toMatchObject({ action: 'join.channel.create', actorRole: 'officer', orgUnitId: units.get('BJ-DX-YH-SH') });
    });

    it("refuses another town's unit and members, writing nothing", async () => {
      const before = await t.dataSource.getRepository(JoinChannelRow).count();
      const other = await t.http.post('/api/join/channels').set(as('officer:BJ-FT-WZ')).send(channelInput(units.get('BJ-DX-YH') as string)).expect(403);
      expect(other.body.code).toBe('ORG_OUT_OF_SCOPE');
      await t.http.post('/api/join/channels').set(as('member')).send(channelInput(units.get('BJ-DX-YH') as string)).expect(403);
      await t.http.post('/api/join/channels').send(channelInput(units.get('BJ-DX-YH') as string)).expect(401);
      expect(await t.dataSource.getRepository(JoinChannelRow).count()).toBe(before);
    });

    it.each([
      ['a one-character title', { title: '会' }, 'VALIDATION_FAILED'],
      ['an unknown kind', { kind: 'party' }, 'VALIDATION_FAILED'],
      ['an unknown review mode', { reviewMode: 'maybe' }, 'VALIDATION_FAILED'],
      ['a malformed date', { validUntil: '31/12/2026' }, 'VALIDATION_FAILED'],
      ['an end before the start', { validFrom: chinaDay(10), validUntil: chinaDay(9) }, 'JOIN_CHANNEL_DATES'],
      ['more than a year', { validFrom: chinaDay(), validUntil: chinaDay(400) }, 'JOIN_CHANNEL_DATES'],
      ['an end in the past', { validFrom: '2025-01-01', validUntil: '2025-01-31' }, 'JOIN_CHANNEL_DATES'],
      ['a date that does not exist', { validUntil: `${chinaDay(400).slice(0, 4)}-02-30` }, 'JOIN_CHANNEL_DATES'],
      ['a server-owned code', { code: 'AAAAAAAAAA' }, 'VALIDATION_FAILED'],
    ])('refuses %s with 400', async (_, overrides, code) => {
      const before = await t.dataSource.getRepository(JoinChannelRow).count();
      const response = await t.http.post('/api/join/channels').set(as('officer:BJ-DX-YH')).send(channelInput(units.get('BJ-DX-YH') as string, overrides)).expect(400);
      expect(response.body.code).toBe(code);
      expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await t.dataSource.getRepository(JoinChannelRow).count()).toBe(before);
    });
  });

  describe('lists and statistics', () => {
    it("shows an officer his subtree's channels only", async () => {
      const mine = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH') as string, { title: '瀛海镇驿站入会码', kind: 'station' });
      const theirs = await newChannel(t, tokens['officer:BJ-FT-WZ'], units.get('BJ-FT-WZ') as string, { title: '王佐镇入会码' });
      const yh = (await t.http.get('/api/join/channels').set(as('officer:BJ-DX-YH')).expect(200)).body as JoinChannel[];
      expect(yh.map((c) => c.id)).toContain(mine.id);
      expect(yh.map((c) => c.id)).not.toContain(theirs.id);
      const district = (await t.http.get('/api/join/channels').set(as('officer:BJ-DX')).expect(200)).body as JoinChannel[];
      expect(district.map((c) => c.id)).toContain(mine.id);
      await t.http.get(`/api/join/channels/${theirs.id}`).set(as('officer:BJ-DX-YH')).expect(403);
      await t.http.get(`/api/join/channels/${theirs.id}/stats`).set(as('officer:BJ-DX-YH')).expect(403);
    });

    it('counts scans and starts reported by the app and submissions and approvals made by the server, by day', async () => {
      const channel = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH') as string);
      for (const type of ['scan', 'scan', 'scan', 'start', 'start']) await t.http.post(`/api/join/codes/${channel.code}/events`).send({ type }).expect(204);
      await submit(t, await newMember(t), joinForm({ channelCode: channel.code })).expect(201);
      const stats = (await t.http.get(`/api/join/channels/${channel.id}/stats`).set(as('officer:BJ-DX-YH')).expect(200)).body as JoinChannelStats;
      const today = { day: chinaDate(new Date()), scans: 3, starts: 2, submissions: 1, approvals: 1, rejections: 0 };
      expect(stats.days).toEqual([today]);
      expect(stats.totals).toEqual({ scans: 3, starts: 2, submissions: 1, approvals: 1, rejections: 0 });
      const listed = ((await t.http.get('/api/join/channels').set(as('officer:BJ-DX-YH'))).body as JoinChannel[]).find((c) => c.id === channel.id);
      expect(listed?.totals).toEqual(stats.totals);
    });

    it('refuses an unknown event type and an unknown code', async () => {
      const channel = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH') as string);
      await t.http.post(`/api/join/codes/${channel.code}/events`).send({ type: 'submit' }).expect(400);
      await t.http.post('/api/join/codes/ZZZZZZZZZZ/events').send({ type: 'scan' }).expect(404);
    });
  });

  describe('GET /api/join/codes/:code (public)', () => {
    it('tells anyone the unit, the review mode and whether the code is open, and nothing internal', async () => {
      const channel = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH-SH') as string, { reviewMode: 'review' });
      const body = (await t.http.get(`/api/join/codes/${channel.code}`).expect(200)).body as JoinChannelPublic;
      expect(body).toEqual({
        code: channel.code, title: channel.title, unit: expect.objectContaining({ name: '首航超市工会' }), reviewMode: 'review',
        welcomeGift: null, state: 'open', validFrom: chinaDay(), validUntil: chinaDay(30),
      });
    });

    it('says when a code expired or has not started, and answers unknown and malformed codes with 404', async () => {
      const channel = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH') as string);
      await t.dataSource.getRepository(JoinChannelRow).update({ id: channel.id }, { validFrom: '2025-01-01', validUntil: '2025-01-02' });
      expect((await t.http.get(`/api/join/codes/${channel.code}`).expect(200)).body.state).toBe('expired');
      await t.dataSource.getRepository(JoinChannelRow).update({ id: channel.id }, { validFrom: '2099-01-01', validUntil: '2099-01-02' });
      expect((await t.http.get(`/api/join/codes/${channel.code}`).expect(200)).body.state).toBe('not-started');
      const unknown = await t.http.get('/api/join/codes/ZZZZZZZZZZ').expect(404);
      expect(unknown.body).toMatchObject({ code: 'JOIN_CHANNEL_NOT_FOUND', message: expect.stringContaining('新就业形态工会') });
      await t.http.get('/api/join/codes/..%2F..%2Fetc').expect(404);
    });
  });

  describe('QR images', () => {
    it('renders the link as a PNG for officers in scope only', async () => {
      const channel = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH') as string);
      const response = await t.http.get(`/api/join/channels/${channel.id}/qrcode.png`).set(as('officer:BJ-DX-YH')).buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toBe('image/png');
      expect((response.body as Buffer).subarray(0, 8)).toEqual(PNG_SIGNATURE);
      await t.http.get(`/api/join/channels/${channel.id}/qrcode.png`).set(as('officer:BJ-FT-WZ')).expect(403);
      await t.http.get(`/api/join/channels/${channel.id}/qrcode.png`).set(as('member')).expect(403);
    });

    it('asks WeChat for the 小程序码 once, with the code as scene, and serves it from the cache after', async () => {
      const wechat = t.app.get(WechatClient);
      const calls = jest.spyOn(wechat, 'getUnlimitedQrCode');
      const channel = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH') as string);
      const first = await t.http.get(`/api/join/channels/${channel.id}/wxacode.png`).set(as('officer:BJ-DX-YH')).buffer(true).parse(binary).expect(200);
      const second = await t.http.get(`/api/join/channels/${channel.id}/wxacode.png`).set(as('officer:BJ-DX')).buffer(true).parse(binary).expect(200);
      expect((first.body as Buffer).subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(second.body).toEqual(first.body);
      expect(calls).toHaveBeenCalledTimes(1);
      expect(calls).toHaveBeenCalledWith(expect.objectContaining({ scene: channel.code, page: 'join/index/index', envVersion: 'release' }));
      calls.mockRestore();
    });

    it('keeps a 小程序码 larger than one stored part whole', async () => {
      const large = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(150_000, 7)]);
      const calls = jest.spyOn(t.app.get(WechatClient), 'getUnlimitedQrCode').mockResolvedValue(large);
      const channel = await newChannel(t, tokens['officer:BJ-DX-YH'], units.get('BJ-DX-YH') as string);
      await t.http.get(`/api/join/channels/${channel.id}/wxacode.png`).set(as('officer:BJ-DX-YH')).expect(200);
      const cached = await t.http.get(`/api/join/channels/${channel.id}/wxacode.png`).set(as('officer:BJ-DX-YH')).buffer(true).parse(binary).expect(200);
      expect((cached.body as Buffer).equals(large)).toBe(true);
      expect(calls).toHaveBeenCalledTimes(1);
      calls.mockRestore();
    });
  });
});
