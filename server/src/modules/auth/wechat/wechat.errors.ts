import { DomainError, ErrorKind } from '../../../common/domain-error';

export enum WechatErrorCode {
  InvalidCode = 'AUTH_INVALID_CODE',
  RateLimited = 'WECHAT_RATE_LIMITED',
  Unavailable = 'WECHAT_UNAVAILABLE',
  NotSubscribed = 'WECHAT_NOT_SUBSCRIBED',
  InvalidScene = 'WECHAT_INVALID_SCENE',
  Failed = 'WECHAT_ERROR',
}

const KINDS: Record<WechatErrorCode, ErrorKind> = {
  [WechatErrorCode.InvalidCode]: 'unauthorized',
  [WechatErrorCode.RateLimited]: 'rate-limited',
  [WechatErrorCode.Unavailable]: 'upstream',
  [WechatErrorCode.NotSubscribed]: 'conflict',
  [WechatErrorCode.InvalidScene]: 'bad-request',
  [WechatErrorCode.Failed]: 'upstream',
};

const MESSAGES: Record<WechatErrorCode, string> = {
  [WechatErrorCode.InvalidCode]: '登录凭证无效，请重新打开小程序',
  [WechatErrorCode.RateLimited]: '请求太频繁，请稍后再试',
  [WechatErrorCode.Unavailable]: '微信服务暂时不可用，请稍后再试',
  [WechatErrorCode.NotSubscribed]: '您还没有订阅这条通知，请点击订阅后再试',
  [WechatErrorCode.InvalidScene]: '二维码参数无效：最多 32 个字母、数字或常用符号',
  [WechatErrorCode.Failed]: '微信服务出错，请稍后再试',
};

/**
 * What may travel with a WeChat error. Deliberately no errmsg: WeChat's messages can echo what
 * was sent, so only its request id (`rid`, what WeChat support asks for) is kept.
 */
export type WechatErrorDetails = {
  api?: string;
  errcode?: number;
  rid?: string;
  reason?: 'timeout' | 'network' | 'http-status' | 'bad-response';
  status?: number;
};

export class WechatError extends DomainError {
  declare readonly code: WechatErrorCode;
  declare readonly details?: WechatErrorDetails;

  constructor(code: WechatErrorCode, details?: WechatErrorDetails) {
    super(code, KINDS[code], MESSAGES[code], details);
  }
}

/** errcodes meaning the access token is invalid (40001, 40014) or expired (42001). */
export const TOKEN_REJECTED_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

export function wechatErrorForErrcode(errcode: number, details: WechatErrorDetails): WechatError {
  const withCode = { ...details, errcode };
  switch (errcode) {
    case 40029:
    case 40163:
      return new WechatError(WechatErrorCode.InvalidCode, withCode);
    case 45009:
    case 45011:
      return new WechatError(WechatErrorCode.RateLimited, withCode);
    case -1:
      return new WechatError(WechatErrorCode.Unavailable, withCode);
    case 43101:
      return new WechatError(WechatErrorCode.NotSubscribed, withCode);
    default:
      return new WechatError(WechatErrorCode.Failed, withCode);
  }
}

export function isTokenRejected(error: unknown): error is WechatError {
  const errcode = error instanceof WechatError ? error.details?.errcode : undefined;
  return errcode !== undefined && TOKEN_REJECTED_ERRCODES.has(errcode);
}
