import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { startServer } from './server.mjs';

const MEMBERS = Number(process.env.BENCH_EXPORT_MEMBERS ?? 1_000_000);
const INSERT_ROWS = 2000;
const TARGET_MB = 300;

/** The server's resident memory now and its peak so far, in MB, from /proc. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** A valid ID number per index: a birth date from 1960 on and a sequence, with its check character. */
function idNumberOf(shared, i) {
  const birth = new Date(Date.UTC(1960, 0, 1) + (i % 16_000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `110115${birth}${String(Math.floor(i / 16_000)).padStart(3, '0')}`;
  return first17 + shared.idNumberCheckChar(first17);
}

/**
 * Ids in insertion order (still UUID-shaped): InnoDB appends them instead of splitting pages at
 * random, which keeps inserting a million rows to minutes on a small buffer pool.
 */
const orderedId = (kind, i) => `${String(kind).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** One chunk of members, each with the application he joined by, as rows for a multi-row INSERT. */
function chunkOf(dist, cipher, unit, start, now) {
  const members = [];
  const applications = [];
  for (let i = start; i < Math.min(MEMBERS, start + INSERT_ROWS); i++) {
    const idNumber = idNumberOf(dist.shared, i);
    const phone = `139${String(i).padStart(8, '0')}`;
    const idHash = cipher.hash('id-number', idNumber);
    const [idNumberEnc, phoneEnc, phoneHash] = [cipher.encrypt('id-number', idNumber), cipher.encrypt('phone', phone), cipher.hash('phone', phone)];
    const [memberId, applicationId, userId] = [orderedId(1, i), orderedId(2, i), orderedId(3, i)];
    const name = `压测会员${i}`;
    members.push([memberId, userId, unit.id, unit.path, `${unit.code}-2026-${String(i).padStart(7, '0')}`, name, idNumberEnc, idHash, phoneEnc, phoneHash, 'active', idHash, userId, applicationId, '2026-11-01']);
    applications.push([applicationId, userId, null, unit.id, unit.path, 'approved', name, idNumberEnc, idHash, phoneEnc, phoneHash, null, 'delivery-rider', '美团', '110115', dist.shared.JOIN_PRIVACY_POLICY_VERSION, now, now, memberId]);
  }
  return { members, applications };
}

/**
 * Writes the members straight into the scratch database, many rows a statement, on two connections
 * (members, applications) while the next chunk is encrypted. Unique checks are off for the session:
 * the generated keys are unique by construction, and InnoDB can then buffer the secondary indexes.
 */
async function insertMembers(dist, url, cipher, unit) {
  const [memberConnection, applicationConnection] = await Promise.all([dist.mysql.createConnection(url), dist.mysql.createConnection(url)]);
  for (const connection of [memberConnection, applicationConnection]) await connection.query('SET SESSION unique_checks = 0');
  const now = new Date();
  let writing = Promise.resolve();
  for (let start = 0; start < MEMBERS; start += INSERT_ROWS) {
    const { members, applications } = chunkOf(dist, cipher, unit, start, now);
    await writing;
    writing = Promise.all([
      memberConnection.query(
        'INSERT INTO member (id, userId, orgUnitId, unitPath, memberNumber, name, idNumberEnc, idHash, phoneEnc, phoneHash, status, activeIdHash, activeUserId, applicationId, joinedOn) VALUES ?',
        [members],
      ),
      applicationConnection.query(
        'INSERT INTO join_application (id, userId, channelId, orgUnitId, unitPath, status, name, idNumberEnc, idHash, phoneEnc, phoneHash, pendingIdHash, occupation, employer, workDistrict, privacyPolicyVersion, privacyConsentAt, sensitiveConsentAt, memberId) VALUES ?',
        [applications],
      ),
    ]).then(() => undefined);
  }
  await writing;
  await Promise.all([memberConnection.end(), applicationConnection.end()]);
}

/** Rows of the first sheet, read back with the server's streaming XLSX reader (not timed). */
async function countRows(dist, path) {
  let rows = 0;
  let first = null;
  for await (const { cells } of dist.xlsx.xlsxRecords(readFileSync(path))) {
    if (rows === 1) first = cells;
    rows++;
  }
  return { dataRows: rows - 1, first };
}

export async function exportScenario(root, mysqlServer) {
  const require = createRequire(join(root, 'server', 'package.json'));
  const dist = {
    mysql: require('mysql2/promise'),
    shared: require('@unionhub/shared'),
    cipher: require(join(root, 'server/dist/common/personal-data/personal-data-cipher.js')),
    xlsx: require(join(root, 'server/dist/modules/stations/station-import/xlsx-reader.js')),
  };
  const [key, hashKey] = [randomBytes(32), randomBytes(32)];
  const cipher = new dist.cipher.PersonalDataCipher({ keys: { bench: key }, activeKeyId: 'bench', hashKey });
  const name = `unionhub_bench_export_${Date.now()}`;
  const admin = await dist.mysql.createConnection(mysqlServer.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const file = join(tmpdir(), `${name}.xlsx`);
  let server;
  try {
    server = await startServer(root, {
      DATABASE_URL: `${mysqlServer}/${name}`,
      DEMO_DATA: 'true',
      RATE_LIMIT_SCALE: '1000',
      PII_KEYS: `bench:${key.toString('base64')}`,
      PII_ACTIVE_KEY: 'bench',
      PII_HASH_KEY: hashKey.toString('base64'),
    });
    const url = `${mysqlServer.replace(/^mariadb:/, 'mysql:')}/${name}`;
    const [[unit]] = await admin.query(`SELECT id, path, code FROM \`${name}\`.org_unit WHERE code = 'BJ-DX-PGZ'`);
    const insertStarted = performance.now();
    await insertMembers(dist, url, cipher, unit);
    const insertSeconds = (performance.now() - insertStarted) / 1000;

    const login = await fetch(`${server.baseUrl}/api/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account: 'officer:BJ-DX-PGZ' }) });
    const { token } = await login.json();
    const before = memoryOf(server.pid);
    let peakRss = before.rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(server.pid).rss)), 100);
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}/api/exports/roster`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    await pipeline(Readable.fromWeb(response.body), createWriteStream(file));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = memoryOf(server.pid);
    peakRss = Math.max(peakRss, after.rss);
    await server.stop();
    server = null;

    const bytes = readFileSync(file).length;
    const { dataRows, first } = await countRows(dist, file);
    const masked = first !== null && /^\d{3}\*{11}[\dX]{4}$/.test(first[2]) && /^\d{3}\*{4}\d{4}$/.test(first[3]);
    const row = {
      rows: dataRows.toLocaleString('en'),
      'insert (s, not timed)': insertSeconds.toFixed(1),
      'export (s)': seconds.toFixed(1),
      'rows/s': Math.round(dataRows / seconds).toLocaleString('en'),
      'file (MB)': (bytes / 1024 / 1024).toFixed(1),
      'RSS before (MB)': Math.round(before.rss),
      'peak RSS during export (MB)': Math.round(peakRss),
      'VmHWM since boot (MB)': Math.round(after.hwm),
      'rows match': dataRows === MEMBERS ? 'yes' : 'NO',
      masked: masked ? 'yes' : 'NO',
    };
    const ok = dataRows === MEMBERS && masked && peakRss < TARGET_MB;
    return {
      title: 'Roster export',
      description: `${MEMBERS.toLocaleString('en')} active members (each with his join application, ID number and phone encrypted) inserted straight into a scratch MariaDB database, then exported by an officer through the real server over HTTP on 127.0.0.1 (\`GET /api/exports/roster\`, masked). The server reads keyset pages of 250 rows, decrypts and masks each row, and streams the XLSX as it is written; the client saves it to disk. Memory is the server process's, sampled every 100 ms from /proc (VmRSS), and its lifetime peak (VmHWM). Afterwards the file is read back and its rows counted.`,
      rows: [row],
      target: `peak RSS under ${TARGET_MB} MB, every row exported, masked`,
      verdict: ok ? 'met' : `missed (peak ${Math.round(peakRss)} MB, ${dataRows} of ${MEMBERS} rows, masked: ${masked})`,
    };
  } finally {
    if (server) await server.stop();
    rmSync(file, { force: true });
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}
