/**
 * Spreadsheet injection (OWASP "CSV Injection"): Excel, WPS and LibreOffice read a text cell that
 * starts with `=`, `+`, `-` or `@` — or with a tab or carriage return before one — as a formula, so a
 * name like `=HYPERLINK("//x.cn","王")` would become a live link on an officer's screen, next to whole
 * bank account numbers. Every CSV and XLSX we write passes its cells through here: such text gets a
 * leading single quote and stays text. Numbers are left as numbers, since a number is never a formula.
 */
export type SheetCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
/** What `safeText` added, to take off again when one of our own files comes back as an import. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function safeCell<T extends SheetCell>(cell: T): T {
  return (typeof cell === 'string' ? safeText(cell) : cell) as T;
}

/** A row of cells, as an array or keyed by column, with every text cell made safe. */
export function safeRow<T extends SheetCell[] | Record<string, SheetCell>>(row: T): T {
  if (Array.isArray(row)) return row.map(safeCell) as T;
  return Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, safeCell(cell)])) as T;
}

/** The text a person meant, from a cell of a file we wrote (the station export re-imports unchanged). */
export function restoreText(text: string): string {
  return text.replace(NEUTRALISED, '');
}

const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV as Excel opens it in Chinese Windows: UTF-8 with a byte-order mark, CRLF, every cell made safe. */
export function safeCsv(rows: SheetCell[][]): Buffer {
  const text = rows.map((row) => row.map((cell) => quote(cell === null ? '' : String(safeCell(cell)))).join(',')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
