import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { ChangeEvent } from '../changes/change-event.entity';
import { ChangeSequence } from '../changes/change-sequence.entity';
import { ApiClient } from '../clients/api-client.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

/** The row in `change_sequence` that remembers how far deliveries have been fanned out. */
const FANNED_OUT = 'webhooks';

export interface ActiveSubscription {
  id: string;
  types: string;
  /** The subscribing client's subtree. */
  unitPath: string;
}

@Injectable()
export class WebhooksRepository {
  constructor(
    @InjectRepository(WebhookSubscription) private readonly subscriptions: Repository<WebhookSubscription>,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
  ) {}

  insertSubscription(manager: EntityManager, subscription: Omit<WebhookSubscription, 'id' | 'createdAt'>): Promise<WebhookSubscription> {
    const repository = manager.getRepository(WebhookSubscription);
    return repository.save(repository.create(subscription));
  }

  findClientSubscriptions(clientId: string): Promise<WebhookSubscription[]> {
    return this.subscriptions.find({ where: { clientId, status: 'active' }, order: { createdAt: 'ASC' } });
  }

  findClientSubscription(clientId: string, id: string): Promise<WebhookSubscription | null> {
    return this.subscriptions.findOneBy({ id, clientId });
  }

  /** The subscription, only while both it and its client are active: a revoked client gets nothing more. */
  findDeliverable(id: string): Promise<WebhookSubscription | null> {
    return this.subscriptions
      .createQueryBuilder('s')
      .innerJoin(ApiClient, 'c', 'c.id = s.clientId')
      .where("s.id = :id AND s.status = 'active' AND c.status = 'active'", { id })
      .getOne();
  }

  async removeSubscription(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(WebhookSubscription).update({ id }, { status: 'removed' });
  }

  /** Active subscriptions of active clients, with the client's subtree. */
  async findActiveSubscriptions(): Promise<ActiveSubscription[]> {
    const rows = await this.subscriptions
      .createQueryBuilder('s')
      .innerJoin(ApiClient, 'c', 'c.id = s.clientId')
      .where("s.status = 'active' AND c.status = 'active'")
      .select(['s.id AS id', 's.types AS types', 'c.unitPath AS unitPath'])
      .getRawMany<ActiveSubscription>();
    return rows;
  }

  async fannedOutUpTo(manager: EntityManager): Promise<string> {
    const row = await manager.getRepository(ChangeSequence).findOneBy({ name: FANNED_OUT });
    if (row) return String(row.value);
    // Subscriptions see changes from when the loop first ran, not the whole history.
    const latest = await manager.getRepository(ChangeSequence).findOneBy({ name: 'feed' });
    await manager.getRepository(ChangeSequence).insert({ name: FANNED_OUT, value: latest ? String(latest.value) : '0' });
    return latest ? String(latest.value) : '0';
  }

  /** Moves the fan-out mark only from where this process read it; false when another process moved it. */
  async advanceFanOut(manager: EntityManager, from: string, to: string): Promise<boolean> {
    const result = await manager.getRepository(ChangeSequence).update({ name: FANNED_OUT, value: from }, { value: to });
    return (result.affected ?? 0) > 0;
  }

  findEventsAfter(manager: EntityManager, seq: string, limit: number): Promise<ChangeEvent[]> {
    return manager.getRepository(ChangeEvent).createQueryBuilder('e').where('e.seq > :seq', { seq }).orderBy('e.seq', 'ASC').take(limit).getMany();
  }

  /** In chunks, to stay under the embedded database's limit on bound parameters. */
  async insertDeliveries(manager: EntityManager, rows: Omit<WebhookDelivery, 'id' | 'createdAt'>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 50) await manager.getRepository(WebhookDelivery).insert(rows.slice(i, i + 50));
  }

  findDue(now: Date, limit: number): Promise<WebhookDelivery[]> {
    return this.deliveries
      .createQueryBuilder('d')
      .where("d.status = 'pending' AND d.nextAttemptAt <= :now", { now })
      .orderBy('d.changeSeq', 'ASC')
      .take(limit)
      .getMany();
  }

  /**
   * Claims a due delivery by pushing its next attempt into the future, only if nobody else did:
   * with several API processes, each delivery is attempted by one of them at a time.
   */
  async claim(delivery: WebhookDelivery, until: Date): Promise<boolean> {
    const result = await this.deliveries.update({ id: delivery.id, status: 'pending', attempts: delivery.attempts }, { nextAttemptAt: until, attempts: delivery.attempts + 1 });
    return (result.affected ?? 0) > 0;
  }

  async recordAttempt(id: string, changes: Partial<WebhookDelivery>): Promise<void> {
    await this.deliveries.update({ id }, changes);
  }

  findDeliveries(subscriptionId: string, limit: number): Promise<WebhookDelivery[]> {
    return this.deliveries.find({ where: { subscriptionId }, order: { changeSeq: 'DESC' }, take: limit });
  }

  /** Delivered rows older than `before`, a bounded batch per call so a backlog never holds long locks. */
  async deleteDeliveredBefore(before: Date, limit = 500): Promise<number> {
    const old = await this.deliveries
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .where("d.status = 'delivered' AND d.deliveredAt < :before", { before })
      .limit(limit)
      .getRawMany<{ id: string }>();
    if (old.length) await this.deliveries.delete({ id: In(old.map((row) => row.id)) });
    return old.length;
  }

  findDelivery(id: string): Promise<WebhookDelivery | null> {
    return this.deliveries.findOneBy({ id });
  }
}
