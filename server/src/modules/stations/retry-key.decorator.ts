import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CommonError } from '../../common/common.errors';

/** A UUID, or any 16 to 64 URL-safe characters the client generated. */
const KEY = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The optional `Idempotency-Key` header of a member's write: with it, a retry after a lost answer
 * gets the first result; without it, the write simply runs.
 */
export const RetryKey = createParamDecorator((_: unknown, context: ExecutionContext): string | null => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !KEY.test(value)) {
    throw CommonError.validation([{ field: 'Idempotency-Key', message: '请求编号格式不对，请更新小程序后再试' }]);
  }
  return value;
});
