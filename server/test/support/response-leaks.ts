import { inflateSync } from 'node:zlib';
import { isValidIdNumber, isValidPhone } from '@unionhub/shared';
import ExcelJS from 'exceljs';

/** Fields no client of ours may ever receive: WeChat session secrets, stored hashes and ciphertexts. */
const INTERNAL_KEY = /^(session_?key|openid|unionid|secretHash|.*Hash|.*Enc)$/i;
/** Fields only an officer may see: personal data in the clear and who reviewed what. */
const OFFICER_ONLY_KEY = /^(idNumber|bankAccount|reviewerId|reviewedBy|approvedBy|firstApproverId|secondApproverId|decidedBy|createdBy)$/i;

export interface LeakRules {
  /** Officers may see reviewer fields; members, the public and clients may not. */
  officer: boolean;
  /** Whole ID numbers and mobile numbers may appear (an officer's audited reveal, a client with members:read-personal). */
  wholePersonalData: boolean;
  /** Values that must never appear whole: the fixtures' bank accounts, and their ID numbers and phones unless allowed. */
  secrets: string[];
  personalData: string[];
}

/** Every field of a JSON value, as its path and its own name. */
function* fields(value: unknown, path = ''): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* fields(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield [`${path}.${key}`, key];
      yield* fields(item, `${path}.${key}`);
    }
  }
}

/** What a response body carries that its receiver may not see; empty when it is clean. */
export function leaksIn(body: unknown, rules: LeakRules): string[] {
  const found: string[] = [];
  for (const [path, key] of fields(body)) {
    if (INTERNAL_KEY.test(key)) found.push(`${path}: internal field`);
    if (!rules.officer && OFFICER_ONLY_KEY.test(key)) found.push(`${path}: officer-only field`);
  }
  const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? '');
  for (const secret of rules.secrets) if (text.includes(secret)) found.push(`whole secret value ${secret.slice(0, 4)}…`);
  if (!rules.wholePersonalData) {
    for (const value of rules.personalData) if (text.includes(value)) found.push(`whole personal value ${value.slice(0, 3)}…`);
    for (const [candidate] of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g)) if (isValidIdNumber(candidate)) found.push(`whole ID number ${candidate.slice(0, 3)}…`);
    for (const [candidate] of text.matchAll(/(?<![\dA-Za-z])1[3-9]\d{9}(?![\dA-Za-z])/g)) if (isValidPhone(candidate)) found.push(`whole phone ${candidate.slice(0, 3)}…`);
  }
  return found;
}

/** The text of a PNG's text chunks, compressed ones inflated (tEXt, zTXt, iTXt, eXIf). */
function pngText(png: Buffer): string[] {
  const texts: string[] = [];
  for (let pos = 8; pos + 12 <= png.length; pos += 12 + png.readUInt32BE(pos)) {
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + png.readUInt32BE(pos));
    if (type === 'zTXt' || (type === 'iTXt' && data[data.indexOf(0) + 1] === 1)) {
      const start = type === 'zTXt' ? data.indexOf(0) + 2 : data.indexOf(0, data.indexOf(0, data.indexOf(0) + 3) + 1) + 1;
      texts.push(inflateSync(data.subarray(start), { finishFlush: 2 }).toString('utf8'));
    }
  }
  return texts;
}

/**
 * The text a file answer carries, as the program that opens it would show it: every cell of an
 * XLSX, a CSV decoded, and for images and PDFs any text inside them (Latin-1, UTF-8 and UTF-16,
 * PNG text chunks inflated). Scanned for personal data like a JSON answer.
 */
export async function fileText(contentType: string, bytes: Buffer): Promise<string> {
  if (contentType.includes('spreadsheetml') || bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    return cells.join('\n');
  }
  if (contentType.startsWith('text/')) return bytes.toString('utf8');
  const texts = [bytes.toString('latin1'), bytes.toString('utf8')];
  // UTF-16 text (ICC descriptions, XMP) may start at an odd or an even byte, in either byte order.
  for (const start of [0, 1]) {
    const even = Buffer.from(bytes.subarray(start, bytes.length - ((bytes.length - start) % 2)));
    texts.push(even.toString('utf16le'), even.swap16().toString('utf16le'));
  }
  if (contentType === 'image/png') texts.push(...pngText(bytes));
  return texts.join('\n');
}
