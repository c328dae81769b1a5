import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimDetail, LoginResponse, ManagedStation, StationReportView } from '@unionhub/shared';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { FileStorage } from '../src/modules/files/file-storage';
import { claimInput, createClaim, enroll, newJoinedMember, newPlan, uploadDocument } from './support/aid-factory';
import {
  holdsSecret,
  JPEG_BASE64,
  jpegDeclaring,
  jpegWithExif,
  jpegWithGpsAfterScan,
  jpegWithGpsInSecondImage,
  jpegWithIccSecret,
  pngChunks,
  pngDeclaring,
  pngWithTextChunks,
} from './support/images';
import { unitIds } from './support/join-factory';
import { insertStations, newStation } from './support/station-factory';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

type Upload = (image: Buffer) => Promise<Response>;

/** The stored file's key from the link an answer carries. */
const keyIn = (link: string): string => /\/api\/files\/([a-f0-9]{32}\.\w+)\?/.exec(link)?.[1] ?? '';

/** The markers of a JPEG's segments before its first scan. */
function jpegMarkers(jpeg: Buffer): number[] {
  const markers: number[] = [];
  for (let pos = 2; pos + 4 <= jpeg.length && jpeg[pos] === 0xff; pos += 2 + jpeg.readUInt16BE(pos + 2)) {
    markers.push(jpeg[pos + 1]);
    if (jpeg[pos + 1] === 0xda) break;
  }
  return markers;
}

/** What every file answer that may carry personal data says about itself. */
const SAFE_FILE = { 'cache-control': 'no-store', 'content-security-policy': "sandbox; default-src 'none'", 'x-content-type-options': 'nosniff' };

const SOI = Buffer.from([0xff, 0xd8, 0xff]);
const countOf = (bytes: Buffer, pattern: Buffer): number => {
  let count = 0;
  for (let at = bytes.indexOf(pattern); at >= 0; at = bytes.indexOf(pattern, at + 1)) count++;
  return count;
};

