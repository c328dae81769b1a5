import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ChangeType, WebhookDeliveryView, WebhookSubscriptionCreated, WebhookSubscriptionView } from '@unionhub/shared';
import type { ClientActor } from '../../../common/client-actor';
import { PersonalDataCipher } from '../../../common/personal-data/personal-data-cipher';
import { TransactionRunner } from '../../../database/transaction-runner';
import { AuditService } from '../../audit/audit.service';
import { readableTypes } from '../changes/readable-types';
import { SyncError, SyncErrorCode } from '../sync.errors';
import type { WebhookDelivery } from './webhook-delivery.entity';
import type { WebhookSubscription } from './webhook-subscription.entity';
import { WebhookTargetGuard } from './webhook-target-guard';
import { WebhooksRepository } from './webhooks.repository';

const DELIVERY_LIST_LIMIT = 100;

/** A client's webhook subscriptions and their deliveries; sending is the dispatcher's job. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly targets: WebhookTargetGuard,
    private readonly transactions: TransactionRunner,
  ) {}

  async subscribe(client: ClientActor, input: { url: string; types: ChangeType[] }): Promise<WebhookSubscriptionCreated> {
    const allowed = readableTypes(client.permissions);
    if (input.types.some((type) => !allowed.includes(type))) throw new SyncError(SyncErrorCode.TypeNotPermitted);
    await this.targets.assertAllowed(input.url);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const subscription = await this.transactions.run(async (manager) => {
      const created = await this.webhooks.insertSubscription(manager, {
        clientId: client.clientId,
        url: input.url,
        types: [...new Set(input.types)].join(','),
        secretEnc: this.cipher.encrypt('webhook-secret', secret),
        status: 'active',
      });
      const entry = { action: 'sync.webhook.subscribe', targetType: 'webhook_subscription', targetId: created.id, orgUnitId: client.unitId, detail: { url: input.url, types: input.types } };
      await this.audit.recordClientCall(client, entry, manager);
      return created;
    });
    return { subscription: toView(subscription), secret };
  }

  async list(client: ClientActor): Promise<WebhookSubscriptionView[]> {
    return (await this.webhooks.findClientSubscriptions(client.clientId)).map(toView);
  }

  async remove(client: ClientActor, id: string): Promise<void> {
    await this.owned(client, id);
    await this.transactions.run(async (manager) => {
      await this.webhooks.removeSubscription(manager, id);
      await this.audit.recordClientCall(client, { action: 'sync.webhook.remove', targetType: 'webhook_subscription', targetId: id, orgUnitId: client.unitId }, manager);
    });
  }

  async deliveries(client: ClientActor, id: string): Promise<WebhookDeliveryView[]> {
    await this.owned(client, id);
    return (await this.webhooks.findDeliveries(id, DELIVERY_LIST_LIMIT)).map(toDeliveryView);
  }

  /** Sends a delivery again, whatever became of it, on the dispatcher's next turn. */
  async replay(client: ClientActor, deliveryId: string): Promise<WebhookDeliveryView> {
    const delivery = await this.webhooks.findDelivery(deliveryId);
    if (!delivery) throw new SyncError(SyncErrorCode.DeliveryNotFound);
    await this.owned(client, delivery.subscriptionId, SyncErrorCode.DeliveryNotFound);
    await this.webhooks.recordAttempt(delivery.id, { status: 'pending', attempts: 0, nextAttemptAt: new Date() });
    return toDeliveryView((await this.webhooks.findDelivery(deliveryId)) as WebhookDelivery);
  }

  /** Another client's subscription answers 404, as if it did not exist. */
  private async owned(client: ClientActor, id: string, missing: SyncErrorCode = SyncErrorCode.WebhookNotFound): Promise<WebhookSubscription> {
    const subscription = await this.webhooks.findClientSubscription(client.clientId, id);
    if (!subscription || subscription.status !== 'active') throw new SyncError(missing);
    return subscription;
  }
}

function toView(subscription: WebhookSubscription): WebhookSubscriptionView {
  return { id: subscription.id, url: subscription.url, types: subscription.types.split(',') as ChangeType[], createdAt: subscription.createdAt.toISOString() };
}

function toDeliveryView(delivery: WebhookDelivery): WebhookDeliveryView {
  return {
    id: delivery.id,
    subscriptionId: delivery.subscriptionId,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatus: delivery.lastStatus,
    lastError: delivery.lastError,
    nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt.toISOString() : null,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    change: JSON.parse(delivery.body),
  };
}
