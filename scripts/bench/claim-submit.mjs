import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { startServer } from './server.mjs';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 300);
const CONNECTIONS = 20;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** A real 512×512 RGBA PNG of noise: noise does not compress, so the file is about 1 MB. */
function onePhotoMegabyte() {
  const side = 512;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < side; y++) rows.push(Buffer.from([0]), randomBytes(side * 4));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const call = async (baseUrl, method, path, body, token, headers = {}) => {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

/** Members of one town, each joined through a channel and enrolled in one plan (not timed). */
async function prepare(shared, baseUrl) {
  const admin = await call(baseUrl, 'POST', '/api/auth/dev-login', { account: 'admin' });
  const officer = await call(baseUrl, 'POST', '/api/auth/dev-login', { account: 'officer:BJ-DX-YH' });
  const today = shared.chinaDate(new Date());
  const year = today.slice(0, 4);
  const plan = await call(baseUrl, 'POST', '/api/aid/plans', {
    code: `BENCH-${Date.now()}`, name: '压测：门诊住院二次报销', category: 'secondary-reimbursement', coverageFrom: `${year}-01-01`, coverageUntil: `${year}-12-31`,
    waitingDays: 0, deadlineKind: 'months', deadlineValue: 24, payoutKind: 'rate', ratePercent: 50, deductible: 100_00, capPerClaim: 3_000_00, capPerYear: 5_000_00,
    requiredDocuments: ['medical-invoice', 'discharge-summary'],
  }, admin.token);
  const channel = await call(baseUrl, 'POST', '/api/join/channels', { title: '压测：瀛海镇职工沟通会', kind: 'event', unitId: officer.user.orgUnit.id, reviewMode: 'auto', validFrom: today, validUntil: today }, officer.token);
  const members = [];
  for (let i = 0; i < CLAIMS; i++) {
    const birth = new Date(Date.UTC(1975, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const idBase = `110115${birth}002`;
    const { token } = await call(baseUrl, 'POST', '/api/auth/wechat', { code: `bench-claim-${i}-${randomUUID()}` });
    const joined = await call(baseUrl, 'POST', '/api/join/applications', {
      channelCode: channel.code, name: '王师傅', idNumber: idBase + shared.idNumberCheckChar(idBase), phone: `137${String(i).padStart(8, '0')}`,
      occupation: 'delivery-rider', employer: '美团', workDistrict: '110115', privacyPolicyVersion: shared.JOIN_PRIVACY_POLICY_VERSION, acceptPrivacyPolicy: true, acceptSensitiveInfo: true,
    }, token, { 'idempotency-key': randomUUID() });
    const enrollment = await call(baseUrl, 'POST', '/api/aid/enrollments', { planId: plan.id, memberNumber: joined.membership.memberNumber, validFrom: `${year}-01-01`, validUntil: `${year}-12-31` }, officer.token);
    members.push({ token, enrollmentId: enrollment.id });
  }
  return { members, eventDate: today };
}

/** One member's whole claim: the draft, two 1 MB documents, the submission. */
async function fileClaim(baseUrl, member, eventDate, photo, index) {
  const draft = await call(baseUrl, 'POST', '/api/me/claims', {
    enrollmentId: member.enrollmentId, eventDate, dischargeDate: eventDate, hospital: '北京大学第一医院', insuranceTxn: `YB${Date.now()}${index}`,
    invoiceNumbers: [`BENCH${Date.now()}${String(index).padStart(6, '0')}`], totalExpenses: 12_000_00, eligibleExpenses: 8_000_00, payeeName: '王师傅', bankAccount: '6222020200112233445',
  }, member.token, { 'idempotency-key': randomUUID() });
  await call(baseUrl, 'POST', `/api/me/claims/${draft.id}/documents`, { kind: 'medical-invoice', content: photo }, member.token);
  await call(baseUrl, 'POST', `/api/me/claims/${draft.id}/documents`, { kind: 'discharge-summary', content: photo }, member.token);
  await call(baseUrl, 'POST', `/api/me/claims/${draft.id}/submit`, {}, member.token, { 'idempotency-key': randomUUID() });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(shared, databaseUrl, root, filesDir) {
  const server = await startServer(root, { DATABASE_URL: databaseUrl, DEMO_DATA: 'true', RATE_LIMIT_SCALE: '100000', FILES_DIR: filesDir });
  try {
    const { members, eventDate } = await prepare(shared, server.baseUrl);
    const photo = onePhotoMegabyte().toString('base64');
    const latencies = [];
    let failures = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
      while (next < members.length) {
        const index = next++;
        const t0 = performance.now();
        try {
          await fileClaim(server.baseUrl, members[index], eventDate, photo, index);
          latencies.push(performance.now() - t0);
        } catch (error) {
          failures += 1;
          if (failures <= 3) console.error(error.message);
        }
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { seconds, latencies, failures, photoBytes: Buffer.byteLength(photo, 'base64') };
  } finally {
    await server.stop();
  }
}

export async function claimSubmitScenario(root, mysqlServer) {
  const require = createRequire(join(root, 'server', 'package.json'));
  const shared = require('@unionhub/shared');
  const mysql = require('mysql2/promise');
  const name = `unionhub_bench_claims_${Date.now()}`;
  const admin = await mysql.createConnection(mysqlServer.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const filesDir = mkdtempSync(join(tmpdir(), 'unionhub-bench-files-'));
  try {
    const { seconds, latencies, failures, photoBytes } = await measure(shared, `${mysqlServer}/${name}`, root, filesDir);
    const ms = (v) => `${Math.round(v ?? 0)} ms`;
    const row = {
      target: 'Unionhub on MariaDB, local-disk storage',
      'claims/s': (latencies.length / seconds).toFixed(1),
      'MB/s uploaded': ((latencies.length * 2 * photoBytes) / 1e6 / seconds).toFixed(1),
      p50: ms(percentile(latencies, 50)),
      p95: ms(percentile(latencies, 95)),
      p99: ms(percentile(latencies, 99)),
      'claims filed': latencies.length,
      failed: failures,
    };
    return {
      title: 'Claim submission',
      description: `${CLAIMS} members (joined and enrolled beforehand, not timed) each file one claim with ${CONNECTIONS} at a time on 127.0.0.1: create the draft, upload two ${(photoBytes / 1e6).toFixed(2)} MB PNG photos (base64 JSON, type and pixel checks, decoding and re-encoding with sharp, SHA-256, written to local disk), submit with every check. Latency is the whole claim (four requests).`,
      rows: [row],
      notes: 'No target is set for this scenario in the issue beyond reporting claims/s and p95; every claim must be filed (failed = 0).',
    };
  } finally {
    rmSync(filesDir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}
