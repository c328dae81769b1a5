import { registerAs } from '@nestjs/config';
import { IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { isProduction, validateConfig } from './validate-config';

export interface FilesConfig {
  /** Where the local-disk storage keeps uploaded files. */
  dir: string;
  /** HMAC key of the short-lived links files are served by. */
  signingSecret: string;
  /** How long a signed link works. */
  linkTtlSeconds: number;
}

const DEV_SIGNING_SECRET = 'dev-only-file-link-secret-do-not-use';

class FilesEnv {
  @IsString()
  FILES_DIR: string = '.data/files';

  @ValidateIf((env: FilesEnv) => isProduction() || env.FILES_SIGNING_SECRET !== undefined)
  @IsString({ message: 'FILES_SIGNING_SECRET must be set in production' })
  @MinLength(32, { message: 'FILES_SIGNING_SECRET must be at least 32 characters' })
  FILES_SIGNING_SECRET?: string;

  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  FILES_LINK_TTL_SECONDS?: number;
}

export const filesConfig = registerAs('files', (): FilesConfig => {
  const env = validateConfig(process.env, FilesEnv);
  return {
    dir: env.FILES_DIR,
    signingSecret: env.FILES_SIGNING_SECRET ?? DEV_SIGNING_SECRET,
    linkTtlSeconds: env.FILES_LINK_TTL_SECONDS ?? 1800,
  };
});
