import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimDetail, JoinSubmitResponse } from '@unionhub/shared';
import { createConnection } from 'mysql2/promise';
import { claimInput, createClaim, enroll, newPlan, submitClaim, uploadDocument } from './support/aid-factory';
import { dumpMysql, dumpSqljsFile } from './support/database-dump';
import { JPEG_BASE64 } from './support/images';
import { bearer, joinForm, newChannel, newIdNumber, newMember, submit, unitIds, wechatPhone } from './support/join-factory';
import { findPersonalData, PERSONAL_DATA } from './support/personal-data-patterns';
import { newClient } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind, testMysqlServer } from './support/test-database';

/**
 * Runs the flows that take personal data in (joining, a claim with a bank account, an officer
 * revealing an ID number, an API client) on a database that outlives the app, then reads every row
 * of every table as a dump would. With TEST_LOG_DIR set the database is left there for the privacy
 * lane (test/privacy/database-dump.privacy-spec.ts), which checks it again after all suites.
 */
const kept = process.env.TEST_LOG_DIR;
const PHONE = '13912345678';
const BANK_CARD = '6222020200112233446';

/** Where the database lives: a sql.js file, or a MySQL database named in a file beside the logs. */
function databaseFor(kind: 'sqljs' | 'mysql'): { url: string; file?: string } {
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'unionhub-at-rest-'));
  mkdirSync(dir, { recursive: true });
  if (kind === 'sqljs') {
    const file = join(dir, 'at-rest.sqlite');
    rmSync(file, { force: true });
    return { url: `sqljs:${file}`, file };
  }
  // A kept database has one fixed name, so each run replaces the last instead of piling up.
  return { url: `${testMysqlServer()}/unionhub_at_rest${kept ? '' : `_${process.pid}`}` };
}

async function onMysqlServer(sql: string): Promise<void> {
  const connection = await createConnection(testMysqlServer().replace(/^mariadb:/, 'mysql:'));
  await connection.query(sql);
  await connection.end();
}

describe('personal data at rest', () => {
  const kind = testDatabaseKind();
  const database = databaseFor(kind);
  const record = kept ? join(kept, 'at-rest-mysql.url') : null;
  const idNumber = newIdNumber('19880808');
  let t: TestApp;

  beforeAll(async () => {
    if (kind === 'mysql') {
      await onMysqlServer(`DROP DATABASE IF EXISTS \`${database.url.split('/').pop()}\``);
      await onMysqlServer(`CREATE DATABASE \`${database.url.split('/').pop()}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      if (record) writeFileSync(record, database.url);
    }
    t = await createTestApp({ DATABASE_URL: database.url, FILES_DIR: mkdtempSync(join(tmpdir(), 'unionhub-at-rest-files-')) });
    const units = await unitIds(t);
    const townId = units.get('BJ-DX-PGZ') as string;
    const admin = await t.login('admin');
    const officer = await t.login('officer:BJ-DX-PGZ');
    const district = await t.login('officer:BJ-DX');

    const reviewed = await newChannel(t, officer, townId, { reviewMode: 'review' });
    const reviewedRider = await newMember(t);
    const pending = (await submit(t, reviewedRider, joinForm({ channelCode: reviewed.code, phone: undefined, phoneCode: `phone:${PHONE}` })).expect(201)).body as JoinSubmitResponse;
    await t.http.post(`/api/join/applications/${pending.application?.id}/reveal-id`).set(bearer(district)).expect(200);

    const open = await newChannel(t, officer, townId);
    const rider = await newMember(t);
    const joined = (await submit(t, rider, joinForm({ channelCode: open.code, idNumber, ...wechatPhone(PHONE) })).expect(201)).body as JoinSubmitResponse;
    await t.http.get('/api/members/me/card').set(bearer(rider)).expect(200);

    const enrollment = await enroll(t, officer, (await newPlan(t, admin)).id, joined.membership?.memberNumber as string);
    const draft = (await createClaim(t, rider, claimInput(enrollment.id, { bankAccount: BANK_CARD })).expect(201)).body as ClaimDetail;
    await uploadDocument(t, rider, draft.id, 'medical-invoice', JPEG_BASE64).expect(201);
    await uploadDocument(t, rider, draft.id, 'discharge-summary', JPEG_BASE64).expect(201);
    const submitted = (await submitClaim(t, rider, draft.id).expect(200)).body as ClaimDetail;
    await t.http.post(`/api/aid/claims/${submitted.id}/start-review`).set(bearer(officer)).send({ version: submitted.version }).expect(200);
    await t.http.get(`/api/aid/claims/${submitted.id}`).set(bearer(officer)).expect(200);

    await newClient(t, admin, townId);
    await t.close();
  }, 90000);
  afterAll(async () => {
    if (kept) return;
    if (kind === 'mysql') await onMysqlServer(`DROP DATABASE IF EXISTS \`${database.url.split('/').pop()}\``);
    else rmSync(join(database.file as string, '..'), { recursive: true, force: true });
  });

  const dump = () => (kind === 'sqljs' ? dumpSqljsFile(database.file as string) : dumpMysql(database.url));

  it('holds the flows’ rows: members, applications, claims, audit entries', async () => {
    const tables = new Set((await dump()).map((line) => line.where.split('#')[0]));
    expect([...tables]).toEqual(expect.arrayContaining(['member', 'join_application', 'aid_claim', 'aid_claim_document', 'audit_entry', 'change_event']));
  });

  it('would find each kind of personal data if it were written whole', () => {
    const planted = [idNumber, PHONE, BANK_CARD, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3OCJ9.c2lnbmF0dXJlLXRlc3Q', '"session_key":"x"', `"refreshToken":"${'r'.repeat(43)}`, '246810', `${idNumber.slice(0, 6)} ${idNumber.slice(6, 14)}-${idNumber.slice(14)}`, `${PHONE.slice(0, 3)}%20${PHONE.slice(3, 7)}%20${PHONE.slice(7)}`];
    for (const [i, pattern] of PERSONAL_DATA.entries()) {
      expect(findPersonalData([{ where: 'planted', text: `{"value":"${planted[i]}"}` }], pattern)).toEqual([`planted: ${pattern.name}`]);
    }
  });

  it.each(PERSONAL_DATA)('keeps no whole $name in any table', async (pattern) => {
    expect(findPersonalData(await dump(), pattern)).toEqual([]);
  });
});
