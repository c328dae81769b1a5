import type { ImportRowError } from '@unionhub/shared';
import { csvRecords, decodeCsv } from '../../stations/station-import/csv-reader';
import { xlsxRecords } from '../../stations/station-import/xlsx-reader';
import { AidError, AidErrorCode } from '../aid.errors';

export const MAX_ENROLLMENT_ROWS = 5_000;
const HEADER_SEARCH_ROWS = 10;

export const EnrollmentColumn = {
  MemberNumber: '会员编号',
  IdNumber: '身份证号',
  PlanCode: '方案代码',
  ValidFrom: '起始日期',
  ValidUntil: '截止日期',
} as const;
type EnrollmentColumn = (typeof EnrollmentColumn)[keyof typeof EnrollmentColumn];

/** One data row as written, before it is matched to a member and a plan. */
export interface EnrollmentRow {
  row: number;
  memberNumber: string | null;
  idNumber: string | null;
  planCode: string;
  validFrom: string;
  validUntil: string;
}

const ALIASES: Record<EnrollmentColumn, string[]> = {
  会员编号: ['会员编号', '会员号', 'membernumber'],
  身份证号: ['身份证号', '身份证号码', '公民身份号码', 'idnumber'],
  方案代码: ['方案代码', '项目编号', '项目代码', 'plancode'],
  起始日期: ['起始日期', '开始日期', '保障开始日期', 'validfrom'],
  截止日期: ['截止日期', '结束日期', '保障结束日期', 'validuntil'],
};
const normalise = (header: string): string => header.replace(/[\s_\-*:：]/g, '').toLowerCase();

/** `2026-01-01`, `2026/1/1`, `2026.1.1`, `20260101` → `2026-01-01`; null for anything else or an impossible day. */
export function parseDay(text: string): string | null {
  const match = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

async function* recordsOf(bytes: Buffer): AsyncGenerator<{ row: number; cells: string[] }> {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!zip) {
    if (bytes.includes(0)) throw new AidError(AidErrorCode.ImportUnreadable);
    yield* csvRecords(decodeCsv(bytes));
    return;
  }
  try {
    yield* xlsxRecords(bytes);
  } catch {
    throw new AidError(AidErrorCode.ImportUnreadable);
  }
}

/**
 * Reads an enrollment roster (XLSX or CSV, through the station import's readers): finds the header,
 * and checks each row's own cells, keeping every problem as (row, column, reason).
 */
export async function readEnrollmentRows(bytes: Buffer): Promise<{ rows: EnrollmentRow[]; errors: ImportRowError[] }> {
  let index: Partial<Record<EnrollmentColumn, number>> | null = null;
  const rows: EnrollmentRow[] = [];
  const errors: ImportRowError[] = [];
  for await (const { row, cells } of recordsOf(bytes)) {
    if (!index) {
      index = headerIndex(cells);
      if (!index && row >= HEADER_SEARCH_ROWS) throw new AidError(AidErrorCode.ImportNoHeader);
      continue;
    }
    const cell = (column: EnrollmentColumn): string => (index?.[column] === undefined ? '' : (cells[index[column] as number] ?? '').trim());
    if (cells.every((c) => c.trim() === '')) continue;
    if (rows.length + new Set(errors.map((e) => e.row)).size >= MAX_ENROLLMENT_ROWS) throw new AidError(AidErrorCode.ImportTooManyRows);
    const problems: ImportRowError[] = [];
    const memberNumber = cell(EnrollmentColumn.MemberNumber).toUpperCase() || null;
    const idNumber = cell(EnrollmentColumn.IdNumber).replace(/\s+/g, '').toUpperCase() || null;
    if (!memberNumber && !idNumber) problems.push({ row, column: index[EnrollmentColumn.MemberNumber] === undefined ? EnrollmentColumn.IdNumber : EnrollmentColumn.MemberNumber, reason: '请填写会员编号或身份证号' });
    const planCode = cell(EnrollmentColumn.PlanCode).toUpperCase();
    if (!planCode) problems.push({ row, column: EnrollmentColumn.PlanCode, reason: '请填写方案代码，如 XJY-2026' });
    const validFrom = parseDay(cell(EnrollmentColumn.ValidFrom));
    if (!validFrom) problems.push({ row, column: EnrollmentColumn.ValidFrom, reason: '起始日期应为 YYYY-MM-DD，如 2026-01-01' });
    const validUntil = parseDay(cell(EnrollmentColumn.ValidUntil));
    if (!validUntil) problems.push({ row, column: EnrollmentColumn.ValidUntil, reason: '截止日期应为 YYYY-MM-DD，如 2026-12-31' });
    if (validFrom && validUntil && validFrom > validUntil) problems.push({ row, column: EnrollmentColumn.ValidUntil, reason: '截止日期早于起始日期，请核对' });
    if (problems.length > 0 || !validFrom || !validUntil) {
      errors.push(...problems);
      continue;
    }
    rows.push({ row, memberNumber, idNumber, planCode, validFrom, validUntil });
  }
  if (!index) throw new AidError(AidErrorCode.ImportNoHeader);
  return { rows, errors };
}

/** The header row names a member column and the three others. */
function headerIndex(cells: string[]): Partial<Record<EnrollmentColumn, number>> | null {
  const index: Partial<Record<EnrollmentColumn, number>> = {};
  cells.forEach((cell, at) => {
    const column = (Object.keys(ALIASES) as EnrollmentColumn[]).find((c) => ALIASES[c].includes(normalise(cell)));
    if (column && index[column] === undefined) index[column] = at;
  });
  const hasMember = index[EnrollmentColumn.MemberNumber] !== undefined || index[EnrollmentColumn.IdNumber] !== undefined;
  const complete = hasMember && [EnrollmentColumn.PlanCode, EnrollmentColumn.ValidFrom, EnrollmentColumn.ValidUntil].every((c) => index[c] !== undefined);
  return complete ? index : null;
}
