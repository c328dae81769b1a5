import { type ImportField, ImportFieldHeader, type ImportRowError } from '@unionhub/shared';
import { restoreText } from '../../../common/spreadsheet/cell-safety';
import { StationsError, StationsErrorCode } from '../stations.errors';
import { csvRecords, decodeCsv } from './csv-reader';
import { type ColumnMapping, headerOf, knownHeaderCount, mapHeaders } from './header-mapping';
import { parseRow, type RowContext, type StationDraft } from './parse-row';
import { rowKey } from './import-plan';
import { xlsxRecords } from './xlsx-reader';

export const MAX_IMPORT_ROWS = 50_000;
/** A title or notes may sit above the header; it is looked for in the first rows. */
const HEADER_SEARCH_ROWS = 10;

export type ImportFormat = 'csv' | 'xlsx';

export interface ReadFile {
  format: ImportFormat;
  headers: string[];
  mapping: ColumnMapping;
  drafts: StationDraft[];
  errors: ImportRowError[];
  totalRows: number;
}

/** By the bytes, not the name: XLSX is a ZIP; the old binary .xls is refused with what to do instead. */
export function formatOf(bytes: Buffer): ImportFormat {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])) || bytes.includes(0)) throw new StationsError(StationsErrorCode.ImportFileType);
  return 'csv';
}

async function* rawRecordsOf(format: ImportFormat, bytes: Buffer): AsyncGenerator<{ row: number; cells: string[] }> {
  if (format === 'csv') {
    yield* csvRecords(decodeCsv(bytes));
    return;
  }
  try {
    yield* xlsxRecords(bytes);
  } catch (error) {
    if (error instanceof StationsError) throw error;
    throw new StationsError(StationsErrorCode.ImportUnreadable);
  }
}

/** The records with our export's formula guard taken off, so that an exported file re-imports unchanged. */
async function* recordsOf(format: ImportFormat, bytes: Buffer): AsyncGenerator<{ row: number; cells: string[] }> {
  for await (const record of rawRecordsOf(format, bytes)) yield { row: record.row, cells: record.cells.map(restoreText) };
}

const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Reads a station file row by row: finds the header, maps its columns, and checks every data row,
 * keeping the valid rows as drafts and every problem as (row, column, reason).
 */
export async function readImportFile(
  bytes: Buffer,
  overrides: Partial<Record<ImportField, string>> | undefined,
  contextFor: (mapping: ColumnMapping) => Omit<RowContext, 'mapping'>,
): Promise<ReadFile> {
  const format = formatOf(bytes);
  let headers: string[] | null = null;
  let mapping: ColumnMapping | null = null;
  let context: RowContext | null = null;
  const drafts: StationDraft[] = [];
  const errors: ImportRowError[] = [];
  const firstRowOf = new Map<string, number>();
  let totalRows = 0;

  for await (const { row, cells } of recordsOf(format, bytes)) {
    if (!mapping || !context || !headers) {
      const chosen = Object.values(overrides ?? {}).map((header) => header.trim());
      const trimmed = cells.map((cell) => cell.trim());
      const isHeader = knownHeaderCount(cells) >= 2 || (chosen.length > 0 && chosen.every((header) => trimmed.includes(header)));
      if (isHeader) {
        headers = cells.map((cell) => cell.trim());
        mapping = checkedMapping(headers, overrides);
        context = { ...contextFor(mapping), mapping };
      } else if (row >= HEADER_SEARCH_ROWS) {
        throw new StationsError(StationsErrorCode.ImportNoHeader);
      }
      continue;
    }
    if (isBlank(cells)) continue;
    if (++totalRows > MAX_IMPORT_ROWS) throw new StationsError(StationsErrorCode.ImportTooManyRows);
    const parsed = parseRow(row, cells, context);
    if (Array.isArray(parsed)) {
      errors.push(...parsed);
      continue;
    }
    const key = rowKey(parsed);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push({ row, column: duplicateColumn(mapping, key), reason: `与第${first}行是同一个驿站，请删掉重复的一行` });
      continue;
    }
    firstRowOf.set(key, row);
    drafts.push(parsed);
  }
  if (!mapping || !headers) throw new StationsError(StationsErrorCode.ImportNoHeader);
  if (totalRows === 0) throw new StationsError(StationsErrorCode.ImportNoRows);
  return { format, headers, mapping, drafts, errors, totalRows };
}

function checkedMapping(headers: string[], overrides: Partial<Record<ImportField, string>> | undefined): ColumnMapping {
  const mapping = mapHeaders(headers, overrides);
  if (mapping.unknownOverrides.length) {
    throw new StationsError(StationsErrorCode.ImportUnknownColumn, `文件里没有“${mapping.unknownOverrides.join('、')}”这一列，请重新选择`);
  }
  if (mapping.missing.length) {
    const names = mapping.missing.map((field) => ImportFieldHeader[field]);
    throw new StationsError(StationsErrorCode.ImportMissingColumns, `缺少必填的列：${names.join('、')}。请按模板补上，或在预览里指定是哪一列`, { missing: mapping.missing, headers });
  }
  return mapping;
}

function duplicateColumn(mapping: ColumnMapping, key: string): string {
  if (key.startsWith('id:')) return headerOf(mapping, 'stationId');
  return headerOf(mapping, key.startsWith('ext:') ? 'externalId' : 'name');
}
