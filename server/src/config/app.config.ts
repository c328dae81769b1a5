import { registerAs } from '@nestjs/config';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { EnvBoolean, isProduction, validateConfig } from './validate-config';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Origins allowed by CORS; empty means same origin only. */
  corsOrigins: string[];
  /** Directory of the H5 build served at `/`; empty turns static serving off. */
  h5Dir: string;
  /** Where people reach the H5 build, without a trailing slash; printed QR codes link here. */
  publicBaseUrl: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** The demo sign-in route exists only when this is on, and never in production. */
  devLogin: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  version: string;
}

const DEV_JWT_SECRET = 'dev-only-secret-do-not-use-in-production';

class AppEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @IsString()
  HOST: string = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @IsOptional()
  @IsString()
  H5_DIR?: string;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'PUBLIC_BASE_URL must be an http(s) URL, e.g. https://unionhub.example.org' })
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  @ValidateIf((env: AppEnv) => env.NODE_ENV === 'production')
  @IsString({ message: 'JWT_SECRET must be set in production' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS: number = 7 * 24 * 3600;

  @IsOptional()
  @EnvBoolean()
  @IsBoolean()
  DEV_LOGIN?: boolean;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: AppConfig['logLevel'] = 'log';
}

export const appConfig = registerAs('app', (): AppConfig => {
  const env = validateConfig(process.env, AppEnv);
  const production = isProduction(process.env);
  return {
    nodeEnv: env.NODE_ENV as AppConfig['nodeEnv'],
    host: env.HOST,
    port: env.PORT,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    h5Dir: env.H5_DIR ?? '',
    publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
    jwtTtlSeconds: env.JWT_TTL_SECONDS,
    devLogin: !production && (env.DEV_LOGIN ?? true),
    logLevel: env.LOG_LEVEL,
    version: process.env.npm_package_version ?? '0.1.0',
  };
});
