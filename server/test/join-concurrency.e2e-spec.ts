import { randomUUID } from 'node:crypto';
import type { JoinSubmitResponse } from '@unionhub/shared';
import { PersonalDataCipher } from '../src/common/personal-data/personal-data-cipher';
import { IdempotencyRecord } from '../src/modules/idempotency/idempotency-record.entity';
import { JoinApplication } from '../src/modules/join/applications/join-application.entity';
import { Member } from '../src/modules/join/members/member.entity';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const TWENTY = Array.from({ length: 20 }, (_, i) => i);

describe('joining under concurrency and retries', () => {
  let t: TestApp;
  let units: Map<string, string>;
  let officer: string;
  let auto: string;
  let reviewed: string;

  beforeAll(async () => {
    t = await createTestApp();
    units = await unitIds(t);
    officer = await t.login('officer:BJ-DX-YH');
    auto = (await newChannel(t, officer, units.get('BJ-DX-YH-SH') as string)).code;
    reviewed = (await newChannel(t, officer, units.get('BJ-DX-YH') as string, { reviewMode: 'review' })).code;
  });
  afterAll(() => t.close());

  const byId = (idNumber: string) => ({ idHash: t.app.get(PersonalDataCipher).hash('id-number', idNumber) });

  it('leaves one application when twenty submissions of one ID number arrive at once', async () => {
    const rider = await newMember(t);
    const form = joinForm({ channelCode: reviewed });
    const responses = await Promise.all(TWENTY.map(() => submit(t, rider, form)));
    expect(responses.map((r) => r.status).sort((x, y) => x - y)).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(responses.map((r) => (r.body as JoinSubmitResponse).application?.id)).size).toBe(1);
    expect(await t.dataSource.getRepository(JoinApplication).countBy(byId(form.idNumber as string))).toBe(1);
  });

  it('keeps one pending place per person when twenty accounts send one ID number at once; the others wait, told nothing', async () => {
    const riders = await Promise.all(TWENTY.map(() => newMember(t)));
    const form = joinForm({ channelCode: reviewed });
    const responses = await Promise.all(riders.map((rider) => submit(t, rider, form)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(responses.map((r) => (r.body as JoinSubmitResponse).outcome)).toEqual(Array(20).fill('pending'));
    const rows = await t.dataSource.getRepository(JoinApplication).findBy(byId(form.idNumber as string));
    expect(rows.filter((row) => row.pendingIdHash !== null)).toHaveLength(1);
    expect(rows.filter((row) => row.holdReason === 'pending-elsewhere')).toHaveLength(19);
  });

  it('issues one membership when twenty submissions race on an auto-approving channel', async () => {
    const rider = await newMember(t);
    const form = joinForm({ channelCode: auto });
    const responses = await Promise.all(TWENTY.map(() => submit(t, rider, form)));
    expect(responses.map((r) => r.status).sort((x, y) => x - y)).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(responses.map((r) => (r.body as JoinSubmitResponse).membership?.memberNumber)).size).toBe(1);
    expect(await t.dataSource.getRepository(Member).countBy(byId(form.idNumber as string))).toBe(1);
    expect(await t.dataSource.getRepository(JoinApplication).countBy(byId(form.idNumber as string))).toBe(1);
  });

  it('numbers twenty people joining one unit at once without a gap or a repeat', async () => {
    const unit = units.get('BJ-DX-PGZ') as string;
    const pgz = (await newChannel(t, await t.login('officer:BJ-DX-PGZ'), unit)).code;
    const riders = await Promise.all(TWENTY.map(() => newMember(t)));
    const responses = await Promise.all(riders.map((rider) => submit(t, rider, joinForm({ channelCode: pgz, idNumber: newIdNumber() }))));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const sequences = responses.map((r) => Number((r.body as JoinSubmitResponse).membership?.memberNumber.slice(-6))).sort((a, b) => a - b);
    expect(sequences).toEqual(TWENTY.map((i) => i + 1));
  });

  it('answers twenty sends of one idempotency key with the first result', async () => {
    const rider = await newMember(t);
    const key = randomUUID();
    const form = joinForm({ channelCode: reviewed });
    const responses = await Promise.all(TWENTY.map(() => submit(t, rider, form, key)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect(new Set(responses.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await t.dataSource.getRepository(IdempotencyRecord).countBy({ key })).toBe(1);
  });

  it('replays a retry after the fact, and refuses the same key with a changed form', async () => {
    const rider = await newMember(t);
    const key = randomUUID();
    const form = joinForm({ channelCode: reviewed });
    const first = await submit(t, rider, form, key).expect(201);
    const retry = await submit(t, rider, form, key).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const changed = await submit(t, rider, { ...form, employer: '饿了么' }, key).expect(409);
    expect(changed.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it("keeps one user's key apart from another's", async () => {
    const key = randomUUID();
    await submit(t, await newMember(t), joinForm({ channelCode: reviewed }), key).expect(201);
    await submit(t, await newMember(t), joinForm({ channelCode: reviewed }), key).expect(201);
  });

  it('frees the key of a failed attempt so that the corrected form can use it', async () => {
    const rider = await newMember(t);
    const key = randomUUID();
    await submit(t, rider, joinForm({ channelCode: 'ZZZZZZZZZZ' }), key).expect(404);
    expect(await t.dataSource.getRepository(IdempotencyRecord).countBy({ key })).toBe(0);
    await submit(t, rider, joinForm({ channelCode: reviewed }), key).expect(201);
  });

  it('makes one decision when two officers decide at once', async () => {
    const application = ((await submit(t, await newMember(t), joinForm({ channelCode: reviewed })).expect(201)).body as JoinSubmitResponse).application;
    const district = await t.login('officer:BJ-DX');
    const url = `/api/join/applications/${application?.id}`;
    const [a, b, c] = await Promise.all([
      t.http.post(`${url}/approve`).set(bearer(officer)),
      t.http.post(`${url}/approve`).set(bearer(district)),
      t.http.post(`${url}/reject`).set(bearer(district)).send({ reason: '重复提交' }),
    ]);
    const statuses = [a.status, b.status, c.status];
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect([a, b, c].filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(['JOIN_ALREADY_DECIDED', 'JOIN_ALREADY_DECIDED']);
    const row = await t.dataSource.getRepository(JoinApplication).findOneByOrFail({ id: application?.id });
    expect(await t.dataSource.getRepository(Member).countBy({ applicationId: row.id })).toBe(row.status === 'approved' ? 1 : 0);
  });
});
