import { DomainError, type ErrorKind } from '../../common/domain-error';

export const SyncErrorCode = {
  BadCursor: 'SYNC_BAD_CURSOR',
  ClientNotFound: 'SYNC_CLIENT_NOT_FOUND',
  ClientRevoked: 'SYNC_CLIENT_REVOKED',
  TypeNotPermitted: 'SYNC_TYPE_NOT_PERMITTED',
  WebhookNotFound: 'SYNC_WEBHOOK_NOT_FOUND',
  DeliveryNotFound: 'SYNC_DELIVERY_NOT_FOUND',
  MemberNotFound: 'SYNC_MEMBER_NOT_FOUND',
  WebhookHttpsRequired: 'SYNC_WEBHOOK_HTTPS_REQUIRED',
  WebhookTargetRefused: 'SYNC_WEBHOOK_TARGET_REFUSED',
  WebhookTargetUnresolvable: 'SYNC_WEBHOOK_TARGET_UNRESOLVABLE',
} as const;
export type SyncErrorCode = (typeof SyncErrorCode)[keyof typeof SyncErrorCode];

const definitions: Record<SyncErrorCode, [ErrorKind, string]> = {
  SYNC_BAD_CURSOR: ['bad-request', '游标无效：请使用上一次返回的 cursor，或不带 after 从头读取'],
  SYNC_CLIENT_NOT_FOUND: ['not-found', '找不到这个接口客户端，请返回列表刷新'],
  SYNC_CLIENT_REVOKED: ['conflict', '这个接口客户端已停用，请重新登记一个新的客户端'],
  SYNC_TYPE_NOT_PERMITTED: ['forbidden', '该客户端没有读取这类变更的权限，请联系管理员授权后再试'],
  SYNC_WEBHOOK_NOT_FOUND: ['not-found', '找不到这个订阅，请先列出本客户端的订阅再操作'],
  SYNC_DELIVERY_NOT_FOUND: ['not-found', '找不到这次推送，请先列出订阅的推送记录再操作'],
  SYNC_MEMBER_NOT_FOUND: ['not-found', '管辖范围内找不到这个会员，请核对会员 id（取自变更数据的 subjectId）'],
  SYNC_WEBHOOK_HTTPS_REQUIRED: ['bad-request', '接收地址必须以 https:// 开头，请换成 https 地址后再订阅'],
  SYNC_WEBHOOK_TARGET_REFUSED: ['bad-request', '接收地址指向本机、内网或保留地址，不能推送；请填写公网可访问的 https 地址'],
  SYNC_WEBHOOK_TARGET_UNRESOLVABLE: ['bad-request', '接收地址的域名无法解析，请检查拼写或稍后再试'],
};

export class SyncError extends DomainError {
  constructor(code: SyncErrorCode) {
    const [kind, message] = definitions[code];
    super(code, kind, message);
  }
}
