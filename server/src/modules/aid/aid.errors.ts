import { DomainError, type ErrorKind } from '../../common/domain-error';

export const AidErrorCode = {
  IllegalTransition: 'CLAIM_ILLEGAL_TRANSITION',
  AmountOverRule: 'CLAIM_AMOUNT_OVER_RULE',
} as const;
export type AidErrorCode = (typeof AidErrorCode)[keyof typeof AidErrorCode];

const definitions: Record<AidErrorCode, [ErrorKind, string]> = {
  CLAIM_ILLEGAL_TRANSITION: ['conflict', '理赔申请的状态已变化，不能进行这一步，请刷新后再看'],
  CLAIM_AMOUNT_OVER_RULE: ['bad-request', '核定金额超过了这个保障项目的赔付上限，请按建议金额核定'],
};

export class AidError extends DomainError {
  constructor(code: AidErrorCode, details?: Record<string, unknown>) {
    const [kind, message] = definitions[code];
    super(code, kind, message, details);
  }
}
