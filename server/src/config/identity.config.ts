import { registerAs } from '@nestjs/config';
import { IsIn, IsOptional, IsString, IsUrl, Matches, ValidateIf } from 'class-validator';
import { TENCENT_FACEID_API_BASE } from '../modules/identity/identity-check/identity-check-tencent';
import { TENCENT_SMS_API_BASE } from '../modules/identity/sms/sms-tencent.client';
import { isProduction, validateConfig } from './validate-config';

interface TencentCloudSettings {
  secretId: string;
  secretKey: string;
  region: string;
  baseUrl: string;
}

export type SmsSettings =
  | { mode: 'fake' }
  | { mode: 'real'; tencent: TencentCloudSettings & { sdkAppId: string; signName: string; templateId: string } };

export type IdentityCheckSettings = { mode: 'fake' | 'off' } | { mode: 'real'; tencent: TencentCloudSettings };

export interface IdentityConfig {
  sms: SmsSettings;
  identityCheck: IdentityCheckSettings;
}

const needsTencent = (env: IdentityEnv) => env.SMS_MODE === 'real' || env.IDENTITY_CHECK_MODE === 'real';

class IdentityEnv {
  /** `fake` sends nothing and makes every code 246810; refused in production. */
  @IsIn(['real', 'fake'])
  SMS_MODE: 'real' | 'fake' = 'fake';

  /** `fake` passes every name but marked ones; `off` sends every auto-channel application to review. */
  @IsIn(['real', 'fake', 'off'])
  IDENTITY_CHECK_MODE: 'real' | 'fake' | 'off' = 'fake';

  @ValidateIf(needsTencent)
  @Matches(/^AKID[0-9A-Za-z]{8,60}$/, { message: 'TENCENTCLOUD_SECRET_ID is required for SMS_MODE=real or IDENTITY_CHECK_MODE=real (an API key id, AKID…)' })
  TENCENTCLOUD_SECRET_ID?: string;

  @ValidateIf(needsTencent)
  @Matches(/^[0-9A-Za-z]{16,64}$/, { message: 'TENCENTCLOUD_SECRET_KEY is required for SMS_MODE=real or IDENTITY_CHECK_MODE=real' })
  TENCENTCLOUD_SECRET_KEY?: string;

  @IsString()
  @Matches(/^[a-z]{2}-[a-z]+$/, { message: 'TENCENTCLOUD_REGION must look like ap-guangzhou' })
  TENCENTCLOUD_REGION: string = 'ap-guangzhou';

  @ValidateIf((env: IdentityEnv) => env.SMS_MODE === 'real')
  @Matches(/^\d{10}$/, { message: 'SMS_SDK_APP_ID is required for SMS_MODE=real (the 10-digit SmsSdkAppId)' })
  SMS_SDK_APP_ID?: string;

  @ValidateIf((env: IdentityEnv) => env.SMS_MODE === 'real')
  @IsString({ message: 'SMS_SIGN_NAME is required for SMS_MODE=real (the approved signature, e.g. 工会通)' })
  @Matches(/^\S{2,12}$/, { message: 'SMS_SIGN_NAME must be the approved signature text, 2 to 12 characters' })
  SMS_SIGN_NAME?: string;

  @ValidateIf((env: IdentityEnv) => env.SMS_MODE === 'real')
  @Matches(/^\d{4,10}$/, { message: 'SMS_TEMPLATE_ID is required for SMS_MODE=real (the approved template id)' })
  SMS_TEMPLATE_ID?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  SMS_API_BASE?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  IDENTITY_CHECK_API_BASE?: string;
}

export const identityConfig = registerAs('identity', (): IdentityConfig => {
  const env = validateConfig(process.env, IdentityEnv);
  // Fakes in production would let anyone "verify" any phone or identity.
  if (isProduction() && env.SMS_MODE === 'fake') throw new Error('Invalid settings:\n  SMS_MODE=fake is refused with NODE_ENV=production: set SMS_MODE=real and its Tencent Cloud settings');
  if (isProduction() && env.IDENTITY_CHECK_MODE === 'fake') {
    throw new Error('Invalid settings:\n  IDENTITY_CHECK_MODE=fake is refused with NODE_ENV=production: set real (Tencent Cloud FaceID) or off (every auto-channel application waits for an officer)');
  }
  const credentials = { secretId: env.TENCENTCLOUD_SECRET_ID ?? '', secretKey: env.TENCENTCLOUD_SECRET_KEY ?? '', region: env.TENCENTCLOUD_REGION };
  return {
    sms:
      env.SMS_MODE === 'fake'
        ? { mode: 'fake' }
        : {
            mode: 'real',
            tencent: {
              ...credentials,
              baseUrl: env.SMS_API_BASE ?? TENCENT_SMS_API_BASE,
              sdkAppId: env.SMS_SDK_APP_ID as string,
              signName: env.SMS_SIGN_NAME as string,
              templateId: env.SMS_TEMPLATE_ID as string,
            },
          },
    identityCheck:
      env.IDENTITY_CHECK_MODE === 'real'
        ? { mode: 'real', tencent: { ...credentials, baseUrl: env.IDENTITY_CHECK_API_BASE ?? TENCENT_FACEID_API_BASE } }
        : { mode: env.IDENTITY_CHECK_MODE },
  };
});
