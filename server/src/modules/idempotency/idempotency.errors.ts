import { DomainError, type ErrorKind } from '../../common/domain-error';

export const IdempotencyErrorCode = {
  KeyMissing: 'IDEMPOTENCY_KEY_MISSING',
  KeyReused: 'IDEMPOTENCY_KEY_REUSED',
  InProgress: 'IDEMPOTENCY_IN_PROGRESS',
} as const;
export type IdempotencyErrorCode = (typeof IdempotencyErrorCode)[keyof typeof IdempotencyErrorCode];

const definitions: Record<IdempotencyErrorCode, [ErrorKind, string]> = {
  IDEMPOTENCY_KEY_MISSING: ['bad-request', '提交缺少防重复标识，请更新小程序后再试'],
  IDEMPOTENCY_KEY_REUSED: ['conflict', '这次提交的内容和上一次不同，请返回重新提交'],
  IDEMPOTENCY_IN_PROGRESS: ['conflict', '上一次提交还在处理中，请稍等几秒再点提交'],
};

export class IdempotencyError extends DomainError {
  constructor(code: IdempotencyErrorCode) {
    const [kind, message] = definitions[code];
    super(code, kind, message);
  }
}
