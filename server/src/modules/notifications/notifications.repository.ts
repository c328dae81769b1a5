import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { Notification } from './notification.entity';
import { SubscribeGrant } from './subscribe-grant.entity';

const LIST_LIMIT = 50;

/** Writes take the caller's transaction manager; reads use the pool. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(SubscribeGrant) private readonly grants: Repository<SubscribeGrant>,
  ) {}

  findLatestForUser(userId: string): Promise<Notification[]> {
    return this.notifications.find({ where: { userId }, order: { createdAt: 'DESC' }, take: LIST_LIMIT });
  }

  countUnread(userId: string): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
  }

  /** False when the user has no such notification. */
  async markRead(manager: EntityManager, userId: string, id: string): Promise<boolean> {
    const repository = manager.getRepository(Notification);
    if (!(await repository.existsBy({ id, userId }))) return false;
    await repository.update({ id, userId, readAt: IsNull() }, { readAt: new Date() });
    return true;
  }

  async insert(manager: EntityManager, notification: Pick<Notification, 'userId' | 'title' | 'body' | 'link'>): Promise<void> {
    await manager.getRepository(Notification).insert({ ...notification, readAt: null });
  }

  countOpenGrants(userId: string, templateId: string): Promise<number> {
    return this.grants.countBy({ userId, templateId, consumedAt: IsNull() });
  }

  async insertGrant(manager: EntityManager, userId: string, templateId: string): Promise<void> {
    await manager.getRepository(SubscribeGrant).insert({ userId, templateId, consumedAt: null });
  }

  /** Marks the oldest open grant used; null when none is left (or a concurrent send took it). */
  async consumeGrant(manager: EntityManager, userId: string, templateId: string): Promise<string | null> {
    const repository = manager.getRepository(SubscribeGrant);
    const open = await repository.findOne({ where: { userId, templateId, consumedAt: IsNull() }, order: { createdAt: 'ASC' } });
    if (!open) return null;
    const result = await repository.update({ id: open.id, consumedAt: IsNull() }, { consumedAt: new Date() });
    return result.affected === 1 ? open.id : null;
  }

  /** Gives a grant back after a send that WeChat never received. */
  async restoreGrant(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(SubscribeGrant).update({ id }, { consumedAt: null });
  }
}
