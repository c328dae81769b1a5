import { registerAs } from '@nestjs/config';
import { IsInt, Max, Min } from 'class-validator';
import { validateConfig } from './validate-config';

export interface IdempotencyConfig {
  /** Stored answers (they carry names) are deleted once this old. */
  retentionHours: number;
}

class IdempotencyEnv {
  /**
   * 72 hours: a retry comes within minutes, or after a rider has been without signal for a shift
   * or a weekend; an answer nobody can ask for again is personal data kept for nothing.
   */
  @IsInt({ message: 'IDEMPOTENCY_RETENTION_HOURS must be a whole number of hours' })
  @Min(1, { message: 'IDEMPOTENCY_RETENTION_HOURS must be at least 1' })
  @Max(720, { message: 'IDEMPOTENCY_RETENTION_HOURS must be at most 720 (30 days)' })
  IDEMPOTENCY_RETENTION_HOURS: number = 72;
}

export const idempotencyConfig = registerAs('idempotency', (): IdempotencyConfig => {
  const env = validateConfig(process.env, IdempotencyEnv);
  return { retentionHours: env.IDEMPOTENCY_RETENTION_HOURS };
});
