import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NotificationList, SubscribeTemplates, SubscribeTopic } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { AllConfig } from '../../config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuthService } from '../auth/auth.service';
import { WechatClient } from '../auth/wechat/wechat-client';
import { WechatError, WechatErrorCode } from '../auth/wechat/wechat.errors';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';

export interface InAppMessage {
  title: string;
  body: string;
  link: string | null;
}

export interface SubscribeMessage {
  topic: SubscribeTopic;
  /** The mini-program page the message opens. */
  page: string;
  /** The template's fields, e.g. `{ thing1: { value: '庞各庄镇总工会' } }`. */
  data: Record<string, { value: string }>;
}

/** WeChat lets a user hold many acceptances; more than this many unused ones are not kept. */
const MAX_OPEN_GRANTS = 20;

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly transactions: TransactionRunner,
    private readonly auth: AuthService,
    private readonly wechat: WechatClient,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  async list(actor: Actor): Promise<NotificationList> {
    const [items, unread] = await Promise.all([this.notifications.findLatestForUser(actor.userId), this.notifications.countUnread(actor.userId)]);
    return {
      items: items.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
      unread,
    };
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const found = await this.transactions.run((manager) => this.notifications.markRead(manager, actor.userId, id));
    if (!found) throw new NotificationsError(NotificationsErrorCode.NotFound);
  }

  templates(): SubscribeTemplates {
    return { 'join-result': this.templateOf('join-result'), 'transfer-result': this.templateOf('transfer-result'), 'claim-progress': this.templateOf('claim-progress') };
  }

  /** Records one acceptance of `wx.requestSubscribeMessage` for the template. */
  async subscribe(actor: Actor, templateId: string): Promise<void> {
    const known = Object.values(this.templates()).includes(templateId);
    if (!known) throw new NotificationsError(NotificationsErrorCode.UnknownTemplate);
    if ((await this.notifications.countOpenGrants(actor.userId, templateId)) >= MAX_OPEN_GRANTS) return;
    await this.transactions.run((manager) => this.notifications.insertGrant(manager, actor.userId, templateId));
  }

  /** The in-app message, written in the caller's transaction so that it commits with the change. */
  notifyInApp(manager: EntityManager, userId: string, message: InAppMessage): Promise<void> {
    return this.notifications.insert(manager, { userId, ...message });
  }

  /**
   * A WeChat subscribe message, after the change committed, when the user accepted one and a
   * template is configured. Never throws: the in-app message already tells the user.
   */
  async pushToWechat(userId: string, message: SubscribeMessage): Promise<void> {
    const templateId = this.templateOf(message.topic);
    if (!templateId) return;
    const openid = await this.auth.openidOf(userId);
    if (!openid) return;
    const grant = await this.transactions.run((manager) => this.notifications.consumeGrant(manager, userId, templateId));
    if (!grant) return;
    try {
      await this.wechat.sendSubscribeMessage({ openid, templateId, page: message.page, data: message.data });
    } catch (error) {
      const revoked = error instanceof WechatError && error.code === WechatErrorCode.NotSubscribed;
      if (!revoked) await this.transactions.run((manager) => this.notifications.restoreGrant(manager, grant));
      this.logger.warn({ msg: 'subscribe message not sent', topic: message.topic, code: error instanceof WechatError ? error.code : 'unknown' });
    }
  }

  private templateOf(topic: SubscribeTopic): string | null {
    switch (topic) {
      case 'join-result':
        return this.config.get('wechat.templateJoinResult', { infer: true }) ?? null;
      case 'transfer-result':
        return this.config.get('wechat.templateTransferResult', { infer: true }) ?? null;
      case 'claim-progress':
        return this.config.get('wechat.templateClaimProgress', { infer: true }) ?? null;
    }
  }
}
