import { PassThrough, type Readable } from 'node:stream';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { type SheetCell, safeRow } from './cell-safety';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type XlsxRow = Record<string, SheetCell>;

export interface XlsxColumn {
  key: string;
  header: string;
  width?: number;
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  /** Pages of rows, read lazily: the next page is asked for only once the reader has caught up. */
  pages: AsyncIterable<XlsxRow[]>;
}

/** What the reply may hold unread before the writer waits for the client. */
const HIGH_WATER_MARK = 256 * 1024;

/**
 * An XLSX file written sheet by sheet, page by page, with ExcelJS's streaming writer; text that a
 * spreadsheet would take for a formula is neutralised (see cell-safety.ts). Each row is
 * committed as it is written, and before asking for the next page the writer waits while the
 * client is behind, so a slow download never piles the whole table up in memory. A client that
 * goes away stops the reading.
 */
export function streamXlsx(sheets: XlsxSheet[]): Readable {
  const out = new PassThrough({ highWaterMark: HIGH_WATER_MARK });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const caughtUp = async (): Promise<void> => {
    // Polled: 'drain' fires only after a refused write, which the zip writer may not have made yet.
    while (!out.destroyed && out.readableLength >= HIGH_WATER_MARK) await sleep(10);
  };
  void (async () => {
    for (const spec of sheets) {
      const sheet = workbook.addWorksheet(spec.name);
      sheet.columns = spec.columns.map((column) => ({ header: column.header, key: column.key, width: column.width ?? 14 }));
      sheet.getRow(1).font = { bold: true };
      for await (const rows of spec.pages) {
        for (const row of rows) sheet.addRow(safeRow(row)).commit();
        // A turn of the event loop lets the zip's compression (zlib callbacks) catch up with the rows.
        await nextTurn();
        await caughtUp();
        if (out.destroyed) return;
      }
      sheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
