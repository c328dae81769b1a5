import { registerAs } from '@nestjs/config';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { DEVELOPMENT_SECRETS, invalidSetting } from './secrets';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';
import { EnvBoolean, isProduction, requireProductionSecret, validateConfig } from './validate-config';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Origins allowed by CORS; empty means same origin only. */
  corsOrigins: string[];
  /** Directory of the H5 build served at `/`; empty turns static serving off. */
  h5Dir: string;
  /** Where people reach the H5 build, without a trailing slash; printed QR codes link here. Required in production. */
  publicBaseUrl: string;
  jwtSecret: string;
  /** Lifetime of an access token: also the longest a revoked session keeps working. */
  accessTokenTtlSeconds: number;
  /** Lifetime of a session's refresh token; each refresh gives a new one for the same span. */
  refreshTokenTtlSeconds: number;
  /** The demo sign-in route exists only when this is set, and never in production. */
  devLogin: boolean;
  /** Which proxies are believed about the client address (X-Forwarded-For). */
  trustProxy: TrustProxy;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  version: string;
}

const MAX_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const LOOPBACK_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|\[::\])$/i;
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

function hostOf(url: unknown): string | null {
  try {
    return typeof url === 'string' ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** Printed QR codes carry this address: in production it must be one people's phones reach. */
const ReachableInProduction = (): PropertyDecorator =>
  ValidateBy({
    name: 'reachableInProduction',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => (args?.object as AppEnv).NODE_ENV !== 'production' || !LOOPBACK_HOSTS.test(hostOf(value) ?? ''),
      defaultMessage: () => 'PUBLIC_BASE_URL must be the address people reach in production (printed QR codes link to it), not a loopback address',
    },
  });

/** Development default of the public address: this server's own port, and its host unless it listens on every interface. */
export function localBaseUrl(host: string, port: number): string {
  const name = ANY_ADDRESS.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

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

  /** Optional outside production: the address this server listens on is the default (`localBaseUrl`). */
  @ValidateIf((env: AppEnv) => env.NODE_ENV === 'production' || env.PUBLIC_BASE_URL !== undefined)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'PUBLIC_BASE_URL must be an http(s) URL (required in production), e.g. https://unionhub.example.org' })
  @ReachableInProduction()
  PUBLIC_BASE_URL?: string;

  @ValidateIf((env: AppEnv) => env.NODE_ENV === 'production')
  @IsString({ message: 'JWT_SECRET must be set in production' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsInt()
  @Min(60)
  @Max(MAX_ACCESS_TOKEN_TTL_SECONDS, { message: 'ACCESS_TOKEN_TTL_SECONDS must be at most 900 (15 minutes): it is how long a revoked session keeps working' })
  ACCESS_TOKEN_TTL_SECONDS: number = MAX_ACCESS_TOKEN_TTL_SECONDS;

  @IsInt()
  @Min(3600)
  @Max(90 * 24 * 3600)
  REFRESH_TOKEN_TTL_SECONDS: number = 30 * 24 * 3600;

  @IsOptional()
  @EnvBoolean()
  @IsBoolean()
  DEV_LOGIN?: boolean;

  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: AppConfig['logLevel'] = 'log';
}

export const appConfig = registerAs('app', (): AppConfig => {
  const env = validateConfig(process.env, AppEnv);
  if (process.env.JWT_TTL_SECONDS !== undefined) {
    throw invalidSetting('JWT_TTL_SECONDS', 'was replaced by ACCESS_TOKEN_TTL_SECONDS (at most 900) and REFRESH_TOKEN_TTL_SECONDS; remove it');
  }
  if (isProduction() && env.DEV_LOGIN) {
    throw invalidSetting('DEV_LOGIN', 'the demo sign-in lets anyone act as any officer; it cannot be on with NODE_ENV=production');
  }
  requireProductionSecret('JWT_SECRET', env.JWT_SECRET, 32);
  return {
    nodeEnv: env.NODE_ENV as AppConfig['nodeEnv'],
    host: env.HOST,
    port: env.PORT,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    h5Dir: env.H5_DIR ?? '',
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? localBaseUrl(env.HOST, env.PORT)).replace(/\/+$/, ''),
    jwtSecret: env.JWT_SECRET ?? DEVELOPMENT_SECRETS.jwt,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    devLogin: env.DEV_LOGIN ?? false,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL,
    version: process.env.npm_package_version ?? '0.1.0',
  };
});
