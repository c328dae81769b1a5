/** What an API client (an officer tool) may do; an admin grants these when registering it. */
export enum SyncPermission {
  ReadMembers = 'members:read',
  /** See members' ID numbers and phones whole; every such read is audited. */
  ReadMemberPersonalData = 'members:read-personal',
  ReadClaims = 'claims:read',
  ReadStations = 'stations:read',
  WriteStations = 'stations:write',
  WriteEnrollments = 'enrollments:write',
}

/** The kinds of record the change feed carries. */
export enum ChangeType {
  Member = 'member',
  Application = 'application',
  Transfer = 'transfer',
  Station = 'station',
  Enrollment = 'enrollment',
  Claim = 'claim',
}

export enum ChangeAction {
  Created = 'created',
  Updated = 'updated',
  Deleted = 'deleted',
}

export interface ApiClientSummary {
  id: string;
  name: string;
  unitId: string;
  permissions: SyncPermission[];
  status: 'active' | 'revoked';
  createdAt: string;
  rotatedAt: string | null;
  revokedAt: string | null;
}

/** POST /api/sync/clients and …/rotate: the secret is shown here once and never again. */
export interface ApiClientWithSecret {
  client: ApiClientSummary;
  /** `Authorization: Bearer <token>` on every sync call. */
  token: string;
}

export interface ChangeEventView {
  /** Opaque; pass the last one you processed as `after` to resume. */
  cursor: string;
  type: ChangeType;
  action: ChangeAction;
  subjectId: string;
  unitId: string;
  /** A snapshot of the record after the change, personal data masked. */
  data: Record<string, unknown>;
  occurredAt: string;
}

/** GET /api/sync/changes */
export interface ChangesPage {
  changes: ChangeEventView[];
  /** Resume from here; equals `after` when nothing new was committed. */
  cursor: string;
  hasMore: boolean;
}

/** POST /api/sync/webhooks */
export interface CreateWebhookRequest {
  url: string;
  types: ChangeType[];
}

export interface WebhookSubscriptionView {
  id: string;
  url: string;
  types: ChangeType[];
  createdAt: string;
}

/** The signing secret is shown here once. */
export interface WebhookSubscriptionCreated {
  subscription: WebhookSubscriptionView;
  secret: string;
}

export interface WebhookDeliveryView {
  id: string;
  subscriptionId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  /** The receiver's HTTP status of the last attempt; null if it could not be reached. */
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  change: ChangeEventView;
}

/** GET /api/sync/members/:id (`members:read`): a member of the client's subtree, personal data masked. */
export interface SyncMember {
  id: string;
  memberNumber: string;
  nameMasked: string;
  idNumberMasked: string;
  phoneMasked: string;
  unitId: string;
  status: string;
  joinedOn: string;
}

/** GET /api/sync/members/:id/personal (`members:read-personal`): whole, and every read is audited. */
export interface SyncMemberPersonalData {
  id: string;
  memberNumber: string;
  name: string;
  idNumber: string;
  phone: string;
}
