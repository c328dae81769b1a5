import { crc32, inflateSync } from 'node:zlib';
import { createWechatClient } from './wechat-client.factory';
import { FAKE_DEMO_PHONE, WechatFakeClient } from './wechat-fake.client';
import { WechatHttpClient } from './wechat-http.client';
import { WechatError, WechatErrorCode } from './wechat.errors';

type PngChunk = { type: string; data: Buffer; crcOk: boolean };

function pngChunks(png: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    chunks.push({
      type: typeAndData.subarray(0, 4).toString('ascii'),
      data: typeAndData.subarray(4),
      crcOk: crc32(typeAndData) === png.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return chunks;
}

describe('WechatFakeClient', () => {
  it('gives the same code the same openid, and different codes different ones', async () => {
    const wechat = new WechatFakeClient();
    const first = await wechat.code2Session('code-1');
    expect(first.openid).toMatch(/^fake-openid-[0-9a-f]{12}$/);
    expect(await new WechatFakeClient().code2Session('code-1')).toEqual(first);
    expect((await wechat.code2Session('code-2')).openid).not.toBe(first.openid);
    expect(Buffer.from(first.sessionKey, 'base64')).toHaveLength(16);
  });

  it('refuses codes starting with "invalid" like WeChat refuses a used code', async () => {
    const wechat = new WechatFakeClient();
    for (const attempt of [wechat.code2Session('invalid'), wechat.getPhoneNumber('invalid-phone')]) {
      const error = await attempt.catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(WechatError);
      expect(error).toMatchObject({ code: WechatErrorCode.InvalidCode, kind: 'unauthorized' });
    }
  });

  it('returns the phone named in a "phone:" code, else the demo number', async () => {
    const wechat = new WechatFakeClient();
    await expect(wechat.getPhoneNumber('phone:13912345678')).resolves.toEqual({
      phoneNumber: '13912345678',
      purePhoneNumber: '13912345678',
      countryCode: '86',
    });
    expect((await wechat.getPhoneNumber('anything')).purePhoneNumber).toBe(FAKE_DEMO_PHONE);
    expect((await wechat.getPhoneNumber('phone:123')).purePhoneNumber).toBe(FAKE_DEMO_PHONE);
  });

  it('returns a valid placeholder PNG for a QR code', async () => {
    const png = await new WechatFakeClient().getUnlimitedQrCode({ scene: 'c=AB12', page: 'pages/join/index' });
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const chunks = pngChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((chunk) => chunk.crcOk)).toBe(true);
    const [header, data] = chunks;
    const [width, height] = [header.data.readUInt32BE(0), header.data.readUInt32BE(4)];
    expect([width, height]).toEqual([64, 64]);
    expect(inflateSync(data.data)).toHaveLength(height * (width + 1));
  });

  it('refuses an invalid scene like the real client', async () => {
    await expect(
      new WechatFakeClient().getUnlimitedQrCode({ scene: 'x'.repeat(33), page: 'pages/join/index' }),
    ).rejects.toMatchObject({ code: WechatErrorCode.InvalidScene });
  });

  it('records subscribe messages in order', async () => {
    const wechat = new WechatFakeClient();
    const data = { thing1: { value: '入会申请已通过' } };
    await wechat.sendSubscribeMessage({ openid: 'o-1', templateId: 'tpl-join', data });
    await wechat.sendSubscribeMessage({ openid: 'o-2', templateId: 'tpl-claim', page: 'pages/claims/index', data });
    expect(wechat.sent.map((sent) => [sent.openid, sent.templateId])).toEqual([
      ['o-1', 'tpl-join'],
      ['o-2', 'tpl-claim'],
    ]);
  });

  it('passes text unless it contains a blocked word', async () => {
    const wechat = new WechatFakeClient();
    expect((await wechat.checkText({ openid: 'o', content: '驿站在哪里', scene: 2 })).pass).toBe(true);
    expect((await wechat.checkText({ openid: 'o', content: '这是违禁词', scene: 2 })).pass).toBe(false);
    const custom = new WechatFakeClient({ blockedWords: ['广告'] });
    expect((await custom.checkText({ openid: 'o', content: '这是违禁词', scene: 2 })).pass).toBe(true);
    expect((await custom.checkText({ openid: 'o', content: '加微信看广告', scene: 2 })).pass).toBe(false);
  });
});

describe('createWechatClient', () => {
  it('makes the fake client in fake mode', () => {
    expect(createWechatClient({ mode: 'fake' })).toBeInstanceOf(WechatFakeClient);
  });

  it('makes the HTTP client in real mode', () => {
    expect(createWechatClient({ mode: 'real', appId: 'wx1', appSecret: 's' })).toBeInstanceOf(WechatHttpClient);
  });

  it('refuses real mode without an app id or secret', () => {
    expect(() => createWechatClient({ mode: 'real', appId: 'wx1' })).toThrow(/WECHAT_APP_SECRET/);
    expect(() => createWechatClient({ mode: 'real', appSecret: 's' })).toThrow(/WECHAT_APP_ID/);
  });
});
