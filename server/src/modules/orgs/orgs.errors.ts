import { DomainError, type ErrorKind } from '../../common/domain-error';

export const OrgsErrorCode = {
  NotFound: 'ORG_NOT_FOUND',
  OutOfScope: 'ORG_OUT_OF_SCOPE',
  CodeTaken: 'ORG_CODE_TAKEN',
  LevelNotAllowed: 'ORG_LEVEL_NOT_ALLOWED',
} as const;
export type OrgsErrorCode = (typeof OrgsErrorCode)[keyof typeof OrgsErrorCode];

const definitions: Record<OrgsErrorCode, [ErrorKind, string]> = {
  ORG_NOT_FOUND: ['not-found', '找不到这个工会组织，请刷新后再试'],
  ORG_OUT_OF_SCOPE: ['forbidden', '这个工会组织不在您的管辖范围内'],
  ORG_CODE_TAKEN: ['conflict', '组织代码已被使用，请换一个'],
  ORG_LEVEL_NOT_ALLOWED: ['bad-request', '不能在这一级下面建立该级别的组织'],
};

export class OrgsError extends DomainError {
  constructor(code: OrgsErrorCode) {
    const [kind, message] = definitions[code];
    super(code, kind, message);
  }
}
