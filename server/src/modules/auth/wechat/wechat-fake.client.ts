import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
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
import { WechatError, WechatErrorCode } from './wechat.errors';

export interface WechatFakeClientOptions {
  /** Text containing any of these fails checkText. */
  blockedWords?: readonly string[];
}

export const FAKE_DEMO_PHONE = '13800138000';

/**
 * WeChat for development and tests, answering locally and deterministically: the same code
 * always gives the same openid; codes starting with `invalid` are refused like a used code;
 * `phone:13912345678` gives that number.
 */
export class WechatFakeClient extends WechatClient {
  /** Every subscribe message "sent", in order, for tests to inspect. */
  readonly sent: SubscribeMessageInput[] = [];
  private readonly blockedWords: readonly string[];

  constructor(options: WechatFakeClientOptions = {}) {
    super();
    this.blockedWords = options.blockedWords ?? ['违禁词'];
  }

  async code2Session(code: string): Promise<WechatSession> {
    refuseInvalid(code, 'jscode2session');
    return {
      openid: `fake-openid-${digest(code).toString('hex').slice(0, 12)}`,
      // Shaped like a real session_key (16 bytes, base64) in case something decrypts with it.
      sessionKey: digest(`session:${code}`).subarray(0, 16).toString('base64'),
    };
  }

  async getPhoneNumber(code: string): Promise<WechatPhone> {
    refuseInvalid(code, 'getuserphonenumber');
    const phone = /^phone:(1\d{10})$/.exec(code)?.[1] ?? FAKE_DEMO_PHONE;
    return { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86' };
  }

  /** A placeholder image (a grey checkerboard PNG), not a scannable code. */
  async getUnlimitedQrCode(input: UnlimitedQrCodeInput): Promise<Buffer> {
    assertValidScene(input.scene);
    return Buffer.from(PLACEHOLDER_PNG);
  }

  async sendSubscribeMessage(input: SubscribeMessageInput): Promise<void> {
    this.sent.push(structuredClone(input));
  }

  async checkText(input: TextCheckInput): Promise<TextCheckResult> {
    const blocked = this.blockedWords.some((word) => input.content.includes(word));
    return blocked ? { pass: false, label: 20001 } : { pass: true, label: 100 };
  }
}

function refuseInvalid(code: string, api: string): void {
  if (code.startsWith('invalid')) {
    throw new WechatError(WechatErrorCode.InvalidCode, { api, errcode: 40029 });
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** A 64×64 8-bit greyscale PNG: 8-pixel squares, light and dark. */
function placeholderPng(): Buffer {
  const size = 64;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(size + 1); // leading 0: PNG filter type "none"
    for (let x = 0; x < size; x++) row[x + 1] = ((x >> 3) + (y >> 3)) % 2 === 0 ? 0x33 : 0xdd;
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, adaptive filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const PLACEHOLDER_PNG = placeholderPng();
