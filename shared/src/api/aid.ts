/** Mutual-aid plans (职工互助保障): categories, documents, payout rules and the claim lifecycle. */
import type { Occupation } from './join';
import type { ImportRowError } from './station-admin';

export const AidPlanCategory = {
  InpatientMedical: 'inpatient',
  SecondaryReimbursement: 'secondary-reimbursement',
  CriticalIllness: 'critical-illness',
  Accident: 'accident',
  NewFormWorker: 'new-form-worker',
  HomeProperty: 'home-property',
} as const;
export type AidPlanCategory = (typeof AidPlanCategory)[keyof typeof AidPlanCategory];

export const AidPlanCategoryLabel: Record<AidPlanCategory, string> = {
  inpatient: '在职职工住院',
  'secondary-reimbursement': '门诊/住院二次报销',
  'critical-illness': '重大疾病',
  accident: '意外伤害（非工伤）',
  'new-form-worker': '新就业形态劳动者专项保障',
  'home-property': '家庭财产',
};

export const ClaimDocumentKind = {
  IdCard: 'id-card',
  MedicalInvoice: 'medical-invoice',
  DischargeSummary: 'discharge-summary',
  InsuranceSettlement: 'insurance-settlement',
  AccidentProof: 'accident-proof',
  PropertyProof: 'property-proof',
  BankCard: 'bank-card',
} as const;
export type ClaimDocumentKind = (typeof ClaimDocumentKind)[keyof typeof ClaimDocumentKind];

export const ClaimDocumentKindLabel: Record<ClaimDocumentKind, string> = {
  'id-card': '身份证正反面',
  'medical-invoice': '医疗费用发票',
  'discharge-summary': '出院小结/诊断证明',
  'insurance-settlement': '医保结算单',
  'accident-proof': '事故证明',
  'property-proof': '物业/居委会证明',
  'bank-card': '银行卡',
};

/** Amounts are integers in fen (分) everywhere: no floating point for money. */
export type Fen = number;

export type PayoutRule =
  /** The same sum for every approved claim (e.g. a critical-illness grant). */
  | { kind: 'fixed'; amount: Fen; capPerYear?: Fen }
  /** A share of the eligible expenses above a deductible, capped per claim and per year. */
  | { kind: 'rate'; ratePercent: number; deductible: Fen; capPerClaim: Fen; capPerYear?: Fen };

export type FilingDeadline =
  /** Counted from the discharge date (or the event date when there is none), weekends and listed holidays excluded. */
  | { kind: 'working-days'; days: number }
  /** Counted from the event date in calendar terms, e.g. within two years. */
  | { kind: 'months'; months: number };

export const ClaimStatus = {
  Draft: 'draft',
  Submitted: 'submitted',
  InReview: 'in-review',
  NeedsInfo: 'needs-info',
  Resubmitted: 'resubmitted',
  Approved: 'approved',
  Paying: 'paying',
  Paid: 'paid',
  Rejected: 'rejected',
  Withdrawn: 'withdrawn',
} as const;
export type ClaimStatus = (typeof ClaimStatus)[keyof typeof ClaimStatus];

/** What the member reads on the timeline: where the claim is, in plain words. */
export const ClaimStatusLabel: Record<ClaimStatus, string> = {
  draft: '草稿',
  submitted: '已提交，等待受理',
  'in-review': '审核中',
  'needs-info': '需要补充材料',
  resubmitted: '已补充材料，等待审核',
  approved: '审核通过，等待打款',
  paying: '打款中',
  paid: '已赔付',
  rejected: '未通过',
  withdrawn: '已撤回',
};

/** The member's "what next" for each status. */
export const ClaimNextStep: Record<ClaimStatus, string> = {
  draft: '请按清单上传材料，确认收款账户后提交',
  submitted: '工会工作人员会尽快受理，请留意消息',
  'in-review': '工作人员正在核对材料和金额，请耐心等待',
  'needs-info': '请按工作人员的留言补充材料，然后重新提交',
  resubmitted: '补充的材料已收到，等待工作人员审核',
  approved: '已核定赔付金额，等待打款',
  paying: '款项正在打入您的银行卡，一般几个工作日内到账',
  paid: '款项已打入您的银行卡，请注意查收',
  rejected: '如对结果有疑问，请联系所在工会',
  withdrawn: '申请已撤回，如需要可重新申请',
};

