import { registerAs } from '@nestjs/config';
import { IsIn, IsOptional, IsString, IsUrl, Matches, ValidateIf } from 'class-validator';
import { isProduction, requireProductionSecret, validateConfig } from './validate-config';

export interface WechatConfig {
  mode: 'real' | 'fake';
  appId?: string;
  appSecret?: string;
  baseUrl?: string;
  /** Which version of the mini-program the codes it makes open. */
  qrEnvVersion: 'release' | 'trial' | 'develop';
  /** Subscribe-message template for join decisions; none means in-app messages only. */
  templateJoinResult?: string;
  /** Subscribe-message template for transfer decisions (released, accepted, refused). */
  templateTransferResult?: string;
  /** Subscribe-message template for claim progress (needs info, approved, rejected, paid). */
  templateClaimProgress?: string;
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

  @IsIn(['release', 'trial', 'develop'])
  WECHAT_QR_ENV_VERSION: 'release' | 'trial' | 'develop' = 'release';

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'WECHAT_TEMPLATE_JOIN_RESULT must be a template id from the mini-program admin' })
  WECHAT_TEMPLATE_JOIN_RESULT?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'WECHAT_TEMPLATE_TRANSFER_RESULT must be a template id from the mini-program admin' })
  WECHAT_TEMPLATE_TRANSFER_RESULT?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'WECHAT_TEMPLATE_CLAIM_PROGRESS must be a template id from the mini-program admin' })
  WECHAT_TEMPLATE_CLAIM_PROGRESS?: string;
}

export const wechatConfig = registerAs('wechat', (): WechatConfig => {
  const env = validateConfig(process.env, WechatEnv);
  // The fake answers any "phone:<number>" code with that number, as if WeChat had verified it.
  if (isProduction() && env.WECHAT_MODE === 'fake') {
    throw new Error('Invalid settings:\n  WECHAT_MODE=fake is refused with NODE_ENV=production: set WECHAT_MODE=real with WECHAT_APP_ID and WECHAT_APP_SECRET');
  }
  // WeChat issues 32-character app secrets.
  if (env.WECHAT_MODE === 'real') requireProductionSecret('WECHAT_APP_SECRET', env.WECHAT_APP_SECRET, 32);
  return {
    mode: env.WECHAT_MODE,
    appId: env.WECHAT_APP_ID,
    appSecret: env.WECHAT_APP_SECRET,
    baseUrl: env.WECHAT_API_BASE,
    qrEnvVersion: env.WECHAT_QR_ENV_VERSION,
    templateJoinResult: env.WECHAT_TEMPLATE_JOIN_RESULT,
    templateTransferResult: env.WECHAT_TEMPLATE_TRANSFER_RESULT,
    templateClaimProgress: env.WECHAT_TEMPLATE_CLAIM_PROGRESS,
  };
});
