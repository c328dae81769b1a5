import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DomainError } from './domain-error';
import { ErrorResponseFilter } from './error-response.filter';

function hostCapturing(): { host: ArgumentsHost; sent: { status?: number; body?: unknown } } {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ id: 'req-7' }), getResponse: () => reply }) } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('ErrorResponseFilter', () => {
  it('answers a domain error with its status, code and message', () => {
    const { host, sent } = hostCapturing();
    new ErrorResponseFilter().catch(new DomainError('ORG_OUT_OF_SCOPE', 'forbidden', '不在管辖范围内'), host);
    expect(sent).toEqual({ status: 403, body: { code: 'ORG_OUT_OF_SCOPE', message: '不在管辖范围内' } });
  });

  it('answers an unexpected error with a plain 500 and logs it with the request id', () => {
    const { host, sent } = hostCapturing();
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    new ErrorResponseFilter().catch(new Error("ER_NO_SUCH_TABLE: Table 'x' doesn't exist at Query.sql"), host);
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({ code: 'INTERNAL_ERROR', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(JSON.stringify(logged.mock.calls)).toContain('req-7');
    logged.mockRestore();
  });

  it('answers 503 when the database connection died under a query, even without an error code', () => {
    const { host, sent } = hostCapturing();
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const closed = Object.assign(new Error("Can't add new command when connection is in closed state"), { fatal: true });
    new ErrorResponseFilter().catch(Object.assign(new Error('QueryFailedError'), { driverError: closed }), host);
    expect(sent).toEqual({ status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
    warned.mockRestore();
  });
});
