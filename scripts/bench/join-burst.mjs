import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load, summarise } from './load.mjs';
import { startServer } from './server.mjs';

const WORKERS = Number(process.env.BENCH_JOINS ?? 5000);
const CONNECTIONS = 100;

const post = async (baseUrl, path, body, token) => {
  const response = await fetch(baseUrl + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

/** Distinct workers, each with a WeChat sign-in, a valid ID number and a phone number of his own. */
async function prepareWorkers(shared, baseUrl, count) {
  const workers = [];
  for (let i = 0; i < count; i++) {
    // Region 110115, a birth date from 1970 on (one per worker), sequence 001.
    const birth = new Date(Date.UTC(1970, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const idBase = `110115${birth}001`;
    const idNumber = idBase + shared.idNumberCheckChar(idBase);
    const { token } = await post(baseUrl, '/api/auth/wechat', { code: `bench-${i}-${randomUUID()}` });
    workers.push({ token, idNumber, phone: `139${String(i).padStart(8, '0')}`, key: randomUUID() });
  }
  return workers;
}

async function burst(dist, databaseUrl, root) {
  const server = await startServer(root, { DATABASE_URL: databaseUrl, DEMO_DATA: 'true', RATE_LIMIT_SCALE: '100000' });
  try {
    const officer = await post(server.baseUrl, '/api/auth/dev-login', { account: 'officer:BJ-DX-YH' });
    const today = dist.shared.chinaDate(new Date());
    const channel = await post(server.baseUrl, '/api/join/channels', { title: '压测：瀛海镇职工沟通会', kind: 'event', unitId: officer.user.orgUnit.id, reviewMode: 'auto', validFrom: today, validUntil: today }, officer.token);
    const workers = await prepareWorkers(dist.shared, server.baseUrl, WORKERS);
    let next = 0;
    const result = await load({
      url: server.baseUrl,
      connections: CONNECTIONS,
      amount: WORKERS,
      method: 'POST',
      makeRequest: () => {
        const w = workers[next++];
        return {
          path: '/api/join/applications',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${w.token}`, 'idempotency-key': w.key },
          body: JSON.stringify({
            channelCode: channel.code, name: '王师傅', idNumber: w.idNumber, phone: w.phone, occupation: 'delivery-rider',
            employer: '美团', workDistrict: '110115', privacyPolicyVersion: dist.shared.JOIN_PRIVACY_POLICY_VERSION,
            acceptPrivacyPolicy: true, acceptSensitiveInfo: true,
          }),
        };
      },
    });
    return { result, server };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function countMembers(dist, url) {
  const { DataSource } = dist.typeorm;
  const dataSource = new DataSource({ ...dist.options.buildDataSourceOptions(dist.config.parseDatabaseUrl(url, false)), migrationsRun: false });
  await dataSource.initialize();
  const [{ n }] = await dataSource.query("SELECT COUNT(*) AS n FROM member WHERE memberNumber LIKE 'BJ-DX-YH-%'");
  await dataSource.destroy();
  return Number(n);
}

export async function joinBurstScenario(root, mysqlServer) {
  const require = createRequire(join(root, 'server', 'package.json'));
  const dist = {
    typeorm: require('typeorm'),
    mysql: require('mysql2/promise'),
    options: require(join(root, 'server/dist/database/data-source-options.js')),
    config: require(join(root, 'server/dist/config/database.config.js')),
    shared: require('@unionhub/shared'),
  };
  const rows = [];
  const stamp = Date.now();
  const name = `unionhub_bench_join_${stamp}`;
  const admin = await dist.mysql.createConnection(mysqlServer.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    const url = `${mysqlServer}/${name}`;
    const { result, server } = await burst(dist, url, root);
    await server.stop();
    const stored = await countMembers(dist, url);
    rows.push(summarise('Unionhub on MariaDB', result, { 'joins/s': Math.round(result['2xx'] / (result.duration || 1)), 'members stored': stored, 'matches 2xx': stored === result['2xx'] ? 'yes' : 'NO' }));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
  const ours = rows[0];
  const p975 = Number.parseFloat(ours['p97.5 (≥ p95)']);
  return {
    title: 'Join burst',
    description: `${WORKERS.toLocaleString('en')} distinct workers (signed in beforehand, not timed) join through one auto-approving channel with ${CONNECTIONS} connections on 127.0.0.1; each request carries its own idempotency key. Afterwards the members in the database are counted and compared with the 2xx answers. The real peak: about 6,000 joins in one Beijing lunch hour across 350 sites.`,
    rows,
    target: 'at least 500 joins/s sustained, p95 under 100 ms, nothing lost or doubled',
    verdict: ours['joins/s'] >= 500 && p975 < 100 && ours['matches 2xx'] === 'yes' ? 'met' : `missed (${ours['joins/s']} joins/s, p97.5 ${p975} ms, stored ${ours['members stored']} of ${ours['2xx']} answered 2xx)`,
  };
}
