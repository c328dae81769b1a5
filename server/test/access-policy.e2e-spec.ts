import { routesOf } from './support/app-routes';
import { createTestApp, type TestApp } from './support/test-app';

describe('access policies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finds the routes of the application', () => {
    const routes = routesOf(t).map((r) => r.route);
    expect(routes).toEqual(expect.arrayContaining(['POST /api/auth/wechat', 'GET /api/orgs/tree', 'GET /api/health']));
  });

  it('has every route declare who may call it', () => {
    const missing = routesOf(t).filter((r) => !r.policy).map((r) => r.route);
    expect(missing).toEqual([]);
  });
});
