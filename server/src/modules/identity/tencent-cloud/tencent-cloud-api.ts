import { TC3_CONTENT_TYPE, tc3Authorization } from './tc3-signer';

export interface TencentCloudCredentials {
  secretId: string;
  secretKey: string;
}

export interface TencentCloudApiOptions extends TencentCloudCredentials {
  /** `sms`, `faceid`: the credential scope's service. */
  service: string;
  version: string;
  region: string;
  /** `https://sms.tencentcloudapi.com`; tests point it at a local stub. */
  baseUrl: string;
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

type JsonObject = Record<string, unknown>;

/**
 * A call that did not give an answer to use: the API's own error (`Response.Error.Code`, e.g.
 * `LimitExceeded.PhoneNumberDailyLimit`) or no usable answer at all. Tencent's messages are not
 * kept: they may echo what was sent (phone numbers, names).
 */
export class TencentCloudFailure extends Error {
  constructor(
    readonly reason: 'api-error' | 'timeout' | 'network' | 'http-status' | 'bad-response',
    readonly apiCode?: string,
    readonly requestId?: string,
  ) {
    super(apiCode ? `Tencent Cloud ${apiCode}` : `Tencent Cloud ${reason}`);
  }
}

const DEFAULT_TIMEOUT_MS = 5_000;

/** One Tencent Cloud API 3.0 product: signed JSON POSTs, `Response` unwrapped, errors thrown. */
export class TencentCloudApi {
  private readonly url: URL;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: TencentCloudApiOptions) {
    this.url = new URL(options.baseUrl);
    this.fetchFn = options.fetch ?? fetch;
  }

  async call(action: string, body: JsonObject): Promise<JsonObject> {
    const payload = JSON.stringify(body);
    const timestamp = Math.floor((this.options.now ?? Date.now)() / 1000);
    const authorization = tc3Authorization({ ...this.options, host: this.url.host, payload, timestamp });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let text: string;
    try {
      const response = await this.fetchFn(new URL('/', this.url), {
        method: 'POST',
        headers: {
          authorization,
          'content-type': TC3_CONTENT_TYPE,
          'x-tc-action': action,
          'x-tc-version': this.options.version,
          'x-tc-timestamp': String(timestamp),
          'x-tc-region': this.options.region,
        },
        body: payload,
        signal: controller.signal,
      });
      text = await response.text();
      if (!response.ok) throw new TencentCloudFailure('http-status');
    } catch (error) {
      if (error instanceof TencentCloudFailure) throw error;
      throw new TencentCloudFailure(controller.signal.aborted ? 'timeout' : 'network');
    } finally {
      clearTimeout(timer);
    }
    return unwrap(text);
  }
}

function unwrap(text: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TencentCloudFailure('bad-response');
  }
  const response = isObject(parsed) ? parsed.Response : undefined;
  if (!isObject(response)) throw new TencentCloudFailure('bad-response');
  const requestId = typeof response.RequestId === 'string' ? response.RequestId : undefined;
  const error = response.Error;
  if (isObject(error)) {
    throw new TencentCloudFailure('api-error', typeof error.Code === 'string' ? error.Code : 'Unknown', requestId);
  }
  return response;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
