import type { ImportRowError } from './station-admin';

/** POST /api/join/roster-import[?dryRun=true] — an officer imports his unit's member roster (XLSX or CSV). */
export interface RosterImportRequest {
  /** The grassroots unit (or district pool) the roster belongs to; within the officer's subtree. */
  unitId: string;
  fileName: string;
  /** The file, base64. Columns: 姓名, 身份证号, 手机号, 职业, 工作单位, 入会日期, optional 会员编号. */
  file: string;
}

/**
 * What a valid row does: `created` a member; `unchanged`, already an active member of this unit;
 * `transfer`, a member of another unit, now asked to move here (转接); `pending`, a join
 * application of this person waits for review, so nothing is written for him.
 */
export type RosterRowOutcome = 'created' | 'unchanged' | 'transfer' | 'pending';

export const RosterRowOutcomeLabel: Record<RosterRowOutcome, string> = {
  created: '新建',
  unchanged: '不变',
  transfer: '转接',
  pending: '待审核申请',
};

export interface RosterImportRow {
  row: number;
  outcome: RosterRowOutcome;
  nameMasked: string;
  /** The member's number once written (or the existing one); null for a pending application. */
  memberNumber: string | null;
  note: string | null;
}

/**
 * All or nothing: `applied` is false on a dry run. A file with any bad row is refused with `400
 * JOIN_ROSTER_INVALID` and this report as the error's `details`; nothing is written.
 */
export interface RosterImportResult {
  applied: boolean;
  dryRun: boolean;
  totalRows: number;
  counts: Record<RosterRowOutcome, number>;
  /** Every valid row's outcome, in row order (at most 500 shown). */
  rows: RosterImportRow[];
  errors: ImportRowError[];
  errorCount: number;
}
