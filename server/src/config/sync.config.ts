import { registerAs } from '@nestjs/config';
import { IsInt, Max, Min } from 'class-validator';
import { validateConfig } from './validate-config';

export interface SyncConfig {
  /** How often the webhook loop looks for new changes and due retries; 0 turns the loop off. */
  webhookPollMs: number;
  /** The first retry waits this long; each later one twice as long as the one before. */
  webhookRetryBaseMs: number;
  webhookMaxAttempts: number;
  webhookTimeoutMs: number;
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
}

/** Loaded by the sync module itself (ConfigModule.forFeature): no other module reads it. */
export const syncConfig = registerAs('sync', (): SyncConfig => {
  const env = validateConfig(process.env, SyncEnv);
  return { webhookPollMs: env.WEBHOOK_POLL_MS, webhookRetryBaseMs: env.WEBHOOK_RETRY_BASE_MS, webhookMaxAttempts: env.WEBHOOK_MAX_ATTEMPTS, webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS };
});
