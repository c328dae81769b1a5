import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3Storage } from './s3.storage';

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
}

/** A tiny S3 look-alike on 127.0.0.1: keeps objects in memory and records every request. */
function s3Stub(): Promise<{ server: Server; url: string; requests: Recorded[] }> {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const requests: Recorded[] = [];
  const read = (req: IncomingMessage) => new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'] });
    const body = await read(req);
    if (req.method === 'PUT') {
      objects.set(path, { body, type: req.headers['content-type'] ?? '' });
      res.writeHead(200, { ETag: '"1"' }).end();
    } else if (req.method === 'GET' && (req.url ?? '').includes('list-type=2')) {
      // ListObjectsV2, one object per page so that paging is exercised.
      const bucket = path.replace(/\/$/, '');
      const token = new URL(req.url ?? '', 'http://stub').searchParams.get('continuation-token');
      const keys = [...objects.keys()].filter((k) => k.startsWith(`${bucket}/`)).sort();
      const index = token ? keys.indexOf(token) + 1 : 0;
      const key = keys[index];
      const more = index + 1 < keys.length;
      const contents = key ? `<Contents><Key>${key.slice(bucket.length + 1)}</Key><LastModified>2026-11-20T08:00:00.000Z</LastModified><Size>1</Size></Contents>` : '';
      res.writeHead(200, { 'Content-Type': 'application/xml' }).end(
        `<?xml version="1.0"?><ListBucketResult><Name>${bucket.slice(1)}</Name><KeyCount>${key ? 1 : 0}</KeyCount><IsTruncated>${more}</IsTruncated>${more ? `<NextContinuationToken>${key}</NextContinuationToken>` : ''}${contents}</ListBucketResult>`,
      );
    } else if (req.method === 'GET') {
      const object = objects.get(path);
      if (!object) {
        res.writeHead(404, { 'Content-Type': 'application/xml' }).end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>none</Message></Error>');
        return;
      }
      res.writeHead(200, { 'Content-Type': object.type, 'Content-Length': object.body.length }).end(object.body);
    } else if (req.method === 'DELETE') {
      objects.delete(path);
      res.writeHead(204).end();
    } else res.writeHead(405).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests })));
}

describe('S3 storage against a local stub', () => {
  let stub: Awaited<ReturnType<typeof s3Stub>>;
  let storage: S3Storage;

  beforeAll(async () => {
    stub = await s3Stub();
    storage = new S3Storage({ endpoint: stub.url, bucket: 'claims', region: 'ap-beijing', accessKeyId: 'AKTEST', secretAccessKey: 'secret-test' });
  });
  afterAll(() => new Promise<void>((resolve) => stub.server.close(() => resolve())));

  it('puts and gets an object by path-style URL with a signed request', async () => {
    const key = `${'ab'.repeat(16)}.pdf`;
    await storage.put(key, Buffer.from('%PDF-1.4 test %%EOF'), 'application/pdf');
    const file = await storage.get(key);
    expect(file).toEqual({ bytes: Buffer.from('%PDF-1.4 test %%EOF'), contentType: 'application/pdf' });
    const put = stub.requests.find((r) => r.method === 'PUT');
    expect(put).toMatchObject({ url: expect.stringMatching(new RegExp(`^/claims/${key}`)), contentType: 'application/pdf' });
    expect(put?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKTEST\/\d{8}\/ap-beijing\/s3\/aws4_request/);
  });

  it('answers null for a missing key and deletes', async () => {
    expect(await storage.get(`${'cd'.repeat(16)}.jpg`)).toBeNull();
    const key = `${'ef'.repeat(16)}.png`;
    await storage.put(key, Buffer.from('x'), 'image/png');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
  });

  it('lists every object with its modification time, page after page', async () => {
    const keys = [`${'aa'.repeat(16)}.jpg`, `${'bb'.repeat(16)}.png`];
    for (const key of keys) await storage.put(key, Buffer.from('x'), 'image/jpeg');
    const listed: { key: string; modifiedAt: Date }[] = [];
    for await (const file of storage.list()) listed.push(file);
    expect(listed.map((f) => f.key)).toEqual(expect.arrayContaining(keys));
    expect(listed.every((f) => f.modifiedAt.toISOString() === '2026-11-20T08:00:00.000Z')).toBe(true);
    expect(stub.requests.filter((r) => r.url.includes('list-type=2')).length).toBe(listed.length);
  });

  it('presigns a short-lived GET that the stub serves without other credentials', async () => {
    const key = `${'12'.repeat(16)}.jpg`;
    await storage.put(key, Buffer.from('jpeg-bytes'), 'image/jpeg');
    const url = new URL(await storage.presign(key, 300));
    expect(url.pathname).toBe(`/claims/${key}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    const response = await fetch(url);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('jpeg-bytes');
  });
});
