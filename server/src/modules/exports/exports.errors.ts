import { EXPORT_REASON_MIN_LENGTH, JOIN_STATS_MAX_DAYS } from '@unionhub/shared';
import { DomainError, type ErrorKind } from '../../common/domain-error';

export const ExportsErrorCode = {
  ReasonRequired: 'EXPORT_REASON_REQUIRED',
  WholeNotAllowed: 'EXPORT_WHOLE_NOT_ALLOWED',
  BadRange: 'EXPORT_BAD_RANGE',
} as const;
export type ExportsErrorCode = (typeof ExportsErrorCode)[keyof typeof ExportsErrorCode];

const definitions: Record<ExportsErrorCode, [ErrorKind, string]> = {
  EXPORT_REASON_REQUIRED: ['bad-request', `导出完整身份证号和手机号，请写明用途（至少${EXPORT_REASON_MIN_LENGTH}个字），例如“区总工会年度会员实名制核对”`],
  EXPORT_WHOLE_NOT_ALLOWED: ['forbidden', '基层工会不能导出完整身份证号和手机号；请导出脱敏花名册，或请上级工会导出'],
  EXPORT_BAD_RANGE: ['bad-request', `统计日期有误：结束日期不能早于开始日期，且最多${JOIN_STATS_MAX_DAYS}天`],
};

export class ExportsError extends DomainError {
  constructor(code: ExportsErrorCode) {
    const [kind, text] = definitions[code];
    super(code, kind, text);
  }
}
