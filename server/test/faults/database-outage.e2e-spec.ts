import type { OrgUnitNode } from '@unionhub/shared';
import { createConnection } from 'mysql2/promise';
import { type PrivateMariaDb, startPrivateMariaDb } from '../support/private-mariadb';
import { createTestApp, type TestApp } from '../support/test-app';

interface Outcome {
  code: string;
  status: number;
  ms: number;
}

describe('the database goes away in the middle of writes', () => {
  let db: PrivateMariaDb;
  let t: TestApp;
  let token: string;
  let townId: string;
  let next = 0;

  beforeAll(async () => {
    db = await startPrivateMariaDb();
    t = await createTestApp({ DATABASE_URL: db.url, DEMO_DATA: 'true' });
    token = await t.login('officer:BJ-DX-PGZ');
    const [root] = (await t.http.get('/api/orgs/tree').expect(200)).body as OrgUnitNode[];
    const find = (node: OrgUnitNode): OrgUnitNode | undefined => (node.code === 'BJ-DX-PGZ' ? node : node.children.map(find).find(Boolean));
    townId = find(root)!.id;
  }, 60000);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await db?.destroy();
  });

  const write = async (): Promise<Outcome> => {
    const code = `BJ-DX-PGZ-F${next++}`;
    const started = Date.now();
    const response = await t.http
      .post(`/api/orgs/${townId}/children`)
      .set('authorization', `Bearer ${token}`)
      .send({ code, name: `故障测试工会${code}`, level: 'grassroots', kind: 'enterprise' });
    return { code, status: response.status, ms: Date.now() - started };
  };
  const wave = (size: number) => Promise.all(Array.from({ length: size }, write));

  it('answers 503 within 5 s while it is down, recovers by itself, and keeps every acknowledged write', async () => {
    const outcomes: Outcome[] = [...(await wave(10))];
    // Kill the server while a wave is in flight.
    const inFlight = wave(10);
    await new Promise((r) => setTimeout(r, 5));
    await db.kill();
    outcomes.push(...(await inFlight));
    const whileDown = [...(await wave(10)), ...(await wave(10))];
    outcomes.push(...whileDown);

    expect(whileDown.map((o) => o.status)).toEqual(Array(20).fill(503));
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(5000);
    expect(outcomes.every((o) => o.status === 201 || o.status === 503)).toBe(true);
    await t.http.get('/api/health').expect(503);

    await db.start();
    let healthy = false;
    for (let i = 0; i < 60 && !healthy; i++) {
      healthy = (await t.http.get('/api/health')).status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 500));
    }
    expect(healthy).toBe(true);
    const after = await wave(5);
    expect(after.map((o) => o.status)).toEqual(Array(5).fill(201));
    outcomes.push(...after);

    const acknowledged = outcomes.filter((o) => o.status === 201).map((o) => o.code);
    const connection = await createConnection(db.url.replace(/^mariadb:/, 'mysql:'));
    const [rows] = await connection.query('SELECT code FROM org_unit WHERE code LIKE ?', ['BJ-DX-PGZ-F%']);
    await connection.end();
    const stored = new Set((rows as { code: string }[]).map((r) => r.code));
    expect(acknowledged.filter((code) => !stored.has(code))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
  }, 120000);
});
