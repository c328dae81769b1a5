import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

type CellValue = ExcelJS.CellValue;
type Chunks = AsyncIterable<Buffer | string>;

/** A cell as the text a person sees: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** Buffers to text, keeping a character whose bytes are split between two chunks whole. */
async function* utf8Chunks(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The two parsing steps of ExcelJS 4.4's streaming reader that read XML text. */
interface ReaderSteps {
  _parseSharedStrings(this: unknown, entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(this: unknown, chunks: Chunks, sheetNo: string): Generator<unknown>;
}
const steps = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderSteps;

/**
 * ExcelJS 4.4's streaming reader decodes every chunk of XML on its own, so a Chinese character
 * split between two chunks turns into "��" (exceljs/exceljs#2063, #2084; fixes unmerged). This
 * subclass hands it decoded text instead: the shared strings through the entry's own decoder, the
 * worksheet through `utf8Chunks`. `xlsx-reader.spec.ts` fails if an upgrade changes these steps.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown> {
    entry.setEncoding('utf8');
    return steps._parseSharedStrings.call(this, entry);
  }

  _parseWorksheet(chunks: Chunks, sheetNo: string): Generator<unknown> {
    return steps._parseWorksheet.call(this, utf8Chunks(chunks), sheetNo);
  }
}

/**
 * The first worksheet's rows, one at a time, read with ExcelJS's streaming reader: the workbook is
 * never built in memory, only the row at hand (and the shared-string table).
 */
export async function* xlsxRecords(bytes: Buffer): AsyncGenerator<{ row: number; cells: string[] }> {
  const reader = new Utf8WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? (row.values as CellValue[]) : [];
      yield { row: row.number, cells: Array.from(values.slice(1), (value) => cellText(value)) };
    }
    return;
  }
}