export const ClaimAction = {
  Submit: 'submit',
  StartReview: 'start-review',
  RequestInfo: 'request-info',
  Resubmit: 'resubmit',
  Approve: 'approve',
  Reject: 'reject',
  Withdraw: 'withdraw',
  StartPayment: 'start-payment',
  ConfirmPaid: 'confirm-paid',
  PaymentFailed: 'payment-failed',
} as const;
export type ClaimAction = (typeof ClaimAction)[keyof typeof ClaimAction];

/** POST /api/me/claims — the claim form; documents follow one by one, then the member submits. */
export interface CreateClaimRequest {
  enrollmentId: string;
  /** YYYY-MM-DD: the day of the illness, admission or accident. */
  eventDate: string;
  dischargeDate?: string;
  hospital: string;
  /** The 医保 settlement's transaction number. */
  insuranceTxn?: string;
  invoiceNumbers: string[];
  totalExpenses: Fen;
  eligibleExpenses: Fen;
  /** The member himself, unless `payeeIsOther`. */
  payeeName: string;
  /** Said only when someone else is paid (e.g. a family member collects): an officer must confirm that payee before the claim can be approved. */
  payeeIsOther?: true;
  /** Why someone else is paid, 2 to 60 characters; required with `payeeIsOther`. */
  payeeReason?: string;
  /** 'aid-card': a card typed here becomes the member's card on file when none is saved yet. */
  payeeKind?: ClaimPayeeKind;
  /** 12 to 19 digits; stored encrypted, answered masked. Exactly one of this and `useCardOnFile`. */
  bankAccount?: string;
  /** Pays to the 互助服务卡 on file (GET /api/me/aid/card); the number is not sent again. */
  useCardOnFile?: true;
}

/** Whether the payee needs an officer's word: the member himself needs none; another person waits for an officer to confirm him. */
export type ClaimPayeeApproval = 'not-needed' | 'pending' | 'approved';

/** Where a claim is paid: the member's 工会会员互助服务卡, or another card in his own name. */
export type ClaimPayeeKind = 'aid-card' | 'other-card';

/** GET/PUT /api/me/aid/card — the member's 互助服务卡 on file, only ever answered masked. */
export interface AidPayeeCardView {
  /** `**** **** **** 1234` */
  masked: string;
}

/** PUT /api/me/aid/card */
export interface SavePayeeCardRequest {
  /** 12 to 19 digits. */
  account: string;
}

/** Why an officer refuses a claim; the member reads the officer's note with it. */
export const ClaimRejectReasonLabel = {
  'not-covered': '不在保障范围或保障期内',
  'not-eligible': '不符合赔付条件',
  'documents-invalid': '材料不真实或无法核实',
  duplicate: '重复申请',
  other: '其他原因',
} as const;
export type ClaimRejectReason = keyof typeof ClaimRejectReasonLabel;

/** A plan as members and officers see it. */
export interface AidPlan {
  id: string;
  code: string;
  name: string;
  category: AidPlanCategory;
  coverageFrom: string;
  coverageUntil: string;
  waitingDays: number;
  filingDeadline: FilingDeadline;
  payoutRule: PayoutRule;
  requiredDocuments: ClaimDocumentKind[];
  /** Members are enrolled when their membership is created, for the rest of the coverage period. */
  autoEnrollOnJoin: boolean;
  /** With automatic enrollment, only joiners of these occupations; null: every joiner. */
  autoEnrollOccupations: Occupation[] | null;
}

export interface AidEnrollment {
  id: string;
  plan: AidPlan;
  memberId: string;
  validFrom: string;
  validUntil: string;
}

