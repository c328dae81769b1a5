import { registerAs } from '@nestjs/config';
import { IsIn, IsOptional, IsString, IsUrl, ValidateIf } from 'class-validator';
import { validateConfig } from './validate-config';

export interface WechatConfig {
  mode: 'real' | 'fake';
  appId?: string;
  appSecret?: string;
  baseUrl?: string;
}

class WechatEnv {
  /** `fake` answers locally (development, tests); `real` calls WeChat's API. */
  @IsIn(['real', 'fake'])
  WECHAT_MODE: 'real' | 'fake' = 'fake';

  @ValidateIf((env: WechatEnv) => env.WECHAT_MODE === 'real')
  @IsString({ message: 'WECHAT_APP_ID is required when WECHAT_MODE=real' })
  WECHAT_APP_ID?: string;

  @ValidateIf((env: WechatEnv) => env.WECHAT_MODE === 'real')
  @IsString({ message: 'WECHAT_APP_SECRET is required when WECHAT_MODE=real' })
  WECHAT_APP_SECRET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  WECHAT_API_BASE?: string;
}

export const wechatConfig = registerAs('wechat', (): WechatConfig => {
  const env = validateConfig(process.env, WechatEnv);
  return {
    mode: env.WECHAT_MODE,
    appId: env.WECHAT_APP_ID,
    appSecret: env.WECHAT_APP_SECRET,
    baseUrl: env.WECHAT_API_BASE,
  };
});
