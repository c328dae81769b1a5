import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { safeCsv, safeRow } from '../../../common/spreadsheet/cell-safety';
import { xlsxRecords } from '../../stations/station-import/xlsx-reader';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PAYMENT_HEADER = ['理赔编号', '收款人', '收款账号', '金额（元）', '用途'];

export type PaymentRow = [claimId: string, payee: string, account: string, amountYuan: string, purpose: string];

export function paymentCsv(rows: PaymentRow[]): Buffer {
  return safeCsv([PAYMENT_HEADER, ...rows]);
}

export async function paymentXlsx(rows: PaymentRow[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('付款清单');
  // Accounts as text: a 19-digit number would lose its last digits as an Excel number.
  for (const row of [PAYMENT_HEADER, ...rows]) sheet.addRow(safeRow(row)).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** The rows of the bank's result file, XLSX (by its ZIP signature) or CSV, header included. */
export async function readResultRows(bytes: Buffer): Promise<string[][]> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const rows: string[][] = [];
    for await (const record of xlsxRecords(bytes)) rows.push(record.cells.map((c) => c.trim()));
    return rows;
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').map(parseCsvLine);
}
