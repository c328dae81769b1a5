import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ClaimDetail } from '@unionhub/shared';
import { createConnection } from 'mysql2/promise';
import { ClaimsRepository } from '../../src/modules/aid/claims/claims.repository';
import { FileStorage } from '../../src/modules/files/file-storage';
import { OrphanFileSweeper } from '../../src/modules/files/orphan-file-sweeper';
import { ChangeFeedService } from '../../src/modules/sync/changes/change-feed.service';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan, uploadDocument } from '../support/aid-factory';
import { JPEG_BASE64 } from '../support/images';
import { unitIds } from '../support/join-factory';
import { type PrivateMariaDb, startPrivateMariaDb } from '../support/private-mariadb';
import { createTestApp, type TestApp } from '../support/test-app';

const crash = () => new Error('simulated crash');

describe('a crash between writing a claim and writing its files or its change-feed entry', () => {
  let db: PrivateMariaDb;
  let t: TestApp;
  let storage: FileStorage;
  let token: string;
  let enrollmentId: string;
  const dir = mkdtempSync(join(tmpdir(), 'unionhub-claim-files-'));
  /** Uploads that were answered 201: each must keep its document row and its file. */
  const acknowledgedUploads: { claimId: string; kind: string }[] = [];

  const query = async <T>(sql: string): Promise<T[]> => {
    const connection = await createConnection(db.url.replace(/^mariadb:/, 'mysql:'));
    const [rows] = await connection.query(sql);
    await connection.end();
    return rows as T[];
  };
  const storedKeys = async (): Promise<string[]> => {
    const keys: string[] = [];
    for await (const file of storage.list()) keys.push(file.key);
    return keys.sort();
  };
  const newDraft = async (key = randomUUID()) => (await createClaim(t, token, claimInput(enrollmentId), key).expect(201)).body as ClaimDetail;
  const upload = async (claimId: string, kind = 'medical-invoice') => {
    const response = await uploadDocument(t, token, claimId, kind, JPEG_BASE64);
    if (response.status === 201) acknowledgedUploads.push({ claimId, kind });
    return response;
  };
  const waitUntilHealthy = async () => {
    for (let i = 0; i < 60; i++) {
      if ((await t.http.get('/api/health')).status === 200) return true;
      await new Promise((r) => setTimeout(r, 500));
    }
    return false;
  };

  beforeAll(async () => {
    db = await startPrivateMariaDb();
    t = await createTestApp({ DATABASE_URL: db.url, FILES_DIR: dir });
    storage = t.app.get(FileStorage);
    const townId = (await unitIds(t)).get('BJ-DX-PGZ') as string;
    const admin = await t.login('admin');
    const officer = await t.login('officer:BJ-DX-PGZ');
    const member = await newJoinedMember(t, officer, townId);
    token = member.token;
    enrollmentId = (await enroll(t, officer, (await newPlan(t, admin)).id, member.memberNumber)).id;
  }, 120000);
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes no claim when its change-feed entry fails, and the retry with the same key creates it once', async () => {
    const before = (await query<{ n: number }>('SELECT COUNT(*) AS n FROM aid_claim'))[0].n;
    jest.spyOn(t.app.get(ChangeFeedService), 'record').mockRejectedValueOnce(crash());
    const key = randomUUID();
    const body = claimInput(enrollmentId);
    const failed = await createClaim(t, token, body, key);
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ code: 'INTERNAL_ERROR', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect((await query<{ n: number }>('SELECT COUNT(*) AS n FROM aid_claim'))[0].n).toBe(before);
    const retried = await createClaim(t, token, body, key).expect(201);
    expect((await query<{ n: number }>('SELECT COUNT(*) AS n FROM aid_claim'))[0].n).toBe(before + 1);
    expect(await query(`SELECT pos FROM change_event WHERE subjectId = '${(retried.body as ClaimDetail).id}'`)).toHaveLength(1);
  });

  it('keeps no document row and no file when the storage fails', async () => {
    const claim = await newDraft();
    const files = await storedKeys();
    jest.spyOn(storage, 'put').mockRejectedValueOnce(crash());
    expect((await upload(claim.id)).status).toBe(500);
    expect(await query(`SELECT id FROM aid_claim_document WHERE claimId = '${claim.id}'`)).toEqual([]);
    expect(await storedKeys()).toEqual(files);
    expect((await upload(claim.id)).status).toBe(201);
  });

  it('removes the stored file when the database dies inside the document transaction, and recovers', async () => {
    const claim = await newDraft();
    const files = await storedKeys();
    const repository = t.app.get(ClaimsRepository);
    const insert = repository.insertDocument.bind(repository);
    jest.spyOn(repository, 'insertDocument').mockImplementationOnce(async (...args) => {
      await db.kill();
      return insert(...args);
    });
    const answer = await upload(claim.id).finally(() => db.start());
    expect(answer.status).toBe(503);
    expect(await storedKeys()).toEqual(files);
    expect(await waitUntilHealthy()).toBe(true);
    expect(await query(`SELECT id FROM aid_claim_document WHERE claimId = '${claim.id}'`)).toEqual([]);
    expect((await upload(claim.id)).status).toBe(201);
  }, 60000);

  it('rolls a claim and its feed entry back together when the database dies inside their transaction', async () => {
    const count = async () => (await query<{ n: number }>('SELECT COUNT(*) AS n FROM aid_claim'))[0].n;
    const events = async () => (await query<{ n: number }>("SELECT COUNT(*) AS n FROM change_event WHERE type = 'claim'"))[0].n;
    const [claimsBefore, eventsBefore] = [await count(), await events()];
    const feed = t.app.get(ChangeFeedService);
    const record = feed.record.bind(feed);
    jest.spyOn(feed, 'record').mockImplementationOnce(async (manager, change) => {
      await record(manager, change);
      // The transaction is still open: the kill takes the claim and its event down together.
      await db.kill();
    });
    const answer = await createClaim(t, token, claimInput(enrollmentId)).then((r) => r, (e: unknown) => e).finally(() => db.start());
    expect((answer as { status?: number }).status).toBe(503);
    expect(await waitUntilHealthy()).toBe(true);
    expect([await count(), await events()]).toEqual([claimsBefore, eventsBefore]);
  }, 60000);

  it('leaves an orphan only when the process dies between the file and its row, and the sweep removes it', async () => {
    const claim = await newDraft();
    const files = await storedKeys();
    // Dying before the row is written and before the undo runs: the file stays behind.
    jest.spyOn(t.app.get(ClaimsRepository), 'insertDocument').mockRejectedValueOnce(crash());
    jest.spyOn(storage, 'delete').mockRejectedValueOnce(crash());
    expect((await upload(claim.id)).status).toBe(500);
    const orphans = (await storedKeys()).filter((k) => !files.includes(k));
    expect(orphans).toHaveLength(1);
    jest.restoreAllMocks();
    const deleted = await t.app.get(OrphanFileSweeper).sweep(new Date(Date.now() + 24 * 60 * 60_000));
    expect(deleted).toEqual(orphans);
    expect(await storedKeys()).toEqual(files);
  });

  it('ends with every claim in the feed, every acknowledged document kept, and every file referenced', async () => {
    // The sequencer's timer numbers events whose writer died between commit and numbering.
    let unnumbered = -1;
    for (let i = 0; i < 20 && unnumbered !== 0; i++) {
      unnumbered = (await query<{ n: number }>('SELECT COUNT(*) AS n FROM change_event WHERE seq IS NULL'))[0].n;
      if (unnumbered !== 0) await new Promise((r) => setTimeout(r, 250));
    }
    expect(unnumbered).toBe(0);
    const claimsWithoutEvent = await query<{ id: string }>(
      "SELECT c.id FROM aid_claim c LEFT JOIN change_event e ON e.subjectId = c.id AND e.type = 'claim' AND e.action = 'created' WHERE e.pos IS NULL",
    );
    expect(claimsWithoutEvent).toEqual([]);
    const documents = await query<{ claimId: string; kind: string; fileKey: string }>('SELECT claimId, kind, fileKey FROM aid_claim_document');
    expect(acknowledgedUploads.filter((u) => !documents.some((d) => d.claimId === u.claimId && d.kind === u.kind))).toEqual([]);
    const stored = await storedKeys();
    expect(documents.map((d) => d.fileKey).filter((key) => !stored.includes(key))).toEqual([]);
    expect(stored.filter((key) => !documents.some((d) => d.fileKey === key))).toEqual([]);
  });
});
