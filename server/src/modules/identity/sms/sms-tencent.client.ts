import { TencentCloudApi, type TencentCloudCredentials, TencentCloudFailure, isObject } from '../tencent-cloud/tencent-cloud-api';
import { SmsClient } from './sms-client';
import { SmsError, SmsErrorCode } from './sms.errors';

export interface TencentSmsOptions extends TencentCloudCredentials {
  sdkAppId: string;
  signName: string;
  templateId: string;
  region: string;
  baseUrl: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export const TENCENT_SMS_API_BASE = 'https://sms.tencentcloudapi.com';

/** Tencent Cloud SMS, SendSms of API version 2021-01-11, one number per call. */
export class TencentSmsClient extends SmsClient {
  private readonly api: TencentCloudApi;

  constructor(private readonly options: TencentSmsOptions) {
    super();
    this.api = new TencentCloudApi({ ...options, service: 'sms', version: '2021-01-11' });
  }

  async sendCode(phone: string, code: string, validMinutes: number): Promise<void> {
    let response: Record<string, unknown>;
    try {
      response = await this.api.call('SendSms', {
        PhoneNumberSet: [`+86${phone}`],
        SmsSdkAppId: this.options.sdkAppId,
        SignName: this.options.signName,
        TemplateId: this.options.templateId,
        TemplateParamSet: [code, String(validMinutes)],
      });
    } catch (error) {
      if (!(error instanceof TencentCloudFailure)) throw error;
      throw smsErrorFor(error.apiCode ?? null, { requestId: error.requestId, reason: error.reason });
    }
    // The call as a whole succeeds; each number has its own status.
    const statuses = response.SendStatusSet;
    const status = Array.isArray(statuses) && isObject(statuses[0]) ? statuses[0] : null;
    const requestId = typeof response.RequestId === 'string' ? response.RequestId : undefined;
    if (!status) throw new SmsError(SmsErrorCode.Unavailable, { reason: 'bad-response', requestId });
    if (status.Code !== 'Ok') throw smsErrorFor(typeof status.Code === 'string' ? status.Code : 'Unknown', { requestId });
  }
}

/**
 * Tencent's codes (https://cloud.tencent.com/document/product/382/49316): a number's own limits
 * tell the worker to wait; a number Tencent will not text tells him to use another; anything
 * else (our account, signature, template, balance, the network) is our problem: try later.
 */
export function smsErrorFor(providerCode: string | null, details: { requestId?: string; reason?: string }): SmsError {
  const withCode = { ...details, ...(providerCode ? { providerCode } : {}) };
  if (providerCode === null) return new SmsError(SmsErrorCode.Unavailable, withCode);
  if (providerCode.startsWith('LimitExceeded.PhoneNumber')) return new SmsError(SmsErrorCode.PhoneLimited, withCode);
  if (PHONE_REFUSED.has(providerCode)) return new SmsError(SmsErrorCode.PhoneRefused, withCode);
  return new SmsError(SmsErrorCode.Unavailable, withCode);
}

const PHONE_REFUSED: ReadonlySet<string> = new Set([
  'InvalidParameterValue.IncorrectPhoneNumber',
  'FailedOperation.PhoneNumberInBlacklist',
  'FailedOperation.PhoneNumberParseFail',
  'UnsupportedOperation.UnsupportedRegion',
]);