describe(`one image policy for every upload route (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let storage: FileStorage;
  const filesDir = mkdtempSync(join(tmpdir(), 'unionhub-images-'));
  const routes: Record<string, { upload: Upload; keyOf: (response: Response) => string }> = {};
  let memberCount = 0;

  /** A new member signed in through the fake WeChat login: reports are bounded per member and day. */
  async function freshMember(): Promise<string> {
    const response = await t.http.post('/api/auth/wechat').send({ code: `image-policy-${++memberCount}` }).expect(200);
    return (response.body as LoginResponse).token;
  }

  /** Sends the image on the route and checks the status, showing the answer when it differs. */
  async function send(route: string, image: Buffer, status: number): Promise<Response> {
    const answer = await routes[route].upload(image);
    expect({ status: answer.status, body: answer.status === status ? null : answer.body }).toEqual({ status, body: null });
    return answer;
  }

  async function storedKeys(): Promise<string[]> {
    const keys: string[] = [];
    for await (const file of storage.list()) keys.push(file.key);
    return keys;
  }
  const storedSince = async (before: string[]): Promise<string[]> => (await storedKeys()).filter((key) => !before.includes(key));

  beforeAll(async () => {
    t = await createTestApp({ FILES_DIR: filesDir, RATE_LIMIT_SCALE: '100' });
    storage = t.app.get(FileStorage);
    const units = await unitIds(t);
    const [admin, officer, townOfficer] = [await t.login('admin'), await t.login('officer:BJ-DX-YH'), await t.login('officer:BJ-DX-PGZ')];
    const plan = await newPlan(t, admin);
    const rider = await newJoinedMember(t, officer, units.get('BJ-DX-YH-SH') as string);
    const enrollment = await enroll(t, officer, plan.id, rider.memberNumber);
    const [station] = await insertStations(t.dataSource, [newStation(units.get('BJ-DX-PGZ') as string, { name: '照片规则测试驿站' })]);

    routes['claim document'] = {
      upload: async (image) => {
        const draft = (await createClaim(t, rider.token, claimInput(enrollment.id)).expect(201)).body as ClaimDetail;
        return uploadDocument(t, rider.token, draft.id, 'medical-invoice', image.toString('base64'));
      },
      keyOf: (response) => keyIn((response.body as ClaimDetail).documents[0].url),
    };
    routes['station photo'] = {
      upload: async (image) => {
        const photos = (await t.http.get(`/api/stations/manage/${station}`).set({ authorization: `Bearer ${townOfficer}` }).expect(200)).body as ManagedStation;
        for (let i = photos.photos.length - 1; i >= 0; i--) await t.http.delete(`/api/stations/manage/${station}/photos/${i}`).set({ authorization: `Bearer ${townOfficer}` }).expect(200);
        return t.http.post(`/api/stations/manage/${station}/photos`).set({ authorization: `Bearer ${townOfficer}` }).send({ image: image.toString('base64') });
      },
      keyOf: (response) => keyIn((response.body as ManagedStation).photos[0]),
    };
    routes['station report photo'] = {
      upload: async (image) => {
        const token = await freshMember();
        return t.http.post(`/api/stations/${station}/reports`).set({ authorization: `Bearer ${token}` }).send({ kind: 'closed', photo: image.toString('base64') });
      },
      keyOf: (response) => keyIn((response.body as StationReportView).photoUrl ?? ''),
    };
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const ROUTES = ['claim document', 'station photo', 'station report photo'];
  const hostile: [string, () => Buffer, 'jpeg' | 'png', [number, number]][] = [
    ['a phone JPEG with EXIF, GPS and a comment before the scan', () => jpegWithExif(6), 'jpeg', [32, 48]],
    ['a JPEG with EXIF, GPS, XMP and a comment after the scan data', jpegWithGpsAfterScan, 'jpeg', [48, 32]],
    ['a JPEG with a second embedded image (MPF) that carries GPS', jpegWithGpsInSecondImage, 'jpeg', [48, 32]],
    ['a JPEG whose ICC profile hides text', jpegWithIccSecret, 'jpeg', [48, 32]],
    ['a PNG with text, compressed text, XMP and EXIF chunks after the pixels', pngWithTextChunks, 'png', [48, 32]],
  ];
  const cases = ROUTES.flatMap((route) => hostile.map(([name, image, format, size]) => [route, name, image, format, size] as const));

  it.each(cases)('%s: re-encodes %s and keeps no metadata of any kind', async (route, _name, image, format, [width, height]) => {
    const sent = image();
    expect(holdsSecret(sent)).toBe(true);

    const answer = await send(route, sent, 201);
    const stored = await storage.get(routes[route].keyOf(answer));

    const bytes = stored?.bytes as Buffer;
    expect(stored?.contentType).toBe(`image/${format}`);
    expect(holdsSecret(bytes)).toBe(false);
    expect(bytes.includes('Exif\0', 0, 'latin1') || bytes.includes('ns.adobe.com', 0, 'latin1') || bytes.includes('MPF\0', 0, 'latin1')).toBe(false);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format, width, height });
    expect([meta.exif, meta.xmp, meta.icc, meta.iptc, meta.comments]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    if (format === 'jpeg') {
      expect(countOf(bytes, SOI)).toBe(1);
      expect(jpegMarkers(bytes).filter((marker) => (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe)).toEqual([]);
      expect(bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    } else {
      // pHYs, the pixel density the encoder always writes, is the one ancillary chunk allowed.
      expect(pngChunks(bytes).map(([type]) => type).filter((type) => !['IHDR', 'PLTE', 'tRNS', 'IDAT', 'pHYs', 'IEND'].includes(type))).toEqual([]);
    }
  });

  it.each(ROUTES)('%s: refuses a 1.9 KB PNG that declares 30000×30000 pixels, and a JPEG that declares 65000×65000, storing nothing', async (route) => {
    const before = await storedKeys();
    for (const image of [pngDeclaring(30_000, 30_000), jpegDeclaring(65_000, 65_000)]) {
      expect(image.length).toBeLessThan(2200);
      const refused = await send(route, image, 400);
      expect(refused.body).toMatchObject({ code: 'FILE_TOO_MANY_PIXELS', message: expect.stringContaining('请') });
    }
    expect(await storedSince(before)).toEqual([]);
  });

  it.each(ROUTES)('%s: refuses a broken image, a GIF and an image over 5 MB with a clear reason', async (route) => {
    const before = await storedKeys();
    const jpeg = Buffer.from(JPEG_BASE64, 'base64');
    const broken = await send(route, jpeg.subarray(0, 400), 400);
    expect(broken.body).toMatchObject({ code: 'FILE_CORRUPT', message: expect.stringContaining('请') });
    const gif = await send(route, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 400);
    expect(gif.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const oversized = await send(route, Buffer.concat([jpeg, Buffer.alloc(5 * 1024 * 1024 - jpeg.length + 10)]), 400);
    expect(oversized.body).toMatchObject({ code: 'FILE_TOO_LARGE', details: { maxBytes: 5 * 1024 * 1024 } });
    expect(await storedSince(before)).toEqual([]);
  });

  it.each(ROUTES)('%s: is served inline but sandboxed, never sniffed and never cached', async (route) => {
    const answer = await send(route, Buffer.from(JPEG_BASE64, 'base64'), 201);
    const link = /\/api\/files\/[^"]+/.exec(JSON.stringify(answer.body))?.[0] as string;
    const served = await t.http.get(link).buffer(true).expect(200);
    expect(served.headers).toMatchObject({ 'content-type': 'image/jpeg', 'content-disposition': 'inline', ...SAFE_FILE });
    expect((served.body as Buffer).equals((await storage.get(keyIn(link)))?.bytes as Buffer)).toBe(true);
  });

  it('sends a claim PDF only as a download, sandboxed, never sniffed and never cached', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\ntrailer<<>>\n%%EOF\n');
    const answer = await send('claim document', pdf, 201);
    const link = (answer.body as ClaimDetail).documents[0].url;
    const served = await t.http.get(link).buffer(true).expect(200);
    expect(served.headers).toMatchObject({ 'content-type': 'application/pdf', 'content-disposition': expect.stringMatching(/^attachment; filename="[a-f0-9]{32}\.pdf"/), ...SAFE_FILE });
    expect((served.body as Buffer).equals(pdf)).toBe(true);
  });
});
