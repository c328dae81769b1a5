import {
  type ImportRowError,
  type Occupation,
  OccupationLabel,
  validateEmployer,
  validateJoinIdNumber,
  validateOccupation,
  validatePersonName,
  validatePhone,
} from '@unionhub/shared';
import { parseDay } from '../../aid/enrollments/enrollment-rows';
import { csvRecords, decodeCsv } from '../../stations/station-import/csv-reader';
import { xlsxRecords } from '../../stations/station-import/xlsx-reader';
import { JoinError, JoinErrorCode } from '../join.errors';

export const MAX_ROSTER_ROWS = 5_000;
const HEADER_SEARCH_ROWS = 10;
const MEMBER_NUMBER = /^[A-Z0-9-]{6,48}$/;

export const RosterColumn = {
  Name: '姓名',
  IdNumber: '身份证号',
  Phone: '手机号',
  Occupation: '职业',
  Employer: '工作单位',
  JoinedOn: '入会日期',
  MemberNumber: '会员编号',
} as const;
type RosterColumn = (typeof RosterColumn)[keyof typeof RosterColumn];

const REQUIRED: RosterColumn[] = [RosterColumn.Name, RosterColumn.IdNumber, RosterColumn.Phone, RosterColumn.Occupation, RosterColumn.Employer, RosterColumn.JoinedOn];

const ALIASES: Record<RosterColumn, string[]> = {
  姓名: ['姓名', '会员姓名', 'name'],
  身份证号: ['身份证号', '身份证号码', '公民身份号码', 'idnumber'],
  手机号: ['手机号', '手机号码', '联系电话', '手机', 'phone'],
  职业: ['职业', '工种', 'occupation'],
  工作单位: ['工作单位', '工作单位或平台', '单位', 'employer'],
  入会日期: ['入会日期', '入会时间', 'joinedon'],
  会员编号: ['会员编号', '会员号', 'membernumber'],
};
const normalise = (header: string): string => header.replace(/[\s_\-*:：]/g, '').toLowerCase();

/** A roster row whose own cells are all valid, normalised. */
export interface RosterRow {
  row: number;
  name: string;
  idNumber: string;
  phone: string;
  occupation: Occupation;
  employer: string;
  joinedOn: string;
  memberNumber: string | null;
}

/** `外卖配送员` or `delivery-rider`; null for anything else. */
function occupationOf(text: string): Occupation | null {
  const byLabel = (Object.keys(OccupationLabel) as Occupation[]).find((code) => OccupationLabel[code] === text);
  if (byLabel) return byLabel;
  return validateOccupation(text).ok ? (text as Occupation) : null;
}

async function* recordsOf(bytes: Buffer): AsyncGenerator<{ row: number; cells: string[] }> {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!zip) {
    if (bytes.includes(0)) throw new JoinError(JoinErrorCode.RosterUnreadable);
    yield* csvRecords(decodeCsv(bytes));
    return;
  }
  try {
    yield* xlsxRecords(bytes);
  } catch {
    throw new JoinError(JoinErrorCode.RosterUnreadable);
  }
}

/**
 * Reads a member roster (XLSX or CSV, through the station import's readers): finds the header and
 * checks each row's cells with the join form's validators, keeping every problem as (row, column,
 * reason). Matching against the database is the service's.
 */
export async function readRosterRows(bytes: Buffer, today: Date = new Date()): Promise<{ rows: RosterRow[]; errors: ImportRowError[] }> {
  let index: Partial<Record<RosterColumn, number>> | null = null;
  const rows: RosterRow[] = [];
  const errors: ImportRowError[] = [];
  let dataRows = 0;
  for await (const { row, cells } of recordsOf(bytes)) {
    if (!index) {
      index = headerIndex(cells);
      if (!index && row >= HEADER_SEARCH_ROWS) throw new JoinError(JoinErrorCode.RosterNoHeader);
      continue;
    }
    const columns = index;
    const cell = (column: RosterColumn): string => (columns[column] === undefined ? '' : (cells[columns[column] as number] ?? '').trim());
    if (cells.every((c) => c.trim() === '')) continue;
    if (++dataRows > MAX_ROSTER_ROWS) throw new JoinError(JoinErrorCode.RosterTooManyRows);
    const problems: ImportRowError[] = [];
    const check = <T>(column: RosterColumn, result: { ok: true; value: T } | { ok: false; message: string }): T | null => {
      if (result.ok) return result.value;
      problems.push({ row, column, reason: result.message });
      return null;
    };
    const name = check(RosterColumn.Name, validatePersonName(cell(RosterColumn.Name)));
    const idNumber = check(RosterColumn.IdNumber, validateJoinIdNumber(cell(RosterColumn.IdNumber).replace(/\s+/g, '').toUpperCase(), today));
    const phone = check(RosterColumn.Phone, validatePhone(cell(RosterColumn.Phone)));
    const occupation = occupationOf(cell(RosterColumn.Occupation));
    if (!occupation) problems.push({ row, column: RosterColumn.Occupation, reason: `职业应为：${Object.values(OccupationLabel).join('、')} 之一` });
    const employer = check(RosterColumn.Employer, validateEmployer(cell(RosterColumn.Employer)));
    const joinedOn = parseDay(cell(RosterColumn.JoinedOn));
    if (!joinedOn) problems.push({ row, column: RosterColumn.JoinedOn, reason: '入会日期应为 YYYY-MM-DD，如 2024-05-01' });
    else if (joinedOn > today.toISOString().slice(0, 10)) problems.push({ row, column: RosterColumn.JoinedOn, reason: '入会日期不能晚于今天，请核对' });
    const memberNumber = cell(RosterColumn.MemberNumber).toUpperCase() || null;
    if (memberNumber && !MEMBER_NUMBER.test(memberNumber)) problems.push({ row, column: RosterColumn.MemberNumber, reason: '会员编号只能是字母、数字和“-”（6至48位）；不填则自动编号' });
    if (problems.length > 0 || !name || !idNumber || !phone || !occupation || !employer || !joinedOn) {
      errors.push(...problems);
      continue;
    }
    rows.push({ row, name, idNumber, phone, occupation, employer, joinedOn, memberNumber });
  }
  if (!index) throw new JoinError(JoinErrorCode.RosterNoHeader);
  return { rows, errors };
}

function headerIndex(cells: string[]): Partial<Record<RosterColumn, number>> | null {
  const index: Partial<Record<RosterColumn, number>> = {};
  cells.forEach((cell, at) => {
    const column = (Object.keys(ALIASES) as RosterColumn[]).find((c) => ALIASES[c].includes(normalise(cell)));
    if (column && index[column] === undefined) index[column] = at;
  });
  return REQUIRED.every((c) => index[c] !== undefined) ? index : null;
}
