import { Injectable } from '@nestjs/common';
import { type OrgUnitSummary, TransferStatus } from '@unionhub/shared';
import type { EntityManager } from 'typeorm';
import { type InAppMessage, NotificationsService } from '../../notifications/notifications.service';
import { thingValue, timeValue } from '../../notifications/subscribe-fields';
import type { Member } from '../members/member.entity';
import type { Transfer } from './transfer.entity';

const PAGE = 'member/transfer/index';

interface Notice {
  message: InAppMessage;
  /** The transfer-result template's `phrase` and `thing` fields. */
  result: '已转出' | '已转入' | '未通过';
  note: string;
}

/**
 * Tells the member what happened to his transfer: in the app, in the decision's transaction, and by
 * a WeChat subscribe message after it committed when he granted one.
 */
@Injectable()
export class TransferNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async inApp(manager: EntityManager, transfer: Transfer, member: Member, units: Map<string, OrgUnitSummary>): Promise<void> {
    const notice = noticeOf(transfer, units);
    // An imported member who has not claimed his membership has no account to tell.
    if (notice && member.userId) await this.notifications.notifyInApp(manager, member.userId, notice.message);
  }

  async push(transfer: Transfer, member: Member, units: Map<string, OrgUnitSummary>): Promise<void> {
    const notice = noticeOf(transfer, units);
    if (!notice || !member.userId) return;
    await this.notifications.pushToWechat(member.userId, {
      topic: 'transfer-result',
      page: PAGE,
      data: {
        thing1: { value: thingValue(units.get(transfer.toUnitId)?.name ?? '') },
        phrase2: { value: notice.result },
        thing3: { value: thingValue(notice.note) },
        time4: { value: timeValue(new Date()) },
      },
    });
  }
}

function noticeOf(transfer: Transfer, units: Map<string, OrgUnitSummary>): Notice | null {
  const from = units.get(transfer.fromUnitId)?.name ?? '原工会';
  const to = units.get(transfer.toUnitId)?.name ?? '新工会';
  const link = `/${PAGE}`;
  switch (transfer.status) {
    case TransferStatus.Released:
      return {
        result: '已转出',
        note: `等待${to}接收`,
        message: { title: '原工会已同意转出', body: `${from}已同意您转到${to}，等${to}接收后转接就完成了，不用再做什么。`, link },
      };
    case TransferStatus.Accepted:
      return {
        result: '已转入',
        note: '会员号和入会日期不变',
        message: { title: '组织关系转接已完成', body: `您已转入${to}，会员号和入会日期不变，会员卡已更新。`, link },
      };
    case TransferStatus.Refused: {
      const side = transfer.refusedBy === 'releasing' ? from : to;
      return {
        result: '未通过',
        note: transfer.refuseReason ?? '',
        message: {
          title: '组织关系转接未通过',
          body: `${side}不同意这次转接，原因：${transfer.refuseReason}。您仍是${from}的会员；可以联系该工会了解情况，或重新申请。`,
          link,
        },
      };
    }
    default:
      return null;
  }
}
