import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { IdempotencyError, IdempotencyErrorCode } from './idempotency.errors';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** A UUID, or any 16 to 64 URL-safe characters the client generated. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** The `Idempotency-Key` header; a route that takes it refuses a request without one. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers[IDEMPOTENCY_HEADER];
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) throw new IdempotencyError(IdempotencyErrorCode.KeyMissing);
  return value;
});
