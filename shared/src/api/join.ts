import type { OrgUnitSummary } from './orgs';

/** The occupations offered on the join form, in the order shown. */
export const Occupation = {
  DeliveryRider: 'delivery-rider',
  Courier: 'courier',
  RideHailingDriver: 'ride-hailing-driver',
  TruckDriver: 'truck-driver',
  SecurityGuard: 'security-guard',
  DomesticWorker: 'domestic-worker',
  MallStaff: 'mall-staff',
  Other: 'other',
} as const;
export type Occupation = (typeof Occupation)[keyof typeof Occupation];

export const OccupationLabel: Record<Occupation, string> = {
  'delivery-rider': '外卖配送员',
  courier: '快递员',
  'ride-hailing-driver': '网约车司机',
  'truck-driver': '货车司机',
  'security-guard': '保安员',
  'domestic-worker': '家政服务员',
  'mall-staff': '商场信息员',
  other: '其他',
};

export const JoinChannelKind = {
  Event: 'event',
  Station: 'station',
  Employer: 'employer',
  StreetTeam: 'street-team',
} as const;
export type JoinChannelKind = (typeof JoinChannelKind)[keyof typeof JoinChannelKind];

export const JoinChannelKindLabel: Record<JoinChannelKind, string> = {
  event: '活动（职工沟通会）',
  station: '驿站',
  employer: '用人单位 / 平台',
  'street-team': '街道入会小分队',
};

export const ReviewMode = {
  /** Every complete application becomes a membership at once. */
  Auto: 'auto',
  /** Applications wait in the unit's queue for an officer. */
  Review: 'review',
} as const;
export type ReviewMode = (typeof ReviewMode)[keyof typeof ReviewMode];

