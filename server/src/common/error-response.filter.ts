import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { type ApiError, CommonErrorCode } from '@unionhub/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { commonMessage } from './common.errors';
import { DomainError, type ErrorKind } from './domain-error';

function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'bad-request':
      return HttpStatus.BAD_REQUEST;
    case 'unauthorized':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not-found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'rate-limited':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'upstream':
      return HttpStatus.BAD_GATEWAY;
  }
}

/** Framework errors (unknown route, body too large, bad JSON) keep their status with our shape. */
function fromHttpException(error: HttpException): [number, ApiError] {
  const status = error.getStatus();
  const code =
    status === 404 ? CommonErrorCode.NotFound
    : status === 401 ? CommonErrorCode.Unauthorized
    : status === 403 ? CommonErrorCode.Forbidden
    : status === 409 ? CommonErrorCode.Conflict
    : status === 429 ? CommonErrorCode.RateLimited
    : status === 413 ? 'PAYLOAD_TOO_LARGE'
    : status < 500 ? CommonErrorCode.ValidationFailed
    : CommonErrorCode.Internal;
  const message =
    code === 'PAYLOAD_TOO_LARGE' ? '提交的内容太大，请减少后再试'
    : code === CommonErrorCode.ValidationFailed ? '请求格式不正确，请更新小程序后再试'
    : commonMessage(code);
  return [status, { code, message }];
}

/** Fastify's own errors (e.g. malformed JSON, body limit) carry a statusCode but are not HttpExceptions. */
function fromFastifyError(error: Error & { statusCode?: number }): [number, ApiError] | null {
  const status = error.statusCode;
  if (!status || status < 400 || status >= 500) return null;
  return fromHttpException(new HttpException(error.message, status));
}

/** Errors that mean the database is unreachable, from mysql2 directly or wrapped by TypeORM. */
const DATABASE_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST', 'ER_CON_COUNT_ERROR', 'ER_SERVER_SHUTDOWN']);

/**
 * mysql2 marks an error `fatal` when the connection is gone; a query sent on a connection that died
 * mid-transaction fails with "Can't add new command when connection is in closed state" and no code.
 */
function isDatabaseDown(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, fatal, driverError } = error as { code?: unknown; fatal?: unknown; driverError?: { code?: unknown; fatal?: unknown } };
  return DATABASE_DOWN.has(String(code)) || DATABASE_DOWN.has(String(driverError?.code)) || fatal === true || driverError?.fatal === true;
}

/** Seconds from the error's details when it names them, else a minute. */
function retryAfterOf(body: ApiError): number {
  const seconds = Number((body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
}

@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const [status, body] = this.toResponse(error, request.id);
    // Every 429 says when to come back (RFC 9110), whether the throttler or a domain rule refused it.
    if (status === HttpStatus.TOO_MANY_REQUESTS && !reply.hasHeader('retry-after')) void reply.header('retry-after', String(retryAfterOf(body)));
    void reply.status(status).send(body);
  }

  private toResponse(error: unknown, requestId: string): [number, ApiError] {
    if (error instanceof DomainError) {
      const body: ApiError = { code: error.code, message: error.message };
      if (error.details) body.details = error.details;
      return [statusOf(error.kind), body];
    }
    if (error instanceof HttpException) return fromHttpException(error);
    const fastify = error instanceof Error ? fromFastifyError(error) : null;
    if (fastify) return fastify;
    if (isDatabaseDown(error)) {
      this.logger.warn({ msg: 'database unreachable', requestId });
      return [HttpStatus.SERVICE_UNAVAILABLE, { code: CommonErrorCode.ServiceUnavailable, message: commonMessage(CommonErrorCode.ServiceUnavailable) }];
    }
    this.logger.error({ msg: 'unhandled error', requestId, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    return [HttpStatus.INTERNAL_SERVER_ERROR, { code: CommonErrorCode.Internal, message: commonMessage(CommonErrorCode.Internal) }];
  }
}
