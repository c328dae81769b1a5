import { registerAs } from '@nestjs/config';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { EnvBoolean, validateConfig } from './validate-config';

export interface SyncConfig {
  /** How often the webhook loop looks for new changes and due retries; 0 turns the loop off. */
  webhookPollMs: number;
  /** The first retry waits this long; each later one twice as long as the one before. */
  webhookRetryBaseMs: number;
  webhookMaxAttempts: number;
  webhookTimeoutMs: number;
  /** Plain http webhook targets are refused unless this is on (tests, local development). */
  webhookAllowHttp: boolean;
  /** Hosts, IP addresses or CIDR ranges a webhook may target even when private (tests, local development). */
  webhookAllowedTargets: string[];
  /** Delivered webhook rows older than this are deleted by the webhook loop. */
  webhookRetentionMs: number;
  /** How often each process numbers committed change events that no commit hook numbered; 0 turns the timer off. */
  sequencerPollMs: number;
}

class SyncEnv {
  @IsInt()
  @Min(0)
  @Max(60_000)
  WEBHOOK_POLL_MS: number = 1000;

  @IsInt()
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_RETRY_BASE_MS: number = 30_000;

  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS: number = 8;

  @IsInt()
  @Min(100)
  @Max(30_000)
  WEBHOOK_TIMEOUT_MS: number = 5000;

  @EnvBoolean()
  @IsBoolean()
  WEBHOOK_ALLOW_HTTP: boolean = false;

  @IsOptional()
  @IsString()
  WEBHOOK_ALLOWED_TARGETS: string = '';

  @IsInt()
  @Min(1000)
  @Max(365 * 86_400_000)
  WEBHOOK_RETENTION_MS: number = 30 * 86_400_000;

  @IsInt()
  @Min(0)
  @Max(60_000)
  CHANGE_SEQUENCER_MS: number = 500;
}

/** Loaded by the sync modules themselves (ConfigModule.forFeature): no other module reads it. */
export const syncConfig = registerAs('sync', (): SyncConfig => {
  const env = validateConfig(process.env, SyncEnv);
  return {
    webhookPollMs: env.WEBHOOK_POLL_MS,
    webhookRetryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
    webhookMaxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
    webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS,
    webhookAllowHttp: env.WEBHOOK_ALLOW_HTTP,
    webhookAllowedTargets: env.WEBHOOK_ALLOWED_TARGETS.split(',').map((s) => s.trim()).filter(Boolean),
    webhookRetentionMs: env.WEBHOOK_RETENTION_MS,
    sequencerPollMs: env.CHANGE_SEQUENCER_MS,
  };
});
