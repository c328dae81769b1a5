import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tc3Authorization } from '../../src/modules/identity/tencent-cloud/tc3-signer';

/**
 * A local stand-in for Tencent Cloud API 3.0 (sms.tencentcloudapi.com, faceid.tencentcloudapi.com)
 * on 127.0.0.1. It checks every request's TC3-HMAC-SHA256 signature with the stub key, like Tencent
 * does, answers SendSms (keeping each text sent) and IdCardVerification (against the people it is
 * given), and can be scripted per action: `stub.next(action, reply…)`.
 */
export type TencentStubReply = { response: Record<string, unknown>; status?: number } | { raw: string; status: number } | { hang: true };

export interface TencentStubRequest {
  action: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export const STUB_SECRET_ID = 'AKIDstub0123456789abcdef';
export const STUB_SECRET_KEY = 'stubsecretkey0123456789abcdef';
export const STUB_SDK_APP_ID = '1400000001';
export const STUB_SIGN_NAME = '工会通';
export const STUB_TEMPLATE_ID = '1234567';

export class TencentCloudStub {
  readonly requests: TencentStubRequest[] = [];
  /** Texts SendSms accepted: the phone (with +86) and the template parameters. */
  readonly texts: { phone: string; params: string[] }[] = [];
  /** Name by ID number, as the national record has them. */
  readonly people = new Map<string, string>();
  private readonly scripted = new Map<string, TencentStubReply[]>();
  private issued = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<TencentCloudStub> {
    const server = createServer();
    const stub = new TencentCloudStub(server);
    server.on('request', (req, res) => void stub.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The code in the last text sent to `phone` (11 digits). */
  lastCode(phone: string): string | undefined {
    return this.texts.filter((text) => text.phone === `+86${phone}`).at(-1)?.params[0];
  }

  next(action: string, ...replies: TencentStubReply[]): void {
    this.scripted.set(action, [...(this.scripted.get(action) ?? []), ...replies]);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const payload = Buffer.concat(chunks).toString('utf8');
    const action = String(req.headers['x-tc-action'] ?? '');
    const request: TencentStubRequest = { action, headers: req.headers, body: payload ? (JSON.parse(payload) as Record<string, unknown>) : {} };
    this.requests.push(request);
    const reply = this.scripted.get(action)?.shift() ?? this.answer(request, payload);
    if ('hang' in reply) return;
    if ('raw' in reply) {
      res.writeHead(reply.status, { 'content-type': 'text/plain' });
      res.end(reply.raw);
      return;
    }
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Response: { ...reply.response, RequestId: `stub-request-${++this.issued}` } }));
  }

  private answer(request: TencentStubRequest, payload: string): TencentStubReply {
    const timestamp = Number(request.headers['x-tc-timestamp']);
    const host = String(request.headers.host);
    const expected = tc3Authorization({ secretId: STUB_SECRET_ID, secretKey: STUB_SECRET_KEY, service: serviceOf(request.action), host, payload, timestamp });
    if (request.headers.authorization !== expected) return apiError('AuthFailure.SignatureFailure');
    if (request.action === 'SendSms') return this.sendSms(request.body);
    if (request.action === 'IdCardVerification') return this.verify(request.body);
    return apiError('InvalidAction');
  }

  private sendSms(body: Record<string, unknown>): TencentStubReply {
    if (body.SmsSdkAppId !== STUB_SDK_APP_ID) return apiError('FailedOperation.SignatureIncorrectOrUnapproved');
    if (body.SignName !== STUB_SIGN_NAME || body.TemplateId !== STUB_TEMPLATE_ID) return apiError('FailedOperation.TemplateIncorrectOrUnapproved');
    const phones = body.PhoneNumberSet as string[];
    const params = body.TemplateParamSet as string[];
    const statuses = phones.map((phone) => {
      if (!/^\+861\d{10}$/.test(phone)) return { PhoneNumber: phone, Code: 'InvalidParameterValue.IncorrectPhoneNumber', Message: 'bad number', SerialNo: '' };
      this.texts.push({ phone, params });
      return { PhoneNumber: phone, Code: 'Ok', Message: 'send success', SerialNo: `serial-${this.texts.length}`, Fee: 1, IsoCode: 'CN', SessionContext: '' };
    });
    return { response: { SendStatusSet: statuses } };
  }

  private verify(body: Record<string, unknown>): TencentStubReply {
    const name = this.people.get(String(body.IdCard));
    if (name === undefined) return { response: { Result: '-5', Description: '证件库中无此身份证记录' } };
    return name === body.Name ? { response: { Result: '0', Description: '姓名和身份证号一致' } } : { response: { Result: '-1', Description: '姓名和身份证号不一致' } };
  }
}

const serviceOf = (action: string): string => (action === 'SendSms' ? 'sms' : 'faceid');

export function apiError(code: string): TencentStubReply {
  return { response: { Error: { Code: code, Message: `stub says ${code}` } } };
}
