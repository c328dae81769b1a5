import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimDetail, ManagedStation, StationReportView } from '@unionhub/shared';
import { FileStorage } from '../src/modules/files/file-storage';
import { OrphanFileSweeper } from '../src/modules/files/orphan-file-sweeper';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan, uploadDocument } from './support/aid-factory';
import { JPEG_BASE64 } from './support/images';
import { bearer, unitIds } from './support/join-factory';
import { stationInput } from './support/sync-factory';
import { createTestApp, type TestApp } from './support/test-app';

const MINUTE = 60_000;

/** A file as a crashed upload leaves it: in storage, with no row referring to it. */
async function strandFile(storage: FileStorage, name: string): Promise<string> {
  const key = `${name.padEnd(32, '0')}.jpg`;
  await storage.put(key, Buffer.from(JPEG_BASE64, 'base64'), 'image/jpeg');
  return key;
}

async function storedKeys(storage: FileStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const file of storage.list()) keys.push(file.key);
  return keys.sort();
}

describe('the orphaned-file sweep', () => {
  let t: TestApp;
  let storage: FileStorage;
  let sweeper: OrphanFileSweeper;
  const dir = mkdtempSync(join(tmpdir(), 'unionhub-files-'));
  const inUse: string[] = [];

  beforeAll(async () => {
    // A directory of its own: the sweep must never see another suite's files.
    t = await createTestApp({ FILES_DIR: dir, FILES_ORPHAN_MINUTES: '30' });
    storage = t.app.get(FileStorage);
    sweeper = t.app.get(OrphanFileSweeper);
    const townId = (await unitIds(t)).get('BJ-DX-PGZ') as string;
    const admin = await t.login('admin');
    const officer = await t.login('officer:BJ-DX-PGZ');
    const member = await newJoinedMember(t, officer, townId);
    const enrollment = await enroll(t, officer, (await newPlan(t, admin)).id, member.memberNumber);
    const claim = (await createClaim(t, member.token, claimInput(enrollment.id)).expect(201)).body as ClaimDetail;
    await uploadDocument(t, member.token, claim.id, 'medical-invoice', JPEG_BASE64).expect(201);
    const station = (await t.http.post('/api/stations/manage').set(bearer(officer)).send(stationInput(townId)).expect(201)).body as ManagedStation;
    await t.http.post(`/api/stations/manage/${station.id}/photos`).set(bearer(officer)).send({ image: JPEG_BASE64 }).expect(201);
    const report = await t.http.post(`/api/stations/${station.id}/reports`).set(bearer(member.token)).send({ kind: 'closed', photo: JPEG_BASE64 }).expect(201);
    expect((report.body as StationReportView).photoUrl).toBeTruthy();
    inUse.push(...(await storedKeys(storage)));
  }, 60000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a claim document, a station photo and a report photo in storage', () => {
    expect(inUse).toHaveLength(3);
  });

  it('leaves a fresh unreferenced file alone: its upload may still be writing its row', async () => {
    const fresh = await strandFile(storage, 'a1');
    expect(await sweeper.sweep(new Date(Date.now() + 10 * MINUTE))).toEqual([]);
    expect(await storedKeys(storage)).toContain(fresh);
  });

  it('deletes unreferenced files older than FILES_ORPHAN_MINUTES and keeps every referenced one', async () => {
    const orphan = await strandFile(storage, 'b2');
    const deleted = await sweeper.sweep(new Date(Date.now() + 31 * MINUTE));
    expect(deleted.sort()).toEqual([`${'a1'.padEnd(32, '0')}.jpg`, orphan].sort());
    expect(await storedKeys(storage)).toEqual(inUse);
  });

  it('keeps referenced files however old they are', async () => {
    expect(await sweeper.sweep(new Date(Date.now() + 365 * 24 * 60 * MINUTE))).toEqual([]);
    expect(await storedKeys(storage)).toEqual(inUse);
  });
});
