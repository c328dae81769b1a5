import type { ClaimStatus, Fen } from './aid';

/** GET /api/dashboard?days= — the officer's subtree at a glance. */
export interface DashboardCount {
  key: string;
  label: string;
  count: number;
}

export interface OfficerDashboard {
  unitId: string;
  /** YYYY-MM-DD (China time), first day counted. */
  since: string;
  newMembersByDay: { day: string; count: number }[];
  newMembersByChannel: DashboardCount[];
  newMembersByOccupation: DashboardCount[];
  pendingJoins: number;
  /** Transfers waiting for our release, and for our acceptance. */
  pendingTransfersOut: number;
  pendingTransfersIn: number;
  openStationReports: number;
  /** Claims of the subtree by status (every status, zeros included), amounts in fen. */
  claimsByStatus: DashboardClaimStatus[];
  /** Claims waiting for an officer: submitted, resubmitted or in review. */
  pendingClaims: number;
}

export interface DashboardClaimStatus {
  status: ClaimStatus;
  label: string;
  count: number;
  /** Eligible expenses claimed. */
  claimed: Fen;
  /** Approved amounts (none before a decision). */
  approved: Fen;
}
