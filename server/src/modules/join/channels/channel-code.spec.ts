import { assertValidScene } from '../../auth/wechat/wechat-client';
import { CHANNEL_CODE_PATTERN, newChannelCode } from './channel-code';

describe('newChannelCode', () => {
  it('makes 10 base-62 characters that WeChat accepts as a scene', () => {
    for (let i = 0; i < 200; i++) {
      const code = newChannelCode();
      expect(code).toMatch(CHANNEL_CODE_PATTERN);
      expect(() => assertValidScene(code)).not.toThrow();
    }
  });

  it('uses the whole alphabet and does not repeat itself', () => {
    const codes = Array.from({ length: 2000 }, newChannelCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join('')).size).toBe(62);
  });
});
