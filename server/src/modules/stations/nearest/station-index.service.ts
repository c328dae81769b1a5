import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ChangeType } from '@unionhub/shared';
import { ChangeFeedService } from '../../sync/changes/change-feed.service';
import { StationsRepository, type StationRowText } from '../stations.repository';
import { type IndexedStation, NearestIndex, type NearestHit, type NearestQuery } from './nearest-index';
import { ScheduleCache } from './schedule-cache';
import type { StationIndexConfig } from './station-index.config';

/** Rows read per query while loading; keeps the driver's buffers small. */
const LOAD_PAGE = 20_000;
/** Feed events read per query while following; their station ids go into one IN list, under SQLite's 999 parameters. */
const FEED_PAGE = 500;

export interface IndexStats {
  stations: number;
  overlay: number;
  schedules: number;
  loadMs: number;
  buildMs: number;
  /** The last change-feed number applied. */
  cursor: string;
}

/**
 * This process's nearest-station index. Loaded from the database after start (nearby answers from
 * SQL until then), then kept fresh by following the change feed: every `pollMs`, and at once after
 * a station write in this process. Loading and following run one turn at a time.
 */
@Injectable()
export class StationIndexService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('StationIndex');
  private readonly settings: StationIndexConfig;
  private index: NearestIndex | null = null;
  private schedules = new ScheduleCache();
  private cursor = '0';
  private reloadWanted = true;
  private stats = { loadMs: 0, buildMs: 0 };
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private stopped = false;
  /** While the database is away every turn fails: say so once, and once when it works again. */
  private failing = false;

  constructor(
    private readonly stations: StationsRepository,
    private readonly changes: ChangeFeedService,
    config: ConfigService<{ stationIndex: StationIndexConfig }, true>,
  ) {
    this.settings = config.get('stationIndex', { infer: true });
  }

  get enabled(): boolean {
    return this.settings.pollMs > 0;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    void this.catchUp();
    this.timers.push(setInterval(() => void this.catchUp(), this.settings.pollMs));
    if (this.settings.reloadMinutes > 0) this.timers.push(setInterval(() => void this.reload(), this.settings.reloadMinutes * 60_000));
    for (const timer of this.timers) timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await Promise.all([this.running, this.queued]);
  }

  /** The nearest matching stations, or null while the index is not loaded (the caller asks SQL). */
  nearest(query: NearestQuery): NearestHit[] | null {
    return this.index?.nearest(query) ?? null;
  }

  get ready(): boolean {
    return this.index !== null;
  }

  statistics(): IndexStats {
    return { stations: this.index?.size ?? 0, overlay: this.index?.overlaySize ?? 0, schedules: this.schedules.size, ...this.stats, cursor: this.cursor };
  }

  /** Loads everything again from the database (for writes that bypassed the feed); resolves when done. */
  reload(): Promise<void> {
    if (!this.enabled) return Promise.resolve();
    this.reloadWanted = true;
    return this.catchUp();
  }

  /**
   * Resolves after a turn that started after this call has finished, so a station written and
   * numbered before the call is in the index then. Concurrent callers share turns: at most one
   * runs and one waits.
   */
  catchUp(): Promise<void> {
    if (!this.enabled || this.stopped) return Promise.resolve();
    if (this.queued) return this.queued;
    if (this.running) {
      this.queued = this.running.then(() => {
        this.queued = null;
        return this.catchUp();
      });
      return this.queued;
    }
    this.running = this.turn()
      .then(() => {
        if (this.failing) this.logger.log({ msg: 'station index follows the change feed again' });
        this.failing = false;
      })
      .catch((error: unknown) => {
        if (!this.failing) this.logger.error({ msg: 'station index turn failed; the next ones retry', error: error instanceof Error ? error.message : String(error) });
        this.failing = true;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async turn(): Promise<void> {
    if (this.reloadWanted) await this.load();
    await this.follow();
  }

  /** The feed's number first, then the stations: a change committed in between is applied again, harmlessly. */
  private async load(): Promise<void> {
    const started = performance.now();
    const cursor = await this.changes.lastSeq();
    const schedules = new ScheduleCache();
    const stations: IndexedStation[] = [];
    for (let afterId = ''; ; ) {
      const page = await this.stations.pageOfOpenRows(afterId, LOAD_PAGE);
      for (const row of page) stations.push(toIndexed(row, schedules));
      if (page.length < LOAD_PAGE) break;
      afterId = page[page.length - 1].id;
    }
    const built = performance.now();
    this.index = new NearestIndex(stations);
    this.schedules = schedules;
    this.cursor = cursor;
    this.reloadWanted = false;
    this.stats = { loadMs: Math.round(built - started), buildMs: Math.round(performance.now() - built) };
    this.logger.log({ msg: 'station index loaded', stations: stations.length, schedules: schedules.size, ...this.stats });
  }

  /** Applies the feed's station changes after the cursor; an import's thousands end in one rebuild. */
  private async follow(): Promise<void> {
    for (let more = true; more; ) {
      const events = await this.changes.subjectsAfter(this.cursor, FEED_PAGE);
      if (events.length === 0) break;
      const changed = [...new Set(events.filter((event) => event.type === ChangeType.Station).map((event) => event.subjectId))];
      const rows = new Map((await this.stations.findRowTextsByIds(changed)).map((row) => [row.id, row]));
      const index = this.index;
      if (!index) return;
      for (const id of changed) {
        const row = rows.get(id);
        index.apply(id, row ? toIndexed(row, this.schedules) : null);
      }
      this.cursor = events[events.length - 1].seq;
      more = events.length === FEED_PAGE;
    }
    if (this.index && this.index.overlaySize > this.settings.rebuildAfter) this.rebuild(this.index);
  }

  private rebuild(index: NearestIndex): void {
    const started = performance.now();
    this.index = index.rebuilt();
    this.stats.buildMs = Math.round(performance.now() - started);
    this.logger.log({ msg: 'station index rebuilt', stations: this.index.size, buildMs: this.stats.buildMs });
  }
}

function toIndexed(row: StationRowText, schedules: ScheduleCache): IndexedStation {
  const { hoursText, closuresText, ...rest } = row;
  const schedule = schedules.intern(hoursText, closuresText);
  return { ...rest, hours: schedule.hours, closures: schedule.closures, schedule };
}
