/** The officer's Excel exports: GET /api/exports/<kind>, answered with an XLSX file streamed as it is written. */
export const ExportKind = {
  Roster: 'roster',
  Claims: 'claims',
  JoinStats: 'join-stats',
  Stations: 'stations',
} as const;
export type ExportKind = (typeof ExportKind)[keyof typeof ExportKind];

export const ExportKindLabel: Record<ExportKind, string> = {
  roster: '会员花名册',
  claims: '理赔台账',
  'join-stats': '入会统计',
  stations: '驿站清单',
};

/** A whole-ID roster must say why, in at least this many characters, e.g. “区总工会年度会员实名制核对”. */
export const EXPORT_REASON_MIN_LENGTH = 6;
export const EXPORT_REASON_MAX_LENGTH = 100;
/** A join-statistics range may span at most this many days. */
export const JOIN_STATS_MAX_DAYS = 366;

/** Query of GET /api/exports/roster. `whole` asks for whole ID and phone numbers and needs a reason. */
export interface RosterExportQuery {
  unitId?: string;
  whole?: boolean;
  reason?: string;
}

/** Query of GET /api/exports/join-stats: days in China time, YYYY-MM-DD, both included. */
export interface JoinStatsExportQuery {
  unitId?: string;
  from: string;
  to: string;
}
