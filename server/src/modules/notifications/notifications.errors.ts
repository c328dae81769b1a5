import { DomainError, type ErrorKind } from '../../common/domain-error';

export const NotificationsErrorCode = {
  NotFound: 'NOTIFICATION_NOT_FOUND',
  UnknownTemplate: 'NOTIFICATION_UNKNOWN_TEMPLATE',
} as const;
export type NotificationsErrorCode = (typeof NotificationsErrorCode)[keyof typeof NotificationsErrorCode];

const definitions: Record<NotificationsErrorCode, [ErrorKind, string]> = {
  NOTIFICATION_NOT_FOUND: ['not-found', '找不到这条消息，请下拉刷新'],
  NOTIFICATION_UNKNOWN_TEMPLATE: ['bad-request', '这种通知暂不支持订阅，请更新小程序后再试'],
};

export class NotificationsError extends DomainError {
  constructor(code: NotificationsErrorCode) {
    const [kind, message] = definitions[code];
    super(code, kind, message);
  }
}
