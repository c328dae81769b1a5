import { Logger } from '@nestjs/common';
import { TencentCloudApi, type TencentCloudCredentials, TencentCloudFailure } from '../tencent-cloud/tencent-cloud-api';
import { IdentityCheck, type IdentityVerdict } from './identity-check';

export interface TencentIdentityCheckOptions extends TencentCloudCredentials {
  region: string;
  baseUrl: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export const TENCENT_FACEID_API_BASE = 'https://faceid.tencentcloudapi.com';

/**
 * Tencent Cloud FaceID IdCardVerification (API 2018-03-01): name + ID number against the national
 * record. Result "0" matches; "-1" (they differ), "-2" (not a valid number), "-3" (not a valid
 * name) and "-5" (no such record) do not; "-4", "-6", "-7" (record service down, upgrading, daily
 * quota used) and every error or time-out mean no answer.
 */
export class TencentIdentityCheck extends IdentityCheck {
  private readonly logger = new Logger('IdentityCheck');
  private readonly api: TencentCloudApi;

  constructor(options: TencentIdentityCheckOptions) {
    super();
    this.api = new TencentCloudApi({ ...options, service: 'faceid', version: '2018-03-01' });
  }

  async verify(name: string, idNumber: string): Promise<IdentityVerdict> {
    try {
      const response = await this.api.call('IdCardVerification', { IdCard: idNumber, Name: name });
      const verdict = VERDICTS[String(response.Result)] ?? 'unavailable';
      if (verdict === 'unavailable') this.logger.warn({ msg: 'identity check gave no answer', result: String(response.Result) });
      return verdict;
    } catch (error) {
      if (!(error instanceof TencentCloudFailure)) throw error;
      this.logger.warn({ msg: 'identity check unavailable', reason: error.reason, providerCode: error.apiCode, requestId: error.requestId });
      return 'unavailable';
    }
  }
}

const VERDICTS: Record<string, IdentityVerdict> = { '0': 'passed', '-1': 'failed', '-2': 'failed', '-3': 'failed', '-5': 'failed' };
