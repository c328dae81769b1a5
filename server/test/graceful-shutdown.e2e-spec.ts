import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { joinForm, newChannel, newMember, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

const RIDERS = 30;

function post(port: number, path: string, token: string, body: unknown): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * SIGTERM runs Nest's shutdown (enableShutdownHooks → app.close()). Requests already received must be
 * answered from a live database, not cut off by the pool closing under them.
 */
describe('graceful shutdown', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_SCALE: '100' });
  });
  afterAll(() => t.close().catch(() => undefined));

  it('answers every join already received before it closes the database', async () => {
    const units = await unitIds(t);
    const officer = await t.login('officer:BJ-DX-YH');
    const channel = await newChannel(t, officer, units.get('BJ-DX-YH-SH') as string);
    const riders = await Promise.all(Array.from({ length: RIDERS }, () => newMember(t)));
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;

    let received = 0;
    t.app.getHttpServer().on('request', () => (received += 1));
    const sent = riders.map((rider) => post(port, '/api/join/applications', rider, joinForm({ channelCode: channel.code })));
    // Only requests the server has taken in count: one still in the listen backlog is refused on close.
    while (received < RIDERS) await new Promise((resolve) => setTimeout(resolve, 1));
    const closing = t.app.close();
    const settled = await Promise.allSettled(sent);
    const answers = settled.map((s) => (s.status === 'fulfilled' ? s.value : { status: 0, body: String(s.reason) }));
    await closing;

    const failed = answers.filter((a) => a.status >= 300);
    expect(failed.map((a) => `${a.status} ${a.body}`)).toEqual([]);
  });
});
