import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SyncConfig } from '../../../config/sync.config';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import type { ChangeEvent } from '../changes/change-event.entity';
import { toChangeView } from '../changes/change-view';
import { SyncError } from '../sync.errors';
import type { WebhookDelivery } from './webhook-delivery.entity';
import { postWebhook } from './webhook-sender';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signDelivery, TIMESTAMP_HEADER } from './webhook-signature';
import { WebhookTargetGuard } from './webhook-target-guard';
import { type ActiveSubscription, WebhooksRepository } from './webhooks.repository';

const FAN_OUT_BATCH = 500;
const SEND_BATCH = 20;

/** Thrown to roll a fan-out back when another process fanned the same events out first. */
class FanOutRaced extends Error {}

function matches(subscription: ActiveSubscription, event: ChangeEvent): boolean {
  const inScope = event.unitPath.startsWith(subscription.unitPath) || (event.otherUnitPath?.startsWith(subscription.unitPath) ?? false);
  return inScope && subscription.types.split(',').includes(event.type);
}

/**
 * The background loop of webhooks. Requests only write change events; this loop, on its own
 * timer, turns new events into deliveries (one per matching subscription) and sends those that are
 * due, retrying failures with exponential backoff. A slow or dead receiver never slows a request.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly settings: SyncConfig;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly transactions: TransactionRunner,
    private readonly targets: WebhookTargetGuard,
    config: ConfigService<{ sync: SyncConfig }, true>,
  ) {
    this.settings = config.get('sync', { infer: true });
  }

  onApplicationBootstrap(): void {
    if (this.settings.webhookPollMs === 0) return;
    this.timer = setInterval(() => void this.tick(), this.settings.webhookPollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One turn of the loop; a turn still running is joined rather than overlapped. */
  tick(): Promise<void> {
    this.running ??= this.turn()
      .catch((error: unknown) => this.logger.error({ msg: 'webhook turn failed', error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async turn(): Promise<void> {
    await this.fanOut();
    await Promise.all((await this.webhooks.findDue(new Date(), SEND_BATCH)).map((delivery) => this.attempt(delivery)));
    await this.webhooks.deleteDeliveredBefore(new Date(Date.now() - this.settings.webhookRetentionMs));
  }

  /**
   * Reads events after the fan-out mark and writes their deliveries, moving the mark in the same
   * transaction. Sequence numbers follow commit order, so reading "after the mark" skips nothing.
   */
  private async fanOut(): Promise<void> {
    const subscriptions = await this.webhooks.findActiveSubscriptions();
    await this.transactions
      .run(async (manager) => {
        const from = await this.webhooks.fannedOutUpTo(manager);
        const events = await this.webhooks.findEventsAfter(manager, from, FAN_OUT_BATCH);
        const last = events.at(-1);
        if (!last) return;
        if (!(await this.webhooks.advanceFanOut(manager, from, String(last.seq)))) throw new FanOutRaced();
        const now = new Date();
        const rows = events.flatMap((event) =>
          subscriptions
            .filter((s) => matches(s, event))
            .map((s) => ({ subscriptionId: s.id, changeSeq: String(event.seq), body: JSON.stringify(toChangeView(event)), status: 'pending' as const, attempts: 0, nextAttemptAt: now, lastStatus: null, lastError: null, deliveredAt: null })),
        );
        await this.webhooks.insertDeliveries(manager, rows);
      })
      .catch((error: unknown) => {
        if (!(error instanceof FanOutRaced)) throw error;
      });
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const attempt = delivery.attempts + 1;
    // Claiming sets the time of the next try now, so a crash mid-send still leads to a retry.
    const retryAt = new Date(Date.now() + this.settings.webhookRetryBaseMs * 2 ** (attempt - 1));
    if (!(await this.webhooks.claim(delivery, retryAt))) return;
    const subscription = await this.webhooks.findDeliverable(delivery.subscriptionId);
    if (!subscription) {
      await this.webhooks.recordAttempt(delivery.id, { status: 'failed', lastStatus: null, lastError: '订阅已取消或客户端已停用' });
      return;
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = this.cipher.decrypt('webhook-secret', subscription.secretEnc);
    let status: number | null = null;
    let failure: string | null = null;
    try {
      const url = this.targets.parse(subscription.url);
      const addresses = await this.targets.addressesFor(url);
      const headers = { 'content-type': 'application/json', [SIGNATURE_HEADER]: signDelivery(secret, timestamp, delivery.body), [TIMESTAMP_HEADER]: String(timestamp), [DELIVERY_HEADER]: delivery.id };
      status = await postWebhook(url, addresses, headers, delivery.body, this.settings.webhookTimeoutMs);
      if (status < 200 || status >= 300) failure = `接收方返回 ${status}`;
    } catch (error) {
      failure = error instanceof SyncError ? `未推送：${error.message}`.slice(0, 200) : `无法送达：${error instanceof Error ? error.name : 'error'}`;
    }
    if (!failure) {
      await this.webhooks.recordAttempt(delivery.id, { status: 'delivered', lastStatus: status, lastError: null, deliveredAt: new Date() });
      return;
    }
    const exhausted = attempt >= this.settings.webhookMaxAttempts;
    await this.webhooks.recordAttempt(delivery.id, { status: exhausted ? 'failed' : 'pending', lastStatus: status, lastError: failure });
  }
}
