import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A local stand-in for WeChat's server API (api.weixin.qq.com) on 127.0.0.1, for testing the real
 * adapter. It issues tokens `TOKEN-1`, `TOKEN-2` …, checks them like WeChat does, counts calls per
 * path, and can be scripted per test: `stub.next(path, reply…)` answers the next calls to `path`.
 */
export type StubReply =
  | { json: unknown; status?: number; delayMs?: number }
  | { raw: Buffer | string; contentType: string; status?: number; delayMs?: number }
  | { hang: true };

export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

type Handler = (request: StubRequest) => StubReply;

export const STUB_APP_ID = 'wx-stub-app';
export const STUB_APP_SECRET = 'stub-secret-0123456789abcdef';
export const STUB_SESSION_KEY = 'c3R1Yi1zZXNzaW9uLWtleQ==';
/** The first bytes of a JPEG, enough to stand for the QR code image. */
export const STUB_QR_IMAGE = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

export class WechatStub {
  readonly requests: StubRequest[] = [];
  private readonly scripted = new Map<string, StubReply[]>();
  private readonly delays = new Map<string, number>();
  private readonly tokens = new Map<string, number>(); // token → 0 if valid, else the errcode it gets
  private issued = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WechatStub> {
    const server = createServer();
    const stub = new WechatStub(server);
    server.on('request', (req, res) => void stub.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get baseUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  count(path: string): number {
    return this.requests.filter((request) => request.path === path).length;
  }

  /** Scripts the next replies of `path`, in order; afterwards the default behaviour resumes. */
  next(path: string, ...replies: StubReply[]): void {
    this.scripted.set(path, [...(this.scripted.get(path) ?? []), ...replies]);
  }

  /** Delays every answer of `path` by `ms`. */
  slow(path: string, ms: number): void {
    this.delays.set(path, ms);
  }

  /** Makes every token issued so far fail with `errcode` (40001 invalid, 42001 expired). */
  revokeTokens(errcode: 40001 | 40014 | 42001 = 42001): void {
    for (const token of this.tokens.keys()) this.tokens.set(token, errcode);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stub');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const request: StubRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
    this.requests.push(request);
    const reply = this.scripted.get(request.path)?.shift() ?? this.answer(request);
    if ('hang' in reply) return;
    const delayMs = (reply.delayMs ?? 0) + (this.delays.get(request.path) ?? 0);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if ('json' in reply) {
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; encoding=utf-8' });
      res.end(JSON.stringify(reply.json));
    } else {
      res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType });
      res.end(reply.raw);
    }
  }

  private answer(request: StubRequest): StubReply {
    if (request.path === '/cgi-bin/stable_token') return this.issueToken(request);
    if (request.path === '/sns/jscode2session') return this.session(request);
    const handler = API_HANDLERS[request.path];
    if (!handler) return { json: { errcode: 404, errmsg: 'no such api' }, status: 404 };
    const token = request.query.get('access_token') ?? '';
    const state = this.tokens.get(token);
    if (state === undefined) return { json: { errcode: 40001, errmsg: 'invalid credential rid: stub-40001' } };
    if (state !== 0) return { json: { errcode: state, errmsg: `access_token rejected rid: stub-${state}` } };
    return handler(request);
  }

  private issueToken(request: StubRequest): StubReply {
    const { appid, secret, grant_type } = request.body;
    if (request.method !== 'POST' || grant_type !== 'client_credential') {
      return { json: { errcode: 40002, errmsg: 'invalid grant_type' } };
    }
    if (appid !== STUB_APP_ID || secret !== STUB_APP_SECRET) {
      return { json: { errcode: 40125, errmsg: 'invalid appsecret rid: stub-40125' } };
    }
    const token = `TOKEN-${++this.issued}`;
    this.tokens.set(token, 0);
    return { json: { access_token: token, expires_in: 7200 } };
  }

  private session(request: StubRequest): StubReply {
    const { appid, secret, js_code, grant_type } = Object.fromEntries(request.query);
    if (appid !== STUB_APP_ID || secret !== STUB_APP_SECRET || grant_type !== 'authorization_code') {
      return { json: { errcode: 40013, errmsg: 'invalid appid' } };
    }
    if (!js_code || js_code.startsWith('used')) return { json: { errcode: 40163, errmsg: 'code been used' } };
    return { json: { openid: `openid-${js_code}`, unionid: `unionid-${js_code}`, session_key: STUB_SESSION_KEY } };
  }
}

const API_HANDLERS: Record<string, Handler> = {
  '/wxa/business/getuserphonenumber': () => ({
    json: {
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: '13912345678',
        purePhoneNumber: '13912345678',
        countryCode: '86',
        watermark: { timestamp: 1700000000, appid: STUB_APP_ID },
      },
    },
  }),
  '/wxa/getwxacodeunlimit': () => ({ raw: STUB_QR_IMAGE, contentType: 'image/jpeg' }),
  '/cgi-bin/message/subscribe/send': () => ({ json: { errcode: 0, errmsg: 'ok' } }),
  '/wxa/msg_sec_check': (request) => {
    const risky = String(request.body.content ?? '').includes('违禁');
    return {
      json: {
        errcode: 0,
        errmsg: 'ok',
        result: risky ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 },
        trace_id: 'stub-trace',
      },
    };
  },
};
