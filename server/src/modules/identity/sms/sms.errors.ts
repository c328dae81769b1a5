import { DomainError, type ErrorKind } from '../../../common/domain-error';

export enum SmsErrorCode {
  PhoneLimited = 'SMS_PHONE_LIMITED',
  PhoneRefused = 'SMS_PHONE_REFUSED',
  Unavailable = 'SMS_UNAVAILABLE',
}

const DEFINITIONS: Record<SmsErrorCode, [ErrorKind, string]> = {
  [SmsErrorCode.PhoneLimited]: ['rate-limited', '这个手机号今天收到的验证码太多了，请明天再试，或在微信里用“获取手机号”'],
  [SmsErrorCode.PhoneRefused]: ['bad-request', '这个手机号收不到短信验证码，请核对号码，或换一个本人的手机号'],
  [SmsErrorCode.Unavailable]: ['upstream', '短信暂时发不出去，请过几分钟再点“获取验证码”'],
};

/** Only the provider's error code and request id travel with it: never the phone or the code. */
export type SmsErrorDetails = { providerCode?: string; requestId?: string; reason?: string };

export class SmsError extends DomainError {
  declare readonly code: SmsErrorCode;

  constructor(code: SmsErrorCode, details?: SmsErrorDetails) {
    const [kind, message] = DEFINITIONS[code];
    super(code, kind, message, details);
  }
}
