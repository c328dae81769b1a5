import { registerAs } from '@nestjs/config';
import { IsNumber, IsOptional, Matches, Min } from 'class-validator';
import { validateConfig } from './validate-config';

export interface LimitsConfig {
  /** Shared rate-limit counters for several API processes; unset keeps counters in memory. */
  redisUrl: string | null;
  /** Prefix of every Redis key, so one Redis can serve several deployments (and test runs). */
  redisKeyPrefix: string;
  /** Multiplies every limit: above 1 for load tests on one address, never below 1 in production. */
  scale: number;
}

class LimitsEnv {
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must look like redis://host:6379/0' })
  REDIS_URL?: string;

  @IsOptional()
  @Matches(/^[\w:.-]{1,64}$/, { message: 'REDIS_KEY_PREFIX may use letters, digits and : . - _' })
  REDIS_KEY_PREFIX?: string;

  @IsNumber({}, { message: 'RATE_LIMIT_SCALE must be a number' })
  @Min(1, { message: 'RATE_LIMIT_SCALE must be at least 1' })
  RATE_LIMIT_SCALE: number = 1;
}

export const limitsConfig = registerAs('limits', (): LimitsConfig => {
  const env = validateConfig(process.env, LimitsEnv);
  return { redisUrl: env.REDIS_URL ?? null, redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'unionhub:', scale: env.RATE_LIMIT_SCALE };
});
