import { DomainError, type ErrorKind } from '../../common/domain-error';

export const AidErrorCode = {
  IllegalTransition: 'CLAIM_ILLEGAL_TRANSITION',
  AmountOverRule: 'CLAIM_AMOUNT_OVER_RULE',
  PlanNotFound: 'AID_PLAN_NOT_FOUND',
  PlanCodeTaken: 'AID_PLAN_CODE_TAKEN',
  NotAMember: 'AID_NOT_A_MEMBER',
  MemberWithoutAccount: 'AID_MEMBER_WITHOUT_ACCOUNT',
  AlreadyEnrolled: 'AID_ALREADY_ENROLLED',
  PeriodOutsidePlan: 'AID_PERIOD_OUTSIDE_PLAN',
  EnrollmentNotFound: 'AID_ENROLLMENT_NOT_FOUND',
  EnrollmentHasClaims: 'AID_ENROLLMENT_HAS_CLAIMS',
  ImportUnreadable: 'AID_ENROLLMENT_IMPORT_UNREADABLE',
  ImportNoHeader: 'AID_ENROLLMENT_IMPORT_NO_HEADER',
  ImportTooManyRows: 'AID_ENROLLMENT_IMPORT_TOO_MANY_ROWS',
  NotCovered: 'CLAIM_NOT_COVERED',
  InWaitingPeriod: 'CLAIM_IN_WAITING_PERIOD',
  PastDeadline: 'CLAIM_PAST_DEADLINE',
  YearlyCapUsed: 'CLAIM_YEARLY_CAP_USED',
  DocumentsMissing: 'CLAIM_DOCUMENTS_MISSING',
  InvoiceAlreadyClaimed: 'CLAIM_INVOICE_ALREADY_CLAIMED',
  DocumentNotRequired: 'CLAIM_DOCUMENT_NOT_REQUIRED',
  ClaimNotFound: 'CLAIM_NOT_FOUND',
  ChangedMeanwhile: 'CLAIM_CHANGED_MEANWHILE',
  OwnClaim: 'CLAIM_OWN_CLAIM',
  SecondApproverRequired: 'CLAIM_SECOND_APPROVER_REQUIRED',
  NoApprovalPending: 'CLAIM_NO_APPROVAL_PENDING',
  NothingToPay: 'AID_PAYOUT_NOTHING_TO_PAY',
  BatchNotFound: 'AID_PAYOUT_BATCH_NOT_FOUND',
  ResultFileInvalid: 'AID_PAYOUT_RESULT_INVALID',
  PayeeCardMissing: 'AID_PAYEE_CARD_MISSING',
  PayeeApprovalPending: 'CLAIM_PAYEE_APPROVAL_PENDING',
  PayeeNotPending: 'CLAIM_PAYEE_NOT_PENDING',
} as const;
export type AidErrorCode = (typeof AidErrorCode)[keyof typeof AidErrorCode];

