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
}
