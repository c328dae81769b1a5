import {
  STUB_APP_ID,
  STUB_APP_SECRET,
  STUB_QR_IMAGE,
  STUB_SESSION_KEY,
  WechatStub,
} from '../../../../test/support/wechat-stub';
import { WechatHttpClient, WechatHttpClientOptions } from './wechat-http.client';
import { WechatError, WechatErrorCode } from './wechat.errors';

const TOKEN_PATH = '/cgi-bin/stable_token';
const PHONE_PATH = '/wxa/business/getuserphonenumber';
const SEND_PATH = '/cgi-bin/message/subscribe/send';
const QR_PATH = '/wxa/getwxacodeunlimit';
const CHECK_PATH = '/wxa/msg_sec_check';
const SESSION_PATH = '/sns/jscode2session';

const message = { openid: 'o-1', templateId: 'tpl-1', data: { thing1: { value: '理赔已受理' } } };

async function failure(promise: Promise<unknown>): Promise<WechatError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof WechatError)) throw new Error(`expected a WechatError, got ${String(error)}`);
  return error;
}

describe('WechatHttpClient against a local stub of WeChat', () => {
  let stub: WechatStub;
  let clock: number;

  const client = (options: Partial<WechatHttpClientOptions> = {}): WechatHttpClient =>
    new WechatHttpClient({
      appId: STUB_APP_ID,
      appSecret: STUB_APP_SECRET,
      baseUrl: stub.baseUrl,
      now: () => clock,
      timeoutMs: 1_000,
      ...options,
    });

  beforeEach(async () => {
    stub = await WechatStub.start();
    clock = 1_700_000_000_000;
  });

  afterEach(() => stub.stop());

  describe('code2Session', () => {
    it('exchanges a login code for openid, unionid and session key', async () => {
      await expect(client().code2Session('abc')).resolves.toEqual({
        openid: 'openid-abc',
        unionid: 'unionid-abc',
        sessionKey: STUB_SESSION_KEY,
      });
      const [request] = stub.requests;
      expect(request.method).toBe('GET');
      expect(Object.fromEntries(request.query)).toEqual({
        appid: STUB_APP_ID,
        secret: STUB_APP_SECRET,
        js_code: 'abc',
        grant_type: 'authorization_code',
      });
    });

    it('needs no access token', async () => {
      await client().code2Session('abc');
      expect(stub.count(TOKEN_PATH)).toBe(0);
    });

    it.each([40029, 40163])('refuses an invalid or used code (%i) as AUTH_INVALID_CODE', async (errcode) => {
      stub.next(SESSION_PATH, { json: { errcode, errmsg: 'invalid code, rid: 6579-abc' } });
      const error = await failure(client().code2Session('abc'));
      expect(error.code).toBe(WechatErrorCode.InvalidCode);
      expect(error.kind).toBe('unauthorized');
      expect(error.message).toBe('登录凭证无效，请重新打开小程序');
      expect(error.details).toEqual({ api: 'jscode2session', errcode, rid: '6579-abc' });
    });

    it('reports rate limiting (45011) as WECHAT_RATE_LIMITED', async () => {
      stub.next(SESSION_PATH, { json: { errcode: 45011, errmsg: 'api minute-quota reach limit' } });
      const error = await failure(client().code2Session('abc'));
      expect(error.code).toBe(WechatErrorCode.RateLimited);
      expect(error.kind).toBe('rate-limited');
      expect(error.message).toBe('请求太频繁，请稍后再试');
    });

    it('keeps an unknown errcode in the details as WECHAT_ERROR', async () => {
      stub.next(SESSION_PATH, { json: { errcode: 40226, errmsg: 'high risk user' } });
      const error = await failure(client().code2Session('abc'));
      expect(error.code).toBe(WechatErrorCode.Failed);
      expect(error.kind).toBe('upstream');
      expect(error.details?.errcode).toBe(40226);
    });
  });

  describe('access token', () => {
    it('is fetched once from the stable token endpoint and reused across calls', async () => {
      const wechat = client();
      await wechat.getPhoneNumber('p-1');
      await wechat.sendSubscribeMessage(message);
      await wechat.checkText({ openid: 'o-1', content: '你好', scene: 2 });
      await wechat.getUnlimitedQrCode({ scene: 'c=AB12', page: 'pages/join/index' });
      expect(stub.count(TOKEN_PATH)).toBe(1);
      const tokenRequest = stub.requests.find((request) => request.path === TOKEN_PATH);
      expect(tokenRequest?.body).toEqual({
        grant_type: 'client_credential',
        appid: STUB_APP_ID,
        secret: STUB_APP_SECRET,
        force_refresh: false,
      });
      expect(stub.requests.filter((r) => r.path !== TOKEN_PATH).map((r) => r.query.get('access_token'))).toEqual([
        'TOKEN-1',
        'TOKEN-1',
        'TOKEN-1',
        'TOKEN-1',
      ]);
    });

    it('is refetched five minutes before it expires, not earlier', async () => {
      const wechat = client();
      await wechat.sendSubscribeMessage(message);
      clock += (7200 - 300) * 1000 - 1;
      await wechat.sendSubscribeMessage(message);
      expect(stub.count(TOKEN_PATH)).toBe(1);
      clock += 1;
      await wechat.sendSubscribeMessage(message);
      expect(stub.count(TOKEN_PATH)).toBe(2);
      expect(stub.requests.at(-1)?.query.get('access_token')).toBe('TOKEN-2');
    });

    it.each([40001, 40014, 42001] as const)(
      'is refreshed once and the call retried when WeChat rejects it with %i',
      async (errcode) => {
        const wechat = client();
        await wechat.sendSubscribeMessage(message);
        stub.revokeTokens(errcode);
        await expect(wechat.sendSubscribeMessage(message)).resolves.toBeUndefined();
        expect(stub.count(TOKEN_PATH)).toBe(2);
        expect(stub.requests.filter((r) => r.path === SEND_PATH).map((r) => r.query.get('access_token'))).toEqual([
          'TOKEN-1',
          'TOKEN-1',
          'TOKEN-2',
        ]);
      },
    );

    it('gives up after a second rejection instead of looping', async () => {
      stub.next(SEND_PATH, { json: { errcode: 40001, errmsg: 'invalid credential' } }, { json: { errcode: 40001 } });
      const error = await failure(client().sendSubscribeMessage(message));
      expect(error.code).toBe(WechatErrorCode.Failed);
      expect(error.details?.errcode).toBe(40001);
      expect(stub.count(TOKEN_PATH)).toBe(2);
      expect(stub.count(SEND_PATH)).toBe(2);
    });

    it('is fetched once for concurrent callers', async () => {
      stub.slow(TOKEN_PATH, 50);
      const wechat = client();
      await Promise.all([1, 2, 3, 4, 5].map(() => wechat.sendSubscribeMessage(message)));
      expect(stub.count(TOKEN_PATH)).toBe(1);
      expect(stub.count(SEND_PATH)).toBe(5);
    });

    it('is refreshed once when concurrent callers all hold an expired token', async () => {
      const wechat = client();
      await Promise.all([1, 2, 3, 4, 5].map(() => wechat.getPhoneNumber('p')));
      expect(stub.count(TOKEN_PATH)).toBe(1);
      stub.revokeTokens(42001);
      await Promise.all([1, 2, 3, 4, 5].map(() => wechat.getPhoneNumber('p')));
      expect(stub.count(TOKEN_PATH)).toBe(2);
    });

    it('is not dropped again by a late rejection of the token it replaced', async () => {
      const wechat = client();
      await wechat.getPhoneNumber('p');
      stub.revokeTokens(42001);
      stub.next(SEND_PATH, { json: { errcode: 42001 }, delayMs: 100 });
      const late = wechat.sendSubscribeMessage(message);
      await wechat.getPhoneNumber('p'); // rejected at once, refreshes to TOKEN-2
      await late; // rejected later for TOKEN-1, must retry with TOKEN-2 as it is
      expect(stub.count(TOKEN_PATH)).toBe(2);
      expect(stub.requests.at(-1)?.query.get('access_token')).toBe('TOKEN-2');
    });

    it('is fetched again on the next call after a failed fetch', async () => {
      stub.next(TOKEN_PATH, { json: { errcode: -1, errmsg: 'system error' } });
      const wechat = client();
      expect((await failure(wechat.sendSubscribeMessage(message))).code).toBe(WechatErrorCode.Unavailable);
      await expect(wechat.sendSubscribeMessage(message)).resolves.toBeUndefined();
      expect(stub.count(TOKEN_PATH)).toBe(2);
    });

    it('surfaces a wrong app secret without retrying', async () => {
      const error = await failure(client({ appSecret: 'wrong' }).sendSubscribeMessage(message));
      expect(error.code).toBe(WechatErrorCode.Failed);
      expect(error.details).toEqual({ api: 'stable_token', errcode: 40125, rid: 'stub-40125' });
      expect(stub.count(TOKEN_PATH)).toBe(1);
      expect(stub.count(SEND_PATH)).toBe(0);
    });
  });

  describe('when WeChat is unreachable or failing', () => {
    it('reports a stopped server as WECHAT_UNAVAILABLE', async () => {
      const wechat = client();
      await stub.stop();
      const error = await failure(wechat.code2Session('abc'));
      expect(error.code).toBe(WechatErrorCode.Unavailable);
      expect(error.kind).toBe('upstream');
      expect(error.message).toBe('微信服务暂时不可用，请稍后再试');
      expect(error.details).toEqual({ api: 'jscode2session', reason: 'network' });
      stub = await WechatStub.start(); // for afterEach
    });

    it('times out a call that never answers', async () => {
      stub.next(SESSION_PATH, { hang: true });
      const started = Date.now();
      const error = await failure(client({ timeoutMs: 200 }).code2Session('abc'));
      expect(error.code).toBe(WechatErrorCode.Unavailable);
      expect(error.details?.reason).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(1_000);
    });

    it('times out a token fetch that never answers', async () => {
      stub.next(TOKEN_PATH, { hang: true });
      const error = await failure(client({ timeoutMs: 200 }).getPhoneNumber('p'));
      expect(error.code).toBe(WechatErrorCode.Unavailable);
      expect(error.details).toEqual({ api: 'stable_token', reason: 'timeout' });
    });

    it('reports a 5xx answer as WECHAT_UNAVAILABLE', async () => {
      stub.next(SESSION_PATH, { raw: '<html>502 Bad Gateway</html>', contentType: 'text/html', status: 502 });
      const error = await failure(client().code2Session('abc'));
      expect(error.code).toBe(WechatErrorCode.Unavailable);
      expect(error.details).toEqual({ api: 'jscode2session', reason: 'http-status', status: 502 });
    });

    it('reports "system busy" (-1) as WECHAT_UNAVAILABLE', async () => {
      stub.next(PHONE_PATH, { json: { errcode: -1, errmsg: 'system error' } });
      const error = await failure(client().getPhoneNumber('p'));
      expect(error.code).toBe(WechatErrorCode.Unavailable);
      expect(error.details?.errcode).toBe(-1);
    });

    it('reports a body that is not JSON as WECHAT_UNAVAILABLE', async () => {
      stub.next(SESSION_PATH, { raw: 'oops', contentType: 'text/plain' });
      expect((await failure(client().code2Session('abc'))).details?.reason).toBe('bad-response');
    });
  });

  describe('getPhoneNumber', () => {
    it('exchanges a phone code for the number', async () => {
      await expect(client().getPhoneNumber('phone-code')).resolves.toEqual({
        phoneNumber: '13912345678',
        purePhoneNumber: '13912345678',
        countryCode: '86',
      });
      const request = stub.requests.find((r) => r.path === PHONE_PATH);
      expect(request?.method).toBe('POST');
      expect(request?.body).toEqual({ code: 'phone-code' });
    });

    it('refuses an invalid phone code as AUTH_INVALID_CODE', async () => {
      stub.next(PHONE_PATH, { json: { errcode: 40029, errmsg: 'invalid code' } });
      expect((await failure(client().getPhoneNumber('x'))).code).toBe(WechatErrorCode.InvalidCode);
    });
  });

  describe('getUnlimitedQrCode', () => {
    it('returns the image bytes', async () => {
      const image = await client().getUnlimitedQrCode({
        scene: 'c=AB12',
        page: '/pages/join/index',
        envVersion: 'trial',
        width: 430,
      });
      expect(image.equals(STUB_QR_IMAGE)).toBe(true);
      expect(stub.requests.find((r) => r.path === QR_PATH)?.body).toEqual({
        scene: 'c=AB12',
        page: 'pages/join/index',
        env_version: 'trial',
        check_path: false,
        width: 430,
      });
    });

    it('checks the page path only for the release version', async () => {
      await client().getUnlimitedQrCode({ scene: 'x', page: 'pages/join/index' });
      expect(stub.requests.find((r) => r.path === QR_PATH)?.body).toMatchObject({
        env_version: 'release',
        check_path: true,
      });
    });

    it('turns a JSON error body into an error', async () => {
      stub.next(QR_PATH, { json: { errcode: 41030, errmsg: 'invalid page rid: 66-77' } });
      const error = await failure(client().getUnlimitedQrCode({ scene: 'x', page: 'pages/nope/index' }));
      expect(error.code).toBe(WechatErrorCode.Failed);
      expect(error.details).toEqual({ api: 'getwxacodeunlimit', errcode: 41030, rid: '66-77' });
    });

    it('retries with a fresh token when the JSON error says the token expired', async () => {
      stub.next(QR_PATH, { json: { errcode: 42001, errmsg: 'access_token expired' } });
      const image = await client().getUnlimitedQrCode({ scene: 'x', page: 'pages/join/index' });
      expect(image.equals(STUB_QR_IMAGE)).toBe(true);
      expect(stub.count(TOKEN_PATH)).toBe(2);
    });

    it.each([
      ['too long', 'a'.repeat(33)],
      ['empty', ''],
      ['with a space', 'c=AB 12'],
      ['with Chinese', 'c=工会'],
      ['with %', 'c=%20'],
    ])('refuses a scene %s before any HTTP call', async (_, scene) => {
      const error = await failure(client().getUnlimitedQrCode({ scene, page: 'pages/join/index' }));
      expect(error.code).toBe(WechatErrorCode.InvalidScene);
      expect(error.kind).toBe('bad-request');
      expect(stub.requests).toHaveLength(0);
    });

    it("accepts 32 characters of WeChat's whole set", async () => {
      const scene = "09azAZ!#$&'()*+,/:;=?@-._~abcdef";
      expect(scene).toHaveLength(32);
      await client().getUnlimitedQrCode({ scene, page: 'pages/join/index' });
      expect(stub.requests.find((r) => r.path === QR_PATH)?.body.scene).toBe(scene);
    });
  });

  describe('sendSubscribeMessage', () => {
    it('sends the template to the member', async () => {
      await client().sendSubscribeMessage({ ...message, page: 'pages/claims/index?id=7' });
      expect(stub.requests.find((r) => r.path === SEND_PATH)?.body).toEqual({
        touser: 'o-1',
        template_id: 'tpl-1',
        page: 'pages/claims/index?id=7',
        data: { thing1: { value: '理赔已受理' } },
        lang: 'zh_CN',
      });
    });

    it('reports a refused subscription (43101) as WECHAT_NOT_SUBSCRIBED', async () => {
      stub.next(SEND_PATH, { json: { errcode: 43101, errmsg: 'user refuse to accept the msg' } });
      const error = await failure(client().sendSubscribeMessage(message));
      expect(error.code).toBe(WechatErrorCode.NotSubscribed);
      expect(error.kind).toBe('conflict');
    });
  });

  describe('checkText', () => {
    it('passes ordinary text and sends version 2 of the check', async () => {
      await expect(client().checkText({ openid: 'o-1', content: '驿站很好', scene: 2 })).resolves.toEqual({
        pass: true,
        label: 100,
      });
      expect(stub.requests.find((r) => r.path === CHECK_PATH)?.body).toEqual({
        version: 2,
        openid: 'o-1',
        scene: 2,
        content: '驿站很好',
      });
    });

    it('fails risky text with its label', async () => {
      await expect(client().checkText({ openid: 'o-1', content: '违禁内容', scene: 3 })).resolves.toEqual({
        pass: false,
        label: 20001,
      });
    });

    it('fails text WeChat wants reviewed', async () => {
      stub.next(CHECK_PATH, { json: { errcode: 0, result: { suggest: 'review', label: 20002 } } });
      expect((await client().checkText({ openid: 'o-1', content: '?', scene: 1 })).pass).toBe(false);
    });

    it('treats errcode 87014 as risky content, not as an error', async () => {
      stub.next(CHECK_PATH, { json: { errcode: 87014, errmsg: 'risky content' } });
      await expect(client().checkText({ openid: 'o-1', content: '?', scene: 4 })).resolves.toEqual({ pass: false });
    });
  });

  describe('secrets', () => {
    const serialized = (error: WechatError): string =>
      JSON.stringify({ ...error, message: error.message, stack: error.stack, cause: String(error.cause) });

    it('never puts the app secret, an access token or a session key into an error', async () => {
      const wechat = client({ timeoutMs: 200 });
      await wechat.code2Session('abc');
      await wechat.sendSubscribeMessage(message);
      const leaky = `secret ${STUB_APP_SECRET} token TOKEN-1 key ${STUB_SESSION_KEY} rid: r-1`;
      stub.next(SESSION_PATH, { json: { errcode: 40029, errmsg: leaky, session_key: STUB_SESSION_KEY } });
      stub.next(SEND_PATH, { json: { errcode: 47003, errmsg: leaky } }, { hang: true });

      const errors = [
        await failure(wechat.code2Session('abc')),
        await failure(wechat.sendSubscribeMessage(message)),
        await failure(wechat.sendSubscribeMessage(message)),
        await failure(client({ baseUrl: 'http://127.0.0.1:1' }).code2Session('abc')),
      ];
      stub.next(TOKEN_PATH, { json: { errcode: 40164, errmsg: leaky } });
      errors.push(await failure(client().getPhoneNumber('p')));

      expect(errors.map((error) => error.code)).toEqual([
        WechatErrorCode.InvalidCode,
        WechatErrorCode.Failed,
        WechatErrorCode.Unavailable,
        WechatErrorCode.Unavailable,
        WechatErrorCode.Failed,
      ]);
      for (const error of errors) {
        const text = serialized(error);
        expect(text).not.toContain(STUB_APP_SECRET);
        expect(text).not.toContain('TOKEN-');
        expect(text).not.toContain(STUB_SESSION_KEY);
      }
      expect(errors[0].details?.rid).toBe('r-1');
    });
  });
});