export interface ClaimDocument {
  id: string;
  kind: ClaimDocumentKind;
  contentType: string;
  size: number;
  /** A short-lived signed link; never a stable path. */
  url: string;
}

export interface ClaimEvent {
  action: ClaimAction | 'create' | 'upload' | 'first-approval' | 'approve-payee';
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  actorRole: string;
  note: string | null;
  at: string;
}

export interface ClaimDetail {
  id: string;
  planId: string;
  planName: string;
  status: ClaimStatus;
  statusLabel: string;
  /** What happens next, in plain words, for the member's timeline. */
  nextStep: string;
  eventDate: string;
  dischargeDate: string | null;
  hospital: string;
  insuranceTxn: string | null;
  invoiceNumbers: string[];
  totalExpenses: Fen;
  eligibleExpenses: Fen;
  approvedAmount: Fen | null;
  /** Set while an approval above the threshold waits for a second officer. */
  pendingApprovalAmount: Fen | null;
  payeeName: string;
  /** 'pending': the payee is not the member and no officer has confirmed him yet; the claim cannot be approved. */
  payeeApproval: ClaimPayeeApproval;
  /** The member's reason for another payee; null when the member is paid himself. */
  payeeReason: string | null;
  bankAccountMasked: string;
  flaggedDuplicate: boolean;
  documents: ClaimDocument[];
  missingDocuments: ClaimDocumentKind[];
  events: ClaimEvent[];
  /** What the viewer may do next. */
  actions: ClaimAction[];
  suggestedPayout: { amount: Fen; steps: string[] } | null;
  version: number;
}

/** A page of the officers' claim queue. */
export interface ClaimPage {
  items: ClaimDetail[];
  total: number;
}

/** Where a payment batch stands: the bank's result not in yet, partly in, or every row answered. */
export type PayoutBatchStatus = 'waiting' | 'partial' | 'settled';

export interface PayoutBatchSummary {
  id: string;
  orgUnitName: string;
  status: PayoutBatchStatus;
  claimCount: number;
  totalAmount: Fen;
  paidCount: number;
  failedCount: number;
  createdAt: string;
  settledAt: string | null;
}

/** The payout page: what the next batch would carry, and the batches made so far (newest first). */
export interface PayoutOverview {
  ready: { count: number; amount: Fen };
  batches: PayoutBatchSummary[];
  total: number;
}

/** What importing the bank's result file changed; skipped rows say why, for the officer to check. */
export interface PayoutImportResult {
  paid: number;
  failed: number;
  skipped: { row: number; claimId: string; reason: string }[];
  /** Every row of the file in order: what it did to its claim (row 2 is the first below the header). */
  rows: { row: number; claimId: string; outcome: 'paid' | 'failed' | 'unchanged'; reason: string | null }[];
}

/** POST /api/aid/enrollments/import — an XLSX or CSV roster of enrollments (会员编号 or 身份证号, 方案代码, 起始日期, 截止日期). */
export interface EnrollmentImportRequest {
  fileName: string;
  /** The file, base64. */
  file: string;
}

/** All or nothing: `applied` is false and nothing is written when any row has an error. */
export interface EnrollmentImportResult {
  applied: boolean;
  totalRows: number;
  created: number;
  /** Rows whose enrollment existed with another end date, now brought in line. */
  updated: number;
  /** Rows already enrolled (same member, plan and start): a second import of a file changes nothing. */
  unchanged: number;
  errors: ImportRowError[];
  errorCount: number;
}

/** POST /api/sync/enrollments — an API client with `enrollments:write` enrolls a member of its subtree. */
export interface SyncEnrollmentRequest {
  /** One of memberNumber and idNumber. */
  memberNumber?: string;
  idNumber?: string;
  planCode: string;
  validFrom: string;
  validUntil: string;
}

export interface SyncEnrollmentResult {
  enrollment: AidEnrollment;
  /** false when the member already had this plan from this date (a retry): nothing was written. */
  created: boolean;
}
