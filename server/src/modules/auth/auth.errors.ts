import { DomainError, type ErrorKind } from '../../common/domain-error';

export const AuthErrorCode = {
  TokenInvalid: 'AUTH_TOKEN_INVALID',
  UnknownDevAccount: 'AUTH_UNKNOWN_DEV_ACCOUNT',
  UserGone: 'AUTH_USER_GONE',
  RefreshInvalid: 'AUTH_REFRESH_INVALID',
  OfficerNotFound: 'AUTH_OFFICER_NOT_FOUND',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

const definitions: Record<AuthErrorCode, [ErrorKind, string]> = {
  AUTH_TOKEN_INVALID: ['unauthorized', '登录已过期，请重新登录'],
  AUTH_UNKNOWN_DEV_ACCOUNT: ['bad-request', '没有这个演示账号'],
  AUTH_USER_GONE: ['unauthorized', '账号不存在，请重新登录'],
  AUTH_REFRESH_INVALID: ['bad-request', '登录已失效，请重新登录'],
  AUTH_OFFICER_NOT_FOUND: ['not-found', '找不到这位工会干部，或您无权管理他的登录'],
};

export class AuthError extends DomainError {
  constructor(code: AuthErrorCode) {
    const [kind, message] = definitions[code];
    super(code, kind, message);
  }
}
