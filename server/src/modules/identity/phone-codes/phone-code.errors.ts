import { DomainError, type ErrorKind } from '../../../common/domain-error';

export const PhoneCodeErrorCode = {
  Required: 'SMS_CODE_REQUIRED',
  Wrong: 'SMS_CODE_WRONG',
  Expired: 'SMS_CODE_EXPIRED',
  TooManyTries: 'SMS_CODE_TOO_MANY_TRIES',
  SendTooSoon: 'SMS_SEND_TOO_SOON',
  SendLimit: 'SMS_SEND_LIMIT',
} as const;
export type PhoneCodeErrorCode = (typeof PhoneCodeErrorCode)[keyof typeof PhoneCodeErrorCode];

const definitions: Record<PhoneCodeErrorCode, [ErrorKind, string]> = {
  SMS_CODE_REQUIRED: ['bad-request', '请先点“获取验证码”，再填写短信里的6位验证码'],
  SMS_CODE_WRONG: ['bad-request', '验证码不对，请核对短信里的6位数字再提交'],
  SMS_CODE_EXPIRED: ['bad-request', '验证码已过期或已用过，请重新点“获取验证码”'],
  SMS_CODE_TOO_MANY_TRIES: ['bad-request', '验证码输错太多次，已经失效，请重新点“获取验证码”'],
  SMS_SEND_TOO_SOON: ['rate-limited', '验证码刚发过，请等1分钟再点“获取验证码”'],
  SMS_SEND_LIMIT: ['rate-limited', '今天获取验证码的次数太多了，请明天再试，或在微信里用“获取手机号”'],
};

export class PhoneCodeError extends DomainError {
  constructor(code: PhoneCodeErrorCode, details?: Record<string, unknown>) {
    const [kind, message] = definitions[code];
    super(code, kind, message, details);
  }
}
