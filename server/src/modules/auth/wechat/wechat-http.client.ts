import {
  assertValidScene,
  SubscribeMessageInput,
  TextCheckInput,
  TextCheckResult,
  UnlimitedQrCodeInput,
  WechatClient,
  WechatPhone,
  WechatSession,
} from './wechat-client';
import {
  isTokenRejected,
  WechatError,
  WechatErrorCode,
  WechatErrorDetails,
  wechatErrorForErrcode,
} from './wechat.errors';

export interface WechatHttpClientOptions {
  appId: string;
  appSecret: string;
  baseUrl?: string;
  /** Per call, connection to last body byte. */
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

type JsonObject = Record<string, unknown>;
type RawResponse = { contentType: string; bytes: Buffer };
type CachedToken = { value: string; refreshAt: number };

export const WECHAT_API_BASE = 'https://api.weixin.qq.com';
const DEFAULT_TIMEOUT_MS = 5_000;
/** WeChat's stable token rotates 5 minutes before it expires; refresh no later than that. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export class WechatHttpClient extends WechatClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly fetchFn: typeof fetch;
  private token?: CachedToken;
  private tokenRequest?: Promise<string>;

  constructor(private readonly options: WechatHttpClientOptions) {
    super();
    this.baseUrl = (options.baseUrl ?? WECHAT_API_BASE).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.now = options.now ?? Date.now;
    this.fetchFn = options.fetch ?? fetch;
  }

  async code2Session(code: string): Promise<WechatSession> {
    const api = 'jscode2session';
    const query = new URLSearchParams({
      appid: this.options.appId,
      secret: this.options.appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    const body = await this.json(api, `/sns/jscode2session?${query}`);
    const unionid = body.unionid;
    return {
      openid: readString(body, 'openid', api),
      ...(typeof unionid === 'string' && unionid !== '' ? { unionid } : {}),
      sessionKey: readString(body, 'session_key', api),
    };
  }

  async getPhoneNumber(code: string): Promise<WechatPhone> {
    const api = 'getuserphonenumber';
    const body = await this.postWithToken(api, '/wxa/business/getuserphonenumber', { code });
    const info = readObject(body, 'phone_info', api);
    const countryCode = info.countryCode;
    return {
      phoneNumber: readString(info, 'phoneNumber', api),
      purePhoneNumber: readString(info, 'purePhoneNumber', api),
      countryCode: typeof countryCode === 'number' ? String(countryCode) : readString(info, 'countryCode', api),
    };
  }

  async getUnlimitedQrCode(input: UnlimitedQrCodeInput): Promise<Buffer> {
    assertValidScene(input.scene);
    const api = 'getwxacodeunlimit';
    const envVersion = input.envVersion ?? 'release';
    const payload = {
      scene: input.scene,
      page: input.page.replace(/^\/+/, ''),
      env_version: envVersion,
      // Pages of a trial or develop build are not published yet; WeChat would refuse them.
      check_path: envVersion === 'release',
      ...(input.width === undefined ? {} : { width: input.width }),
    };
    return this.withToken(async (token) => {
      const raw = await this.send(api, tokenPath('/wxa/getwxacodeunlimit', token), payload);
      if (raw.contentType.startsWith('image/')) return raw.bytes;
      this.parse(api, raw);
      throw new WechatError(WechatErrorCode.Failed, { api, reason: 'bad-response' });
    });
  }

  async sendSubscribeMessage(input: SubscribeMessageInput): Promise<void> {
    await this.postWithToken('subscribe_send', '/cgi-bin/message/subscribe/send', {
      touser: input.openid,
      template_id: input.templateId,
      ...(input.page === undefined ? {} : { page: input.page }),
      data: input.data,
      lang: 'zh_CN',
    });
  }

  async checkText(input: TextCheckInput): Promise<TextCheckResult> {
    const api = 'msg_sec_check';
    let body: JsonObject;
    try {
      body = await this.postWithToken(api, '/wxa/msg_sec_check', {
        version: 2,
        openid: input.openid,
        scene: input.scene,
        content: input.content,
      });
    } catch (error) {
      // 87014 is how version 1 (and some edge cases of version 2) say "risky content".
      if (error instanceof WechatError && error.details?.errcode === 87014) return { pass: false };
      throw error;
    }
    const result = readObject(body, 'result', api);
    const label = typeof result.label === 'number' ? result.label : undefined;
    // 'review' (uncertain) does not pass: members' text is published under the union's name.
    return { pass: result.suggest === 'pass', ...(label === undefined ? {} : { label }) };
  }

  /**
   * The stable token (POST /cgi-bin/stable_token, normal mode) rather than /cgi-bin/token: every
   * server instance gets the same token until it rotates, so scaling out or restarting one
   * instance never invalidates the token another instance holds, and the secret travels in the
   * body instead of a URL. Its force-refresh mode is limited to 20 a day, so it is never used.
   */
  private accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.refreshAt) return Promise.resolve(this.token.value);
    this.tokenRequest ??= this.fetchToken().finally(() => {
      this.tokenRequest = undefined;
    });
    return this.tokenRequest;
  }

  private async fetchToken(): Promise<string> {
    const api = 'stable_token';
    const body = await this.json(api, '/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: this.options.appId,
      secret: this.options.appSecret,
      force_refresh: false,
    });
    const value = readString(body, 'access_token', api);
    const expiresInMs = (typeof body.expires_in === 'number' ? body.expires_in : 7200) * 1000;
    const lifetime = Math.max(expiresInMs - REFRESH_MARGIN_MS, expiresInMs / 2);
    this.token = { value, refreshAt: this.now() + lifetime };
    return value;
  }

  /** Runs `call` with the token; if WeChat rejects the token, refreshes it and retries once. */
  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    try {
      return await call(token);
    } catch (error) {
      if (!isTokenRejected(error)) throw error;
      // Another caller may already have replaced the token; drop only the one that failed.
      if (this.token?.value === token) this.token = undefined;
      return call(await this.accessToken());
    }
  }

  private postWithToken(api: string, path: string, payload: JsonObject): Promise<JsonObject> {
    return this.withToken((token) => this.json(api, tokenPath(path, token), payload));
  }

  private async json(api: string, path: string, payload?: JsonObject): Promise<JsonObject> {
    return this.parse(api, await this.send(api, path, payload));
  }

  /** Parses a JSON answer and turns a non-zero errcode into a WechatError. */
  private parse(api: string, raw: RawResponse): JsonObject {
    let body: unknown;
    try {
      body = JSON.parse(raw.bytes.toString('utf8'));
    } catch {
      throw new WechatError(WechatErrorCode.Unavailable, { api, reason: 'bad-response' });
    }
    if (!isObject(body)) throw new WechatError(WechatErrorCode.Unavailable, { api, reason: 'bad-response' });
    const errcode = body.errcode;
    if (typeof errcode === 'number' && errcode !== 0) {
      throw wechatErrorForErrcode(errcode, { api, ...requestId(body.errmsg) });
    }
    return body;
  }

  /** One HTTP exchange, body included, within the time-out. POSTs when there is a payload. */
  private async send(api: string, path: string, payload?: JsonObject): Promise<RawResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.fetchFn(`${this.baseUrl}${path}`, {
        method: payload === undefined ? 'GET' : 'POST',
        headers: payload === undefined ? undefined : { 'content-type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
        signal: controller.signal,
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (!response.ok) {
        const code = response.status >= 500 ? WechatErrorCode.Unavailable : WechatErrorCode.Failed;
        throw new WechatError(code, { api, reason: 'http-status', status: response.status });
      }
      return { contentType: response.headers.get('content-type') ?? '', bytes };
    } catch (error) {
      if (error instanceof WechatError) throw error;
      // The cause is dropped on purpose: fetch errors may carry the URL and with it a secret.
      const reason = controller.signal.aborted ? 'timeout' : 'network';
      throw new WechatError(WechatErrorCode.Unavailable, { api, reason });
    } finally {
      clearTimeout(timer);
    }
  }
}

function tokenPath(path: string, token: string): string {
  return `${path}?access_token=${encodeURIComponent(token)}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(body: JsonObject, key: string, api: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') {
    throw new WechatError(WechatErrorCode.Failed, { api, reason: 'bad-response' });
  }
  return value;
}

function readObject(body: JsonObject, key: string, api: string): JsonObject {
  const value = body[key];
  if (!isObject(value)) throw new WechatError(WechatErrorCode.Failed, { api, reason: 'bad-response' });
  return value;
}

function requestId(errmsg: unknown): Pick<WechatErrorDetails, 'rid'> {
  const rid = typeof errmsg === 'string' ? /rid:\s*([\w-]+)/.exec(errmsg)?.[1] : undefined;
  return rid === undefined ? {} : { rid };
}
