import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from '../../src/common/access.decorator';
import type { TestApp } from './test-app';

export interface AppRoute {
  /** `POST /api/me/claims/:id/submit`: the key of the per-route tables. */
  route: string;
  method: string;
  path: string;
  policy: AccessPolicy | undefined;
  /** The path parameters, in order. */
  params: string[];
  /** The class of the `@Body()` argument, or null when the handler reads no body. */
  body: (new () => object) | null;
  /** The class of the `@Query()` argument, or null. */
  query: (new () => object) | null;
}

/** The class of a `@Body()` or `@Query()` argument, from Nest's argument metadata and the emitted parameter types. */
function argumentTypeOf(kind: RouteParamtypes, metatype: object, prototype: object, name: string): (new () => object) | null {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<string, { index: number }>;
  const key = Object.keys(args).find((k) => k.split(':')[0] === String(kind));
  if (!key) return null;
  const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as (new () => object)[];
  return types[args[key].index] ?? null;
}

/** Every route of the running application, read from Nest's own registry, with its access policy. */
export function routesOf(t: TestApp): AppRoute[] {
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
      const policy = (Reflect.getMetadata(ACCESS_POLICY, handler) ?? Reflect.getMetadata(ACCESS_POLICY, metatype)) as AccessPolicy | undefined;
      const fullPath = `/api/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
      const params = [...fullPath.matchAll(/:(\w+)/g)].map((m) => m[1]);
      return [{
        route: `${method} ${fullPath}`,
        method,
        path: fullPath,
        policy,
        params,
        body: argumentTypeOf(RouteParamtypes.BODY, metatype, prototype, name),
        query: argumentTypeOf(RouteParamtypes.QUERY, metatype, prototype, name),
      }];
    });
  });
}
