import { newH5Build, type H5Build } from './support/h5-build';
import { createTestApp, type TestApp } from './support/test-app';

const binary = (res: { on: (e: string, f: (c: Buffer) => void) => void }, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the H5 build served at /', () => {
  let t: TestApp;
  let build: H5Build;
  beforeAll(async () => {
    build = newH5Build();
    t = await createTestApp({ H5_DIR: build.dir });
  });
  afterAll(async () => {
    await t.close();
    build.remove();
  });

  it('has every load check index.html, so a new build reaches phones at once', async () => {
    for (const path of ['/', '/index.html']) {
      const response = await t.http.get(path).expect(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('/js/app.bf3e280c.js');
    }
  });

  it('lets a phone keep hashed files for a year, sent precompressed', async () => {
    // supertest decodes br and gzip itself: the header says what came over the wire.
    const brotli = await t.http.get('/js/app.bf3e280c.js').set('accept-encoding', 'br, gzip').buffer(true).parse(binary).expect(200);
    expect(brotli.headers).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', 'content-encoding': 'br', vary: expect.stringMatching(/accept-encoding/i) });
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect((brotli.body as Buffer).toString()).toBe(build.script);
    const gzip = await t.http.get('/js/app.bf3e280c.js').set('accept-encoding', 'gzip').expect(200);
    expect(gzip.headers).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', 'content-encoding': 'gzip' });
    expect(gzip.text).toBe(build.script);
    const plain = await t.http.get('/js/app.bf3e280c.js').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates files without a hash in their name', async () => {
    const image = await t.http.get('/static/images/home.png').expect(200);
    expect(image.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing file with 404 and leaves the API to its own caching', async () => {
    await t.http.get('/js/app.00000000.js').expect(404);
    const health = await t.http.get('/api/health').expect(200);
    expect(health.headers['cache-control'] ?? '').not.toMatch(/immutable/);
  });
});
