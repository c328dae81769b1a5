import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent } from 'typeorm';
import type { SyncConfig } from '../../../config/sync.config';
import { TransactionRunner } from '../../../database/transaction-runner';
import { ChangeFeedRepository } from './change-feed.repository';

/** Set on a query runner whose open transaction recorded change events. */
const RECORDED = 'changeFeedRecorded';
/** Events numbered per short transaction; stays under the embedded database's limit on bound parameters. */
const BATCH = 250;

/**
 * Numbers committed change events. Writers only insert unnumbered events; right after a writer's
 * commit this numbers them on the writer's own connection (so a write is in the feed by the time
 * its request answers), and a timer catches up events whose writer died between commit and
 * numbering. Each run is a short transaction under the counter lock, so runs in several
 * processes take turns and never hand out a number twice.
 */
@Injectable()
export class ChangeSequencer implements EntitySubscriberInterface, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ChangeFeed');
  private readonly pollMs: number;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(
    dataSource: DataSource,
    private readonly events: ChangeFeedRepository,
    private readonly transactions: TransactionRunner,
    config: ConfigService<{ sync: SyncConfig }, true>,
  ) {
    this.pollMs = config.get('sync', { infer: true }).sequencerPollMs;
    dataSource.subscribers.push(this);
  }

  /** Called by the change feed inside a writer's transaction. */
  markRecorded(runner: QueryRunner | undefined): void {
    if (runner?.isTransactionActive) runner.data[RECORDED] = true;
    else void this.poll();
  }

  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> | undefined {
    const runner = event.queryRunner;
    if (runner.isTransactionActive || !runner.data[RECORDED]) return undefined;
    delete runner.data[RECORDED];
    // The data is committed whatever happens here: a failure is left to the timer, never thrown.
    return this.afterCommit(runner).catch((error: unknown) => this.logger.warn({ msg: 'numbering after commit failed; the timer retries', error: error instanceof Error ? error.message : String(error) }));
  }

  onApplicationBootstrap(): void {
    if (this.pollMs === 0) return;
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all([this.polling, this.running, this.queued]);
  }

  /** One timer turn, on a connection of its own; a turn still running is joined rather than overlapped. */
  poll(): Promise<void> {
    this.polling ??= (async () => {
      if (!(await this.events.hasUnnumbered())) return;
      while ((await this.transactions.run((manager) => this.events.numberCommitted(manager, BATCH))) === BATCH);
    })()
      .catch((error: unknown) => this.logger.error({ msg: 'numbering change events failed', error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        this.polling = null;
      });
    return this.polling;
  }

  /**
   * Resolves after a run that started after this commit has finished. Concurrent commits in this
   * process share runs: at most one runs and one waits, each on a committing writer's connection,
   * which that writer holds anyway until its commit returns (no extra connection is needed).
   */
  private afterCommit(runner: QueryRunner): Promise<void> {
    if (this.queued) return this.queued;
    if (this.running) {
      this.queued = this.running.catch(() => undefined).then(() => {
        this.queued = null;
        return this.afterCommit(runner);
      });
      return this.queued;
    }
    this.running = this.runOn(runner).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOn(runner: QueryRunner): Promise<void> {
    for (;;) {
      await runner.startTransaction();
      let numbered: number;
      try {
        numbered = await this.events.numberCommitted(runner.manager, BATCH);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      if (numbered < BATCH) return;
    }
  }
}
