import { type ChangeEventView, SyncPermission, type WebhookDeliveryView, type WebhookSubscriptionCreated } from '@unionhub/shared';
import { WebhookDelivery } from '../src/modules/sync/webhooks/webhook-delivery.entity';
import { WebhookDispatcher } from '../src/modules/sync/webhooks/webhook-dispatcher';
import { WebhookSubscription } from '../src/modules/sync/webhooks/webhook-subscription.entity';
import { WebhookTargetGuard } from '../src/modules/sync/webhooks/webhook-target-guard';
import { bearer, unitIds } from './support/join-factory';
import { newClient, stationInput } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { eventually, startReceiver, verifySignature, type WebhookReceiver } from './support/webhook-receiver';

describe('sync webhooks', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let units: Map<string, string>;
  let receiver: WebhookReceiver;
  /** Each test's subscriptions point at their own path, so earlier tests' subscriptions do not muddle its count. */
  let tag = 0;

  const subscribe = async (token: string, types = ['station']) =>
    (await t.http.post('/api/sync/webhooks').set(bearer(token)).send({ url: `${receiver.url}/${tag}`, types }).expect(201)).body as WebhookSubscriptionCreated;
  const newStation = async (unit = 'BJ-DX-PGZ', as = officer) =>
    ((await t.http.post('/api/stations/manage').set(bearer(as)).send(stationInput(units.get(unit) ?? '')).expect(201)).body as { id: string }).id;
  const deliveries = async (token: string, id: string) => (await t.http.get(`/api/sync/webhooks/${id}/deliveries`).set(bearer(token)).expect(200)).body as WebhookDeliveryView[];
  const bodiesFor = (stationId: string) => receiver.received.filter((r) => r.path === `/hook/${tag}` && (JSON.parse(r.body) as ChangeEventView).subjectId === stationId);

  beforeAll(async () => {
    receiver = await startReceiver();
    // The receiver is local plain http: allowed here by configuration, as in development.
    t = await createTestApp({ WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_TARGETS: '127.0.0.1' });
    admin = await t.login('admin');
    officer = await t.login('officer:BJ-DX-PGZ');
    units = await unitIds(t);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });
  beforeEach(() => {
    tag += 1;
    receiver.received.length = 0;
    receiver.reply = () => 200;
  });

  it('delivers a signed change that the receiver can verify, and nothing from another district', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const { subscription, secret } = await subscribe(client.token);
    expect(secret).toMatch(/^whsec_/);
    const stored = await t.dataSource.getRepository(WebhookSubscription).findOneByOrFail({ id: subscription.id });
    expect(stored.secretEnc).not.toContain(secret.slice(6));
    const fengtai = await t.login('officer:BJ-FT');
    const elsewhere = await newStation('BJ-FT', fengtai);
    const stationId = await newStation();
    await eventually(() => bodiesFor(stationId).length === 1);
    const [got] = bodiesFor(stationId);
    expect(verifySignature(secret, got.headers, got.body)).toBe(true);
    expect(verifySignature('whsec_wrong', got.headers, got.body)).toBe(false);
    expect(verifySignature(secret, got.headers, got.body.replace('created', 'deleted'))).toBe(false);
    expect(JSON.parse(got.body)).toMatchObject({ type: 'station', action: 'created', subjectId: stationId, unitId: units.get('BJ-DX-PGZ') });
    expect(got.headers['x-unionhub-delivery']).toEqual(expect.any(String));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bodiesFor(elsewhere)).toEqual([]);
  });

  it('retries a failing receiver with backoff until it answers', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const { subscription } = await subscribe(client.token);
    let calls = 0;
    receiver.reply = (r) => (r.path === `/hook/${tag}` && ++calls <= 2 ? 503 : 200);
    const stationId = await newStation();
    await eventually(async () => (await deliveries(client.token, subscription.id)).some((d) => d.status === 'delivered'));
    const [delivery] = await deliveries(client.token, subscription.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200, change: { subjectId: stationId } });
    const sent = bodiesFor(stationId);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((r) => r.headers['x-unionhub-delivery'])).size).toBe(1);
  });

  it('gives up after the last attempt and sends again on replay', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const { subscription } = await subscribe(client.token);
    receiver.reply = () => 500;
    const stationId = await newStation();
    await eventually(async () => (await deliveries(client.token, subscription.id)).some((d) => d.status === 'failed'));
    const [failed] = await deliveries(client.token, subscription.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastStatus: 500, lastError: '接收方返回 500' });
    receiver.reply = () => 204;
    const replayed = (await t.http.post(`/api/sync/webhooks/deliveries/${failed.id}/replay`).set(bearer(client.token)).expect(200)).body as WebhookDeliveryView;
    expect(replayed).toMatchObject({ status: 'pending', attempts: 0 });
    await eventually(async () => (await deliveries(client.token, subscription.id))[0].status === 'delivered');
    expect(bodiesFor(stationId)).toHaveLength(4);
  });

  it('never makes the request that caused a change wait for a receiver', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    await subscribe(client.token);
    receiver.reply = () => 'hang';
    const started = Date.now();
    const stationId = await newStation();
    expect(Date.now() - started).toBeLessThan(1000);
    await eventually(() => bodiesFor(stationId).length >= 1);
  });

  it('stops delivering to a revoked client', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    await subscribe(client.token);
    await t.http.post(`/api/sync/clients/${client.client.id}/revoke`).set(bearer(admin)).expect(200);
    const stationId = await newStation();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(bodiesFor(stationId)).toEqual([]);
  });

  it.each([
    [{ url: 'ftp://127.0.0.1/hook', types: ['station'] }],
    [{ url: 'not a url', types: ['station'] }],
    [{ types: ['station'] }],
    [{ url: 'http://127.0.0.1/hook', types: [] }],
    [{ url: 'http://127.0.0.1/hook', types: ['payroll'] }],
  ])('refuses a bad subscription %j with 400 and writes nothing', async (body) => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const before = await t.dataSource.getRepository(WebhookSubscription).count();
    expect((await t.http.post('/api/sync/webhooks').set(bearer(client.token)).send(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(await t.dataSource.getRepository(WebhookSubscription).count()).toBe(before);
  });

  it("keeps a client to its permitted types and its own subscriptions", async () => {
    const stationsOnly = await newClient(t, admin, units.get('BJ-DX') ?? '', [SyncPermission.ReadStations]);
    expect((await t.http.post('/api/sync/webhooks').set(bearer(stationsOnly.token)).send({ url: receiver.url, types: ['member'] }).expect(403)).body.code).toBe('SYNC_TYPE_NOT_PERMITTED');
    const other = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const { subscription } = await subscribe(other.token);
    expect((await t.http.get(`/api/sync/webhooks/${subscription.id}/deliveries`).set(bearer(stationsOnly.token)).expect(404)).body.code).toBe('SYNC_WEBHOOK_NOT_FOUND');
    await t.http.delete(`/api/sync/webhooks/${subscription.id}`).set(bearer(stationsOnly.token)).expect(404);
    await t.http.delete(`/api/sync/webhooks/${subscription.id}`).set(bearer(other.token)).expect(204);
    expect((await t.http.get('/api/sync/webhooks').set(bearer(other.token)).expect(200)).body).toEqual([]);
  });

  it.each([
    ['http://127.0.0.2/hook', 'SYNC_WEBHOOK_TARGET_REFUSED'],
    ['http://10.0.0.8/hook', 'SYNC_WEBHOOK_TARGET_REFUSED'],
    ['http://169.254.169.254/latest/meta-data', 'SYNC_WEBHOOK_TARGET_REFUSED'],
    // Decimal and octal IPv4 forms fail the URL check first; the guard's own spec covers them too.
    ['http://2130706434/hook', 'VALIDATION_FAILED'],
    ['http://0177.0.0.2/hook', 'VALIDATION_FAILED'],
    ['http://[::1]/hook', 'SYNC_WEBHOOK_TARGET_REFUSED'],
    ['http://[::ffff:192.168.1.1]/hook', 'SYNC_WEBHOOK_TARGET_REFUSED'],
    ['http://[fe80::1]/hook', 'SYNC_WEBHOOK_TARGET_REFUSED'],
    ['http://unionhub-no-such-host.invalid/hook', 'SYNC_WEBHOOK_TARGET_UNRESOLVABLE'],
  ])('refuses a subscription to %s (SSRF) with 400 and writes nothing', async (url, code) => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const before = await t.dataSource.getRepository(WebhookSubscription).count();
    const refused = (await t.http.post('/api/sync/webhooks').set(bearer(client.token)).send({ url, types: ['station'] }).expect(400)).body as { code: string; message: string };
    expect(refused.code).toBe(code);
    expect(refused.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await t.dataSource.getRepository(WebhookSubscription).count()).toBe(before);
  });

  it('refuses at delivery time a name that now resolves to a private address (DNS rebinding), and the receiver gets nothing', async () => {
    const guard = t.app.get(WebhookTargetGuard);
    const realResolve = guard.resolve;
    let answer = '203.119.169.1';
    guard.resolve = async (host) => (host === 'rebind.example.cn' ? [{ address: answer, family: 4 }] : realResolve(host));
    try {
      const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
      const port = new URL(receiver.url).port;
      const { subscription } = (await t.http.post('/api/sync/webhooks').set(bearer(client.token)).send({ url: `http://rebind.example.cn:${port}/hook/${tag}`, types: ['station'] }).expect(201)).body as WebhookSubscriptionCreated;
      answer = '127.0.0.2';
      const stationId = await newStation();
      await eventually(async () => (await deliveries(client.token, subscription.id)).some((d) => d.attempts > 0));
      const [delivery] = await deliveries(client.token, subscription.id);
      expect(delivery).toMatchObject({ status: expect.stringMatching(/pending|failed/), lastStatus: null, lastError: expect.stringContaining('内网') });
      expect(bodiesFor(stationId)).toEqual([]);
      expect(receiver.received.filter((r) => r.path === `/hook/${tag}`)).toEqual([]);
    } finally {
      guard.resolve = realResolve;
    }
  });

  it('deletes delivered deliveries older than the retention, and keeps recent and undelivered ones', async () => {
    const client = await newClient(t, admin, units.get('BJ-DX') ?? '');
    const { subscription } = await subscribe(client.token);
    const [a, b] = [await newStation(), await newStation()];
    await eventually(() => bodiesFor(a).length === 1 && bodiesFor(b).length === 1);
    await eventually(async () => (await deliveries(client.token, subscription.id)).filter((d) => d.status === 'delivered').length === 2);
    const rows = t.dataSource.getRepository(WebhookDelivery);
    const [old, recent] = await rows.find({ where: { subscriptionId: subscription.id }, order: { changeSeq: 'ASC' } });
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await rows.update({ id: old.id }, { deliveredAt: longAgo });
    const failedLongAgo = { ...old, id: undefined, changeSeq: '999999999', status: 'failed' as const, deliveredAt: null, nextAttemptAt: longAgo };
    await rows.insert(failedLongAgo as unknown as WebhookDelivery);
    await t.app.get(WebhookDispatcher).tick();
    const left = await rows.find({ where: { subscriptionId: subscription.id } });
    expect(left.map((d) => d.id)).not.toContain(old.id);
    expect(left.map((d) => d.id)).toContain(recent.id);
    expect(left.some((d) => d.status === 'failed')).toBe(true);
  });
});
