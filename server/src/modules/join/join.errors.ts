import { DomainError, type ErrorKind } from '../../common/domain-error';

export const JoinErrorCode = {
  ChannelNotFound: 'JOIN_CHANNEL_NOT_FOUND',
  ChannelExpired: 'JOIN_CHANNEL_EXPIRED',
  ChannelNotStarted: 'JOIN_CHANNEL_NOT_STARTED',
  ChannelDates: 'JOIN_CHANNEL_DATES',
  NotAPool: 'JOIN_NOT_A_POOL',
  TargetRequired: 'JOIN_TARGET_REQUIRED',
  PhoneRequired: 'JOIN_PHONE_REQUIRED',
  PhoneCodeInvalid: 'JOIN_PHONE_CODE_INVALID',
  PhoneNotMainland: 'JOIN_PHONE_NOT_MAINLAND',
  PolicyOutdated: 'JOIN_POLICY_OUTDATED',
  AccountHasMember: 'JOIN_ACCOUNT_HAS_MEMBER',
  AccountHasPending: 'JOIN_ACCOUNT_HAS_PENDING',
  ApplicationNotFound: 'JOIN_APPLICATION_NOT_FOUND',
  AlreadyDecided: 'JOIN_ALREADY_DECIDED',
  AlreadyMember: 'JOIN_ALREADY_MEMBER',
  NotMember: 'JOIN_NOT_MEMBER',
  TransferNotFound: 'JOIN_TRANSFER_NOT_FOUND',
  TransferNotReleasable: 'JOIN_TRANSFER_NOT_RELEASABLE',
  TransferNotAcceptable: 'JOIN_TRANSFER_NOT_ACCEPTABLE',
  TransferClosed: 'JOIN_TRANSFER_CLOSED',
  TransferOpen: 'JOIN_TRANSFER_OPEN',
  TransferTarget: 'JOIN_TRANSFER_TARGET',
  TransferSameUnit: 'JOIN_TRANSFER_SAME_UNIT',
  TransferNotCancellable: 'JOIN_TRANSFER_NOT_CANCELLABLE',
  MemberNumberNotFound: 'JOIN_MEMBER_NUMBER_NOT_FOUND',
  RosterUnreadable: 'JOIN_ROSTER_UNREADABLE',
  RosterNoHeader: 'JOIN_ROSTER_NO_HEADER',
  RosterTooManyRows: 'JOIN_ROSTER_TOO_MANY_ROWS',
  RosterUnit: 'JOIN_ROSTER_UNIT',
  RosterInvalid: 'JOIN_ROSTER_INVALID',
} as const;
export type JoinErrorCode = (typeof JoinErrorCode)[keyof typeof JoinErrorCode];

const POOL_HINT = '您可以改选所在区的新就业形态工会入会';

const definitions: Record<JoinErrorCode, [ErrorKind, string]> = {
  JOIN_CHANNEL_NOT_FOUND: ['not-found', `找不到这个入会二维码，请核对后重新扫码；${POOL_HINT}`],
  JOIN_CHANNEL_EXPIRED: ['conflict', `这个入会二维码已过有效期；${POOL_HINT}`],
  JOIN_CHANNEL_NOT_STARTED: ['conflict', `这个入会二维码还没到开始日期；${POOL_HINT}`],
  JOIN_CHANNEL_DATES: ['bad-request', '有效期不对：结束日期不能早于开始日期或今天，最长一年'],
  JOIN_NOT_A_POOL: ['bad-request', '请从列表中选择一个区的新就业形态工会'],
  JOIN_TARGET_REQUIRED: ['bad-request', `请先扫描入会二维码；${POOL_HINT}`],
  JOIN_PHONE_REQUIRED: ['bad-request', '请点“获取手机号”，或填写手机号并获取短信验证码'],
  JOIN_PHONE_CODE_INVALID: ['bad-request', '手机号授权已失效，请重新点“获取手机号”'],
  JOIN_PHONE_NOT_MAINLAND: ['bad-request', '请使用中国大陆手机号，或填写手机号并获取短信验证码'],
  JOIN_POLICY_OUTDATED: ['bad-request', '隐私政策已更新，请返回上一步重新阅读并同意'],
  JOIN_ACCOUNT_HAS_MEMBER: ['conflict', '这个微信已绑定会员卡，不能再为他人入会；请本人用自己的微信扫码'],
  JOIN_ACCOUNT_HAS_PENDING: ['conflict', '您已有一份待审核的入会申请，请等审核结果出来后再提交'],
  JOIN_APPLICATION_NOT_FOUND: ['not-found', '找不到这份入会申请，请返回列表刷新'],
  JOIN_ALREADY_DECIDED: ['conflict', '这份申请已经处理过了，请返回列表刷新'],
  JOIN_ALREADY_MEMBER: ['conflict', '申请人已经是会员，无需再次通过；请返回列表刷新'],
  JOIN_NOT_MEMBER: ['not-found', '您还不是会员，扫码入会后就能领取会员卡'],
  JOIN_TRANSFER_NOT_FOUND: ['not-found', '找不到这条转接申请，请返回列表刷新'],
  JOIN_TRANSFER_NOT_RELEASABLE: ['conflict', '这条转接已不在待转出状态，请返回列表刷新'],
  JOIN_TRANSFER_NOT_ACCEPTABLE: ['conflict', '这条转接还没有转出或已处理，请等转出单位同意后再接收，或返回列表刷新'],
  JOIN_TRANSFER_CLOSED: ['conflict', '这条转接已经办结，不能再处理；请返回列表刷新'],
  JOIN_TRANSFER_OPEN: ['conflict', '已有一条正在办理的转接，请先查看它的进度；如要改转到别处，先撤回再重新申请'],
  JOIN_TRANSFER_TARGET: ['bad-request', '请从列表中选择一个基层工会或区新就业形态工会'],
  JOIN_TRANSFER_SAME_UNIT: ['bad-request', '已经在这个工会了，请选择要转去的另一个工会'],
  JOIN_TRANSFER_NOT_CANCELLABLE: ['conflict', '转出单位已经同意转出或转接已办结，不能再撤回；如有疑问请联系工会'],
  JOIN_MEMBER_NUMBER_NOT_FOUND: ['not-found', '找不到这个会员号对应的在册会员，请核对会员号后再试'],
  JOIN_ROSTER_UNREADABLE: ['bad-request', '读不出这个文件，请另存为 XLSX 或 UTF-8 编码的 CSV 后再导入'],
  JOIN_ROSTER_NO_HEADER: ['bad-request', '找不到表头：第一行应有 姓名、身份证号、手机号、职业、工作单位、入会日期 这几列，请按模板填写'],
  JOIN_ROSTER_TOO_MANY_ROWS: ['bad-request', '一次最多导入5000名会员，请分成几个文件导入'],
  JOIN_ROSTER_INVALID: ['bad-request', '文件里有写错的行，一行都没有导入；请按逐行提示改好后重新导入'],
  JOIN_ROSTER_UNIT: ['bad-request', '请选择一个基层工会或区新就业形态工会作为会员所在的工会'],
};

export class JoinError extends DomainError {
  constructor(code: JoinErrorCode, details?: Record<string, unknown>) {
    const [kind, message] = definitions[code];
    super(code, kind, message, details);
  }
}
