/** One entry of the audit log as admins see it; `detail` was masked when it was written. */
export interface AuditEntryView {
  id: string;
  actorId: string;
  actorRole: string;
  action: string;
  targetType: string;
  targetId: string;
  orgUnitId: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
  createdAt: string;
}

/** GET /api/audit — newest first. */
export interface AuditPage {
  items: AuditEntryView[];
  total: number;
}
