import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY } from '../src/common/access.decorator';
import { createTestApp, type TestApp } from './support/test-app';

interface Route {
  route: string;
  policy: unknown;
}

/** Every route of the running application, read from Nest's own registry, with its access policy. */
function routesOf(t: TestApp): Route[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  return discovery.getControllers().flatMap(({ instance, metatype }) => {
    if (!instance || !metatype) return [];
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const policy = Reflect.getMetadata(ACCESS_POLICY, handler) ?? Reflect.getMetadata(ACCESS_POLICY, metatype);
      return [{ route: `${method} /api/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, ''), policy }];
    });
  });
}

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
