import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { IdempotencyConfig } from '../../config/idempotency.config';
import { IdempotencyRepository } from './idempotency.repository';

const HOUR_MS = 3_600_000;
const BATCH = 500;

/**
 * Stored answers hold names and masked numbers: once no client can retry any more they are
 * deleted. Every process sweeps hourly; the sweeps need no coordination, because each deletes
 * rows by id after reading them, and a row another process deleted first simply counts as gone.
 */
@Injectable()
export class IdempotencySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private readonly retentionMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly records: IdempotencyRepository,
    config: ConfigService<{ idempotency: IdempotencyConfig }, true>,
  ) {
    this.retentionMs = config.get('idempotency', { infer: true }).retentionHours * HOUR_MS;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), HOUR_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Deletes the records older than the retention at `now`; returns how many went. */
  sweep(now = new Date()): Promise<number> {
    this.running ??= this.purge(new Date(now.getTime() - this.retentionMs))
      .catch((error: unknown) => {
        this.logger.error({ msg: 'idempotency sweep failed; the next one retries', error: error instanceof Error ? error.message : String(error) });
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async purge(before: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      const batch = await this.records.deleteOlderThan(before, BATCH);
      deleted += batch.deleted;
      if (batch.found < BATCH) break;
    }
    if (deleted > 0) this.logger.log({ msg: 'deleted expired idempotency records', count: deleted });
    return deleted;
  }
}