export const ApplicationStatus = {
  Pending: 'pending',
  Approved: 'approved',
  Rejected: 'rejected',
  /** The person is a member elsewhere: a transfer request was made instead of a second membership. */
  Transfer: 'transfer',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

/** Shown and accepted at joining (入会誓词). */
export const JOIN_PLEDGE =
  '我自愿加入中华全国总工会，遵守工会章程，执行工会决议，积极参加工会活动，按期交纳会费，为工人阶级和中国特色社会主义事业贡献力量。';

/** The version of the joining privacy notice the app shows; the server refuses any other. */
export const JOIN_PRIVACY_POLICY_VERSION = '2026-11-01';

/** Whether a channel takes joins now. */
export type JoinChannelState = 'open' | 'not-started' | 'expired';

/** GET /api/join/channels/:code — what a worker who scanned the code sees. */
export interface JoinChannelPublic {
  code: string;
  title: string;
  unit: OrgUnitSummary;
  reviewMode: ReviewMode;
  welcomeGift: string | null;
  state: JoinChannelState;
  validFrom: string;
  validUntil: string;
}

/** POST /api/join/channels/:code/events — reported by the app; the server counts the rest. */
export interface JoinChannelEventRequest {
  type: 'scan' | 'start';
}

/** POST /api/join/channels */
export interface CreateJoinChannelRequest {
  title: string;
  kind: JoinChannelKind;
  /** The unit joiners belong to; inside the officer's subtree. */
  unitId: string;
  reviewMode: ReviewMode;
  /** ISO dates (YYYY-MM-DD, China time): the first and the last day the code takes joins. */
  validFrom: string;
  validUntil: string;
  welcomeGift?: string;
}

export interface JoinChannelCounts {
  scans: number;
  starts: number;
  submissions: number;
  approvals: number;
  rejections: number;
}

export interface JoinChannelDay extends JoinChannelCounts {
  /** YYYY-MM-DD, China time */
  day: string;
}

/** An officer's view of a channel. */
export interface JoinChannel {
  id: string;
  code: string;
  title: string;
  kind: JoinChannelKind;
  unit: OrgUnitSummary;
  reviewMode: ReviewMode;
  validFrom: string;
  validUntil: string;
  welcomeGift: string | null;
  state: JoinChannelState;
  /** What the printed QR code opens: `${PUBLIC_BASE_URL}/?scene=<code>`. */
  link: string;
  totals: JoinChannelCounts;
  createdAt: string;
}

export interface JoinChannelStats {
  channelId: string;
  totals: JoinChannelCounts;
  days: JoinChannelDay[];
}

/**
 * POST /api/join/applications, with an `Idempotency-Key` header. Exactly one of `channelCode`
 * and `poolUnitId`; exactly one of `phoneCode` (WeChat's getPhoneNumber button) and `phone` (typed).
 */
export interface SubmitJoinApplicationRequest {
  channelCode?: string;
  poolUnitId?: string;
  name: string;
  idNumber: string;
  /** WeChat: the one-time code of the "获取手机号" button. */
  phoneCode?: string;
  /** H5: the phone number, with the SMS code sent to it (POST /api/auth/phone/sms-code). */
  phone?: string;
  smsCode?: string;
  occupation: Occupation;
  employer: string;
  workDistrict: string;
  privacyPolicyVersion: string;
  acceptPrivacyPolicy: true;
  acceptSensitiveInfo: true;
}

/** What joining led to: a card now, a wait for review, or a transfer request. */
export type JoinOutcome = 'member' | 'pending' | 'transfer';

/** An application as its applicant sees it. Personal data masked. */
export interface MyJoinApplication {
  id: string;
  status: ApplicationStatus;
  unit: OrgUnitSummary;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;
  rejectReason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** A membership without the card's token: the card itself is GET /api/members/me/card. */
export interface MembershipSummary {
  memberNumber: string;
  unit: OrgUnitSummary;
  /** YYYY-MM-DD, China time */
  joinedOn: string;
}

/**
 * The answer to a join; a retry with the same idempotency key gets the same answer again, so it
 * carries no card token (which expires) — the app loads the card when the outcome has one.
 */
export interface JoinSubmitResponse {
  outcome: JoinOutcome;
  /** The new or pending application; for `transfer`, the application that asked for the move. */
  application: MyJoinApplication | null;
  /** The membership, when the outcome is `member`, and the current one for `transfer`. */
  membership: MembershipSummary | null;
  transfer: TransferSummary | null;
}

/** An application in an officer's queue: masked. */
export interface JoinApplicationSummary {
  id: string;
  status: ApplicationStatus;
  nameMasked: string;
  occupation: Occupation;
  unit: OrgUnitSummary;
  channelTitle: string | null;
  createdAt: string;
}

export interface JoinApplicationDetail extends JoinApplicationSummary {
  idNumberMasked: string;
  phoneMasked: string;
  gender: 'male' | 'female';
  age: number;
  employer: string;
  workDistrict: string;
  privacyPolicyVersion: string;
  privacyConsentAt: string;
  sensitiveConsentAt: string;
  rejectReason: string | null;
  decidedAt: string | null;
  memberNumber: string | null;
  /** What was checked when the application came in; shown to officers only. */
  checks: JoinApplicationChecks;
}

/** How the applicant's phone number was proven his: WeChat's number exchange or an SMS code. */
export type PhoneVerification = 'wechat' | 'sms';

/** The national-record check of name + ID number: not run on reviewed channels. */
export type IdentityCheckOutcome = 'passed' | 'failed' | 'unavailable' | 'not-run';

/**
 * Why an application waits for an officer although its applicant was not told so: the applicant
 * sees an ordinary pending application whatever the reason.
 */
export type JoinHoldReason =
  | 'roster-mismatch'
  | 'imported-elsewhere'
  | 'member-elsewhere'
  | 'pending-elsewhere'
  | 'claim-locked'
  | 'identity-failed'
  | 'identity-unavailable';

export interface JoinApplicationChecks {
  phoneVerifiedBy: PhoneVerification | null;
  identity: IdentityCheckOutcome;
  holdReason: JoinHoldReason | null;
  /** Failed attempts today (China time), from any account, to claim a membership with this ID number. */
  claimAttemptsToday: number;
}

/**
 * GET /api/join/claim-attempts?unitId= — failed claims of memberships held in the officer's subtree,
 * one row per ID number and China day, from any account and through any unit's code. Masked only.
 */
export interface JoinClaimAttemptGroup {
  /** YYYY-MM-DD, China time. */
  day: string;
  memberNameMasked: string;
  idNumberMasked: string;
  /** The unit that holds the membership. */
  memberUnit: OrgUnitSummary;
  count: number;
  /** How many different accounts tried. */
  accounts: number;
  /** The day's limit is reached: the membership is claimed only after an officer confirms. */
  locked: boolean;
  /** Where the attempts came in: the unit (and channel) whose code was used, with a count each. */
  via: { unit: OrgUnitSummary | null; channelTitle: string | null; count: number }[];
  reasons: JoinHoldReason[];
  lastAt: string;
}

export interface JoinClaimAttemptList {
  items: JoinClaimAttemptGroup[];
}

export interface JoinApplicationPage {
  items: JoinApplicationSummary[];
  total: number;
}

/** POST /api/join/applications/:id/reject */
export interface RejectJoinApplicationRequest {
  reason: string;
}

/** POST /api/join/applications/:id/reveal-id — audited. */
export interface RevealedIdentity {
  name: string;
  idNumber: string;
}

/** GET /api/members/me/card — the member's own card. */
export interface MemberCard {
  memberNumber: string;
  name: string;
  idNumberMasked: string;
  unit: OrgUnitSummary;
  /** YYYY-MM-DD, China time */
  joinedOn: string;
  /** A signed token valid for a few minutes; the QR code carries it. */
  token: string;
  tokenExpiresAt: string;
  /** The QR code of the token as a PNG data URL. */
  qrDataUrl: string;
}

/** POST /api/members/verify */
export interface VerifyCardRequest {
  token: string;
}

export type CardRefusal = 'expired' | 'forged' | 'revoked';

export type VerifyCardResponse =
  | { valid: true; nameMasked: string; idNumberMasked: string; memberNumber: string; unit: OrgUnitSummary; joinedOn: string }
  | { valid: false; reason: CardRefusal; message: string };

/**
 * 组织关系转接: `requested` waits for the releasing unit, `released` for the receiving unit;
 * `accepted` moved the membership, `refused` ended it with a reason, `cancelled` was withdrawn by
 * the member before release.
 */
export const TransferStatus = {
  Requested: 'requested',
  Released: 'released',
  Accepted: 'accepted',
  Refused: 'refused',
  Cancelled: 'cancelled',
} as const;
export type TransferStatus = (typeof TransferStatus)[keyof typeof TransferStatus];

/** Who started a transfer: a join application in another unit, the member himself, or an officer. */
export const TransferOrigin = {
  Application: 'application',
  Member: 'member',
  Officer: 'officer',
} as const;
export type TransferOrigin = (typeof TransferOrigin)[keyof typeof TransferOrigin];

/** GET /api/join/transfers?queue= — `out` waits for release by us, `in` for acceptance by us. */
export type TransferQueue = 'out' | 'in' | 'all';

export interface TransferSummary {
  id: string;
  status: TransferStatus;
  nameMasked: string;
  memberNumber: string;
  fromUnit: OrgUnitSummary;
  toUnit: OrgUnitSummary;
  createdAt: string;
  releasedAt: string | null;
  decidedAt: string | null;
  /** Which side refused, and why; null unless refused. */
  refusedBy: 'releasing' | 'receiving' | null;
  refuseReason: string | null;
  origin: TransferOrigin;
  /** Why the member moves and where he works now, when the member or an officer started it. */
  reason: string | null;
  newEmployer: string | null;
}

/** POST /api/join/transfers/:id/refuse */
export interface RefuseTransferRequest {
  reason: string;
}

/** POST /api/me/transfers — the member asks to move to `toUnitId` (a grassroots unit or a district pool). */
export interface StartMyTransferRequest {
  toUnitId: string;
  reason: string;
  newEmployer?: string;
}

/** POST /api/join/transfers — an officer of either unit starts a transfer for a member. */
export interface StartTransferRequest extends StartMyTransferRequest {
  memberNumber: string;
}

export const TRANSFER_REASON_MAX_LENGTH = 200;
