import { WechatError, WechatErrorCode } from './wechat.errors';

/** The result of wx.login's code exchange. `sessionKey` stays on the server: never return or log it. */
export interface WechatSession {
  openid: string;
  unionid?: string;
  sessionKey: string;
}

export interface WechatPhone {
  /** With the country code for foreign numbers, e.g. `+1 2025550123`; plain for mainland numbers. */
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
}

export type WechatEnvVersion = 'release' | 'trial' | 'develop';

export interface UnlimitedQrCodeInput {
  scene: string;
  page: string;
  envVersion?: WechatEnvVersion;
  width?: number;
}

export interface SubscribeMessageInput {
  openid: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/** msg_sec_check scenes: 1 profile, 2 comment, 3 forum post, 4 social log. */
export type TextCheckScene = 1 | 2 | 3 | 4;

export interface TextCheckInput {
  openid: string;
  content: string;
  scene: TextCheckScene;
}

export interface TextCheckResult {
  pass: boolean;
  /** WeChat's label: 100 normal, 10001 ads, 20001 politics, 20002 porn, 20003 abuse … */
  label?: number;
}

/** The port to WeChat's server API; an abstract class so that it is its own Nest injection token. */
export abstract class WechatClient {
  abstract code2Session(code: string): Promise<WechatSession>;
  abstract getPhoneNumber(code: string): Promise<WechatPhone>;
  /** A mini-program code (小程序码) image for `page?scene=…`. */
  abstract getUnlimitedQrCode(input: UnlimitedQrCodeInput): Promise<Buffer>;
  abstract sendSubscribeMessage(input: SubscribeMessageInput): Promise<void>;
  abstract checkText(input: TextCheckInput): Promise<TextCheckResult>;
}

export const SCENE_MAX_LENGTH = 32;
const SCENE_PATTERN = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/;

/** WeChat refuses (or silently truncates) other scenes, so a bad one never leaves the server. */
export function assertValidScene(scene: string): void {
  if (scene.length > SCENE_MAX_LENGTH || !SCENE_PATTERN.test(scene)) {
    throw new WechatError(WechatErrorCode.InvalidScene);
  }
}
