/**
 * Reads CSV as spreadsheets write it: UTF-8 (with or without a byte-order mark) or, failing that,
 * GB18030, the encoding Excel on a Chinese Windows saves "CSV" in. Quoted fields may hold commas,
 * quotes ("") and line breaks; the separator is a comma, or a tab or semicolon if the header says so.
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (s: string) => firstLine.split(s).length - 1;
  return [',', '\t', ';'].reduce((best, s) => (count(s) > count(best) ? s : best), ',');
}

/** Yields each record's fields with its 1-based record number (the row a spreadsheet shows). */
export function* csvRecords(text: string): Generator<{ row: number; cells: string[] }> {
  const separator = separatorOf(text);
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === separator) {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      yield { row, cells };
      row++;
      cells = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    yield { row, cells };
  }
}
