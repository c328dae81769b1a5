import { randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const CHANNEL_CODE_LENGTH = 10;
export const CHANNEL_CODE_PATTERN = /^[0-9A-Za-z]{10}$/;

/**
 * A fresh channel code: 10 base-62 characters (about 59 bits), unguessable, and short enough for
 * the 32-character `scene` of a 小程序码. It names nothing: it is not derived from any id.
 */
export function newChannelCode(): string {
  let code = '';
  for (let i = 0; i < CHANNEL_CODE_LENGTH; i++) code += BASE62[randomInt(BASE62.length)];
  return code;
}
