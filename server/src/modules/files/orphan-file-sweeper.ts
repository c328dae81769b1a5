import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from '../../config';
import { FileReferences } from './file-references';
import { FileStorage } from './file-storage';

const CHECK_BATCH = 500;

/**
 * A file is stored before the row that refers to it is written; a process that dies in between
 * (or a delete that fails while undoing) leaves a file nobody refers to. The sweep deletes such
 * files once they are older than any upload could still be in flight.
 */
@Injectable()
export class OrphanFileSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Files');
  private readonly orphanMinutes: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<string[]> | null = null;

  constructor(
    private readonly storage: FileStorage,
    private readonly references: FileReferences,
    config: ConfigService<AllConfig, true>,
  ) {
    this.orphanMinutes = config.get('files', { infer: true }).orphanMinutes;
  }

  onApplicationBootstrap(): void {
    if (this.orphanMinutes === 0) return;
    this.timer = setInterval(() => void this.sweep(), this.orphanMinutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Deletes unreferenced files older than the orphan age at `now`; returns their keys. */
  sweep(now = new Date()): Promise<string[]> {
    this.running ??= this.turn(now)
      .catch((error: unknown) => {
        this.logger.error({ msg: 'orphan file sweep failed', error: error instanceof Error ? error.message : String(error) });
        return [];
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async turn(now: Date): Promise<string[]> {
    // With no module registered every file would look orphaned: refuse rather than empty the store.
    if (this.references.owners().length === 0) throw new Error('no file references registered');
    const cutoff = now.getTime() - Math.max(this.orphanMinutes, 1) * 60_000;
    const old: string[] = [];
    for await (const file of this.storage.list()) if (file.modifiedAt.getTime() < cutoff) old.push(file.key);
    const deleted: string[] = [];
    for (let i = 0; i < old.length; i += CHECK_BATCH) {
      const batch = old.slice(i, i + CHECK_BATCH);
      const used = await this.references.referenced(batch);
      for (const key of batch.filter((k) => !used.has(k))) {
        await this.storage.delete(key);
        deleted.push(key);
      }
    }
    if (deleted.length > 0) this.logger.warn({ msg: 'deleted orphaned files', count: deleted.length });
    return deleted;
  }
}
