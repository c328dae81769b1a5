import { isValidIdNumber } from '@unionhub/shared';

/** Luhn (ISO/IEC 7812) check, which every bank card number carries. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export interface PersonalDataPattern {
  name: string;
  find: RegExp;
  /** A match is personal data only when this holds (a check digit, for instance). */
  confirm?: (match: string) => boolean;
}

/** How people group a number: space, dash, plus, ideographic space, or their URL escapes. */
const SEPARATOR = String.raw`(?:[ +\-\u3000]|%20|%2[BbDd])`;
/** Not inside a longer word or number; a URL escape such as `%22` before a number is a boundary too. */
const STANDS_ALONE = String.raw`(?:(?<=%[0-9A-Fa-f]{2})|(?<![\dA-Za-z.]))`;
const digitsOf = (match: string): string => match.replace(/%2[0BbDd]/g, '').replace(/[^\dXx]/g, '');

/**
 * What must never be written whole to a log or a table. Numbers must stand alone (no letter,
 * digit or dot beside them), so that hex hashes and base64 ciphertext do not count as phone or
 * card numbers by chance.
 */
export const PERSONAL_DATA: PersonalDataPattern[] = [
  { name: 'ID number', find: /\d{17}[\dXx]/g, confirm: (m) => isValidIdNumber(m) },
  { name: 'mobile number', find: /(?<![\dA-Za-z.])1[3-9]\d{9}(?![\dA-Za-z.])/g },
  { name: 'bank card', find: /(?<![\dA-Za-z.])\d{16,19}(?![\dA-Za-z.])/g, confirm: luhnValid },
  { name: 'token', find: /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g },
  { name: 'session key', find: /session_?key/gi },
  /** A refresh token is random text: found by the name it travels under. */
  { name: 'refresh token', find: /refresh_?token\W{1,4}[\w.-]{43,}/gi },
  // Every code sent in fake SMS mode; a real code is random, and kept only as a keyed hash.
  { name: 'SMS code', find: /(?<![\dA-Za-z.])246810(?![\dA-Za-z.])/g },
  { name: 'ID number in groups', find: new RegExp(String.raw`\d{6}${SEPARATOR}\d{8}${SEPARATOR}\d{3}[\dXx]`, 'g'), confirm: (m) => isValidIdNumber(digitsOf(m)) },
  { name: 'mobile number in groups', find: new RegExp(String.raw`${STANDS_ALONE}1[3-9]\d${SEPARATOR}?\d{4}${SEPARATOR}?\d{4}(?![\dA-Za-z.])`, 'g') },
];

/** Where in `lines` a pattern finds whole personal data, as `<where>: <name>`. */
export function findPersonalData(lines: { where: string; text: string }[], pattern: PersonalDataPattern): string[] {
  return lines.flatMap(({ where, text }) =>
    [...text.matchAll(pattern.find)].filter((m) => !pattern.confirm || pattern.confirm(m[0])).map(() => `${where}: ${pattern.name}`),
  );
}