const definitions: Record<AidErrorCode, [ErrorKind, string]> = {
  CLAIM_ILLEGAL_TRANSITION: ['conflict', '理赔申请的状态已变化，不能进行这一步，请刷新后再看'],
  CLAIM_AMOUNT_OVER_RULE: ['bad-request', '核定金额超过了这个保障项目的赔付上限，请按建议金额核定'],
  AID_PLAN_NOT_FOUND: ['not-found', '找不到这个保障项目，请刷新后重新选择'],
  AID_PLAN_CODE_TAKEN: ['conflict', '项目编号已被使用，请换一个编号'],
  AID_NOT_A_MEMBER: ['bad-request', '只有工会会员才能参加互助保障，请先扫码入会'],
  AID_MEMBER_WITHOUT_ACCOUNT: ['conflict', '这位会员是名册导入的，还没有用微信认领会员资格；请他先扫码入会，认领后再添加保障'],
  AID_ALREADY_ENROLLED: ['conflict', '这位会员在这个期间已参加该项目，无需重复添加'],
  AID_ENROLLMENT_NOT_FOUND: ['not-found', '找不到这条保障记录，请刷新后再看'],
  AID_ENROLLMENT_HAS_CLAIMS: ['conflict', '这条保障下已有理赔申请，不能删除；如需停止保障，请改截止日期后重新导入'],
  AID_PERIOD_OUTSIDE_PLAN: ['bad-request', '保障期应在项目的保障期内，且起始日期不晚于截止日期，请核对日期'],
  AID_ENROLLMENT_IMPORT_UNREADABLE: ['bad-request', '文件读不出来：请上传 XLSX 或 CSV（旧版 .xls 请在 Excel 里另存为 .xlsx）'],
  AID_ENROLLMENT_IMPORT_NO_HEADER: ['bad-request', '没有找到表头：第一行应为 会员编号（或 身份证号）、方案代码、起始日期、截止日期，请按模板填写'],
  AID_ENROLLMENT_IMPORT_TOO_MANY_ROWS: ['bad-request', '一个文件最多5000行，请分成几个文件导入'],
  CLAIM_NOT_COVERED: ['bad-request', '出险日期不在您的保障期内，请核对日期，或联系所在工会'],
  CLAIM_IN_WAITING_PERIOD: ['bad-request', '出险日期还在等待期内，这次不能申请；等待期后发生的才能赔付'],
  CLAIM_PAST_DEADLINE: ['bad-request', '已超过这个项目的申请时限，无法再提交；如有特殊情况请联系所在工会'],
  CLAIM_YEARLY_CAP_USED: ['bad-request', '本年度的赔付额度已经用完，明年可再申请'],
  CLAIM_DOCUMENTS_MISSING: ['bad-request', '还缺少必需的材料，请按清单补齐后再提交'],
  CLAIM_INVOICE_ALREADY_CLAIMED: ['conflict', '这张发票已经申请过理赔，不能重复使用；如有疑问请联系所在工会'],
  CLAIM_DOCUMENT_NOT_REQUIRED: ['bad-request', '这个项目不需要这类材料，请按清单上传'],
  CLAIM_NOT_FOUND: ['not-found', '找不到这份理赔申请，请刷新后再看'],
  CLAIM_CHANGED_MEANWHILE: ['conflict', '另一位工作人员刚处理了这份申请，请刷新后再看'],
  CLAIM_OWN_CLAIM: ['forbidden', '不能审核自己的理赔申请，请交给其他工作人员'],
  CLAIM_SECOND_APPROVER_REQUIRED: ['forbidden', '大额赔付需要另一位工作人员确认，请交给同事复核'],
  CLAIM_NO_APPROVAL_PENDING: ['conflict', '这份申请没有待复核的金额，请刷新后再看'],
  AID_PAYOUT_NOTHING_TO_PAY: ['conflict', '没有审核通过、等待打款的申请，不用生成付款文件'],
  AID_PAYOUT_BATCH_NOT_FOUND: ['not-found', '找不到这个付款批次，请刷新后再看'],
  AID_PAYOUT_RESULT_INVALID: ['bad-request', '回盘文件读不出来：请用 XLSX 或 CSV，列为 理赔编号、结果（成功/失败）、说明'],
  AID_PAYEE_CARD_MISSING: ['conflict', '还没有保存您的互助服务卡，请填写卡号后再提交'],
  CLAIM_PAYEE_APPROVAL_PENDING: ['conflict', '收款人不是会员本人，请先核实并点“确认收款人”，再核定金额'],
  CLAIM_PAYEE_NOT_PENDING: ['conflict', '这份申请的收款人无需确认或已确认，请刷新后再看'],
};

export class AidError extends DomainError {
  constructor(code: AidErrorCode, details?: Record<string, unknown>) {
    const [kind, message] = definitions[code];
    super(code, kind, message, details);
  }
}
