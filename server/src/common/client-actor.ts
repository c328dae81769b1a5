import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SyncPermission } from '@unionhub/shared';
import type { FastifyRequest } from 'fastify';
import { CommonError } from './common.errors';

/** The API client (officer tool) the access guard authenticated, with its scope. */
export interface ClientActor {
  clientId: string;
  unitId: string;
  unitPath: string;
  permissions: SyncPermission[];
  ip: string;
}

export type RequestWithClient = FastifyRequest & { apiClient?: ClientActor };

/** The calling API client; the route's access policy must be `Access.client(...)`. */
export const CurrentClient = createParamDecorator((_: unknown, context: ExecutionContext): ClientActor => {
  const client = context.switchToHttp().getRequest<RequestWithClient>().apiClient;
  if (!client) throw CommonError.unauthorized();
  return client;
});
