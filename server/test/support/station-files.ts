import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export type Rows = (string | number | null)[][];

/** A CSV file as Excel saves "CSV UTF-8": a byte-order mark, CRLF, quotes where needed. */
export function csvOf(rows: Rows): string {
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]).toString('base64');
}

/** An XLSX file with one sheet, written by ExcelJS's streaming writer (as large files must be). */
export async function xlsxOf(rows: Rows): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks).toString('base64');
}

/** Reads the first sheet of an XLSX answer as rows of text. */
export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push(Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

export const HEADER = ['外部编号', '站点名称', '所属工会代码', '地址', '经度', '纬度', '设施', '开放时间', '星级', '电话'];
