import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@unionhub/shared';
import type { FastifyRequest } from 'fastify';
import { CommonError } from './common.errors';

/** The signed-in caller as the access guard found it, with the address the request came from. */
export interface Actor {
  userId: string;
  role: Role;
  /** The unit an officer or admin acts for; null for members. */
  orgUnitId: string | null;
  ip: string;
}

export type RequestWithActor = FastifyRequest & { actor?: Actor };

/** The signed-in caller; the route's access policy must require sign-in. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw CommonError.unauthorized();
  return actor;
});
