import { randomUUID } from 'node:crypto';
import type { WebhookSubscriptionCreated } from '@unionhub/shared';
import { TransactionRunner } from '../src/database/transaction-runner';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { StationFeedbackRepository } from '../src/modules/stations/station-feedback.repository';
import { StationRating } from '../src/modules/stations/station-rating.entity';
import { WebhookSubscription } from '../src/modules/sync/webhooks/webhook-subscription.entity';
import { unitIds } from './support/join-factory';
import { insertStations, newStation } from './support/station-factory';
import { newClient } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** Lets every queued callback and promise job run, `count` times over. */
async function turnsOfTheEventLoop(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe(`writes are never lost to another request's transaction (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let stationId: string;

  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', WEBHOOK_POLL_MS: '0' });
    const units = new Map((await t.dataSource.getRepository(OrgUnit).find()).map((u) => [u.code, u.id]));
    [stationId] = await insertStations(t.dataSource, [newStation(units.get('BJ-DX-PGZ') ?? '', { name: '排队测试驿站' })]);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('keeps a rating made while another transaction is open and then rolled back', async () => {
    const member = await t.login('member');
    const feedback = t.app.get(StationFeedbackRepository);
    const insertRating = feedback.insertRating.bind(feedback);
    let ratingWritten!: () => void;
    const ratingInsertSettled = new Promise<void>((resolve) => (ratingWritten = resolve));
    jest.spyOn(feedback, 'insertRating').mockImplementation((rating) => insertRating(rating).finally(ratingWritten));

    let opened!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (opened = resolve));
    let rollBack!: () => void;
    const rollingBack = new Promise<void>((resolve) => (rollBack = resolve));
    const held = t.app.get(TransactionRunner).run(async (manager) => {
      await manager.query('SELECT 1');
      opened();
      await rollingBack;
      throw new Error('the other request fails');
    });
    await transactionOpen;

    const rated = t.http.post(`/api/stations/${stationId}/ratings`).set(bearer(member)).send({ score: 4 }).then((response) => response);
    // Without the queue the rating is written inside the open transaction within a few turns of the
    // event loop; with it, the rating waits for that transaction to end.
    await Promise.race([ratingInsertSettled, turnsOfTheEventLoop(50)]);
    rollBack();
    await expect(held).rejects.toThrow('the other request fails');

    const response = await rated;
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ score: 4, rating: { count: 1, average: 4 } });
    expect(await t.dataSource.getRepository(StationRating).countBy({ stationId })).toBe(1);
  });

  it('refuses a statement that bypasses the transaction manager inside a transaction instead of waiting forever', async () => {
    const runner = t.app.get(TransactionRunner);
    const outside = runner.run(async (manager) => {
      await manager.query('SELECT 1');
      return t.dataSource.getRepository(StationRating).count();
    });
    if (testDatabaseKind() === 'sqljs') await expect(outside).rejects.toThrow(/outside the transaction/);
    else await expect(outside).resolves.toEqual(expect.any(Number));
  });

  it('writes no webhook subscription when its audit entry fails, and neither when the subscription fails', async () => {
    const admin = await t.login('admin');
    const client = await newClient(t, admin, (await unitIds(t)).get('BJ-DX') as string);
    const subscriptions = () => t.dataSource.getRepository(WebhookSubscription).countBy({ clientId: client.client.id });
    const audits = () => t.dataSource.getRepository(AuditEntry).countBy({ action: 'sync.webhook.subscribe' });
    const body = { url: `http://127.0.0.1:9/hook/${randomUUID()}`, types: ['station'] };
    const auditsBefore = await audits();
    const audit = t.app.get(AuditService);
    const recordClientCall = audit.recordClientCall.bind(audit);
    const failAuditOf = (action: string) =>
      jest.spyOn(audit, 'recordClientCall').mockImplementation((caller, record, manager) => (record.action === action ? Promise.reject(new Error('audit write failed')) : recordClientCall(caller, record, manager)));

    const failing = failAuditOf('sync.webhook.subscribe');
    const failed = await t.http.post('/api/sync/webhooks').set(bearer(client.token)).send(body);
    failing.mockRestore();
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ code: 'INTERNAL_ERROR', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(await subscriptions()).toBe(0);
    expect(await audits()).toBe(auditsBefore);

    const created = (await t.http.post('/api/sync/webhooks').set(bearer(client.token)).send(body).expect(201)).body as WebhookSubscriptionCreated;
    expect(await subscriptions()).toBe(1);
    const entries = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'sync.webhook.subscribe', targetId: created.subscription.id });
    expect(entries).toHaveLength(1);

    const failingRemoval = failAuditOf('sync.webhook.remove');
    expect((await t.http.delete(`/api/sync/webhooks/${created.subscription.id}`).set(bearer(client.token))).status).toBe(500);
    expect(await subscriptions()).toBe(1);
    failingRemoval.mockRestore();
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'sync.webhook.remove', targetId: created.subscription.id })).toBe(0);
  });
});
