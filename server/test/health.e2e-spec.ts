import { createTestApp, type TestApp } from './support/test-app';

describe('health, errors and the API document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database as up', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', nearbyIndex: expect.stringMatching(/^(ready|loading)$/) });
  });

  it('answers an unknown route with the error shape and a Chinese message', async () => {
    const response = await t.http.get('/api/no-such-route').expect(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('answers malformed JSON with 400 and no parser internals', async () => {
    const response = await t.http.post('/api/auth/wechat').set('content-type', 'application/json').send('{"code":').expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/Unexpected|JSON at position|stack/i);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await t.http.post('/api/auth/wechat').send({ code: 'x'.repeat(300 * 1024) }).expect(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
    });
  });

  it('publishes an OpenAPI document listing the endpoints', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    const paths = Object.keys(response.body.paths as Record<string, unknown>);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/wechat', '/api/auth/me', '/api/auth/dev-login', '/api/orgs/tree', '/api/orgs/{unitId}', '/api/orgs/{unitId}/children']),
    );
    await t.http.get('/api/docs').expect(200).expect('content-type', /html/);
  });
});

describe('CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: 'https://officer-tool.example.cn' });
  });
  afterAll(() => t.close());

  it('allows only the configured origins', async () => {
    const allowed = await t.http.get('/api/health').set('origin', 'https://officer-tool.example.cn').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://officer-tool.example.cn');
    const other = await t.http.get('/api/health').set('origin', 'https://evil.example.com').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
