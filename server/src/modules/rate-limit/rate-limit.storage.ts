import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorageService } from '@nestjs/throttler';
import type { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import type { AllConfig } from '../../config';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const WARN_EVERY_MS = 60_000;
const FIRST_CONNECTION_WAIT_MS = 2_000;

/**
 * Counters in Redis when configured (shared by every API process), else in memory. When Redis is
 * down the limits fail open: a rider at a join drive must still be able to join, and the database's
 * own constraints still stop duplicates; the outage is logged once a minute.
 */
@Injectable()
export class RateLimitStorage implements ThrottlerStorage, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: Redis | null;
  private readonly inner: ThrottlerStorage;
  private readonly scale: number;
  private lastWarning = 0;

  constructor(config: ConfigService<AllConfig, true>) {
    const { redisUrl, scale } = config.get('limits', { infer: true });
    this.scale = scale;
    if (redisUrl) {
      // No offline queue and no retries per command: when Redis is away a command fails at once
      // instead of holding the request.
      this.redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1000 });
      this.redis.on('error', (error: Error) => this.warn(error));
      this.inner = new ThrottlerStorageRedisService(this.redis);
    } else {
      this.redis = null;
      this.inner = new ThrottlerStorageService();
    }
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<StorageRecord> {
    try {
      return await this.inner.increment(key, ttl, limit * this.scale, blockDuration, throttlerName);
    } catch (error) {
      this.warn(error);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  /**
   * Commands fail at once while the first connection is still being made, so without this wait a
   * freshly started process would let its first requests through uncounted. A Redis that is down at
   * start does not hold the start up for long: the limits stay open until it answers.
   */
  async onApplicationBootstrap(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, FIRST_CONNECTION_WAIT_MS);
      redis.once('ready', done);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) this.redis.disconnect();
    else (this.inner as ThrottlerStorageService).onApplicationShutdown();
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = Date.now();
    this.logger.warn({ msg: 'rate-limit storage unavailable; limits are open', error: error instanceof Error ? error.message : String(error) });
  }
}
