import { registerAs } from '@nestjs/config';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { DEVELOPMENT_SECRETS } from './secrets';
import { isProduction, requireProductionSecret, validateConfig } from './validate-config';

export interface FilesConfig {
  /** Where the local-disk storage keeps uploaded files. */
  dir: string;
  /** HMAC key of the short-lived links files are served by. */
  signingSecret: string;
  /** How long a signed link works. */
  linkTtlSeconds: number;
  /** `local` (default) or `s3` for S3-compatible object storage. */
  storage: 'local' | 's3';
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | null;
  /** A stored file no row refers to is deleted once it is this old; 0 turns the sweep off. */
  orphanMinutes: number;
}

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

  @IsInt({ message: 'FILES_ORPHAN_MINUTES must be a whole number of minutes' })
  @Min(0)
  FILES_ORPHAN_MINUTES: number = 60;

  @IsIn(['local', 's3'])
  FILES_STORAGE: 'local' | 's3' = 'local';

  @ValidateIf((env: FilesEnv) => env.FILES_STORAGE === 's3')
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'S3_ENDPOINT must be a URL when FILES_STORAGE=s3' })
  S3_ENDPOINT?: string;

  @ValidateIf((env: FilesEnv) => env.FILES_STORAGE === 's3')
  @IsString({ message: 'S3_BUCKET must be set when FILES_STORAGE=s3' })
  @MinLength(3)
  S3_BUCKET?: string;

  @IsString()
  S3_REGION: string = 'us-east-1';

  @ValidateIf((env: FilesEnv) => env.FILES_STORAGE === 's3')
  @IsString({ message: 'S3_ACCESS_KEY must be set when FILES_STORAGE=s3' })
  @MinLength(1)
  S3_ACCESS_KEY?: string;

  @ValidateIf((env: FilesEnv) => env.FILES_STORAGE === 's3')
  @IsString({ message: 'S3_SECRET_KEY must be set when FILES_STORAGE=s3' })
  @MinLength(1)
  S3_SECRET_KEY?: string;
}

export const filesConfig = registerAs('files', (): FilesConfig => {
  const env = validateConfig(process.env, FilesEnv);
  requireProductionSecret('FILES_SIGNING_SECRET', env.FILES_SIGNING_SECRET, 32);
  if (env.FILES_STORAGE === 's3') requireProductionSecret('S3_SECRET_KEY', env.S3_SECRET_KEY, 16);
  return {
    dir: env.FILES_DIR,
    signingSecret: env.FILES_SIGNING_SECRET ?? DEVELOPMENT_SECRETS.filesSigning,
    linkTtlSeconds: env.FILES_LINK_TTL_SECONDS ?? 1800,
    storage: env.FILES_STORAGE,
    orphanMinutes: env.FILES_ORPHAN_MINUTES,
    s3:
      env.FILES_STORAGE === 's3'
        ? { endpoint: env.S3_ENDPOINT as string, bucket: env.S3_BUCKET as string, region: env.S3_REGION, accessKeyId: env.S3_ACCESS_KEY as string, secretAccessKey: env.S3_SECRET_KEY as string }
        : null,
  };
});
