import { validatePhone } from './validators/phone';

const MASK = '*';
const MIN_HIDDEN = 4;

/** Keeps `head` and `tail` characters; masks all of it when fewer than 4 would stay hidden. */
function keepEnds(value: string, head: number, tail: number): string {
  const chars = [...value];
  if (chars.length < head + tail + MIN_HIDDEN) return MASK.repeat(chars.length);
  return chars.slice(0, head).join('') + MASK.repeat(chars.length - head - tail) + chars.slice(-tail).join('');
}

/** `11010519491231002X` → `110***********002X`: the first 3 and last 4 characters stay. */
export function maskIdNumber(value: string): string {
  return keepEnds(value.replace(/\s+/g, '').toUpperCase(), 3, 4);
}

/** `+86 138 1234 5678` → `138****5678`. */
export function maskPhone(value: string): string {
  const phone = validatePhone(value);
  return keepEnds(phone.ok ? phone.value : value.replace(/[\s-]+/g, ''), 3, 4);
}

/**
 * `6222 0212 3456 7890 123` → `**** **** **** 0123`: only the last 4 digits stay, and the
 * mask has the same width whatever the length, so the length does not show either.
 */
export function maskBankAccount(value: string): string {
  const account = value.replace(/[\s-]+/g, '');
  if (account.length < 4 + MIN_HIDDEN) return MASK.repeat(account.length);
  return `**** **** **** ${account.slice(-4)}`;
}

/** `张三丰` → `张**`; a one-character name is masked whole. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length <= 1) return MASK.repeat(chars.length);
  return chars[0] + MASK.repeat(chars.length - 1);
}

/*
 * One pass over the text, without lookbehind: the mini-program loads this module too, and iOS
 * before 16.4 cannot even parse a lookbehind. Group 1 is what comes before the match instead (a
 * non-digit, or a URL escape such as `%22` whose hex digits are not part of the number), so a
 * match never starts inside a longer digit run, and none ends inside one. Order numbers,
 * timestamps (10 or 13 digits) and runs longer than 19 digits are left alone.
 *
 * People and forms write numbers in groups: with spaces, dashes, a `+` or `%20` (a space in a
 * URL), `%2B` or `%2D` (an escaped plus or dash), or an ideographic space.
 */
const SEPARATOR = String.raw`(?:[ +\-\u3000]|%20|%2[BbDd])`;
const BEFORE = String.raw`(^|%[0-9A-Fa-f]{2}|\D)`;
// 2: 17 digits + a digit, or 17 digits before an X, which stays unconsumed so that it can be the
// boundary of a number written right after it.
const ID_NUMBER = String.raw`(\d{17}(?:\d(?!\d)|(?=[Xx])))`;
// 3: an ID number in its natural groups, region, birth date, sequence: 410102-19930310-5930.
const ID_NUMBER_GROUPED = String.raw`(\d{6}${SEPARATOR}\d{8}${SEPARATOR}\d{3}[\dXx](?!\d))`;
// 4: a run of 16 to 19 digits, or groups of 4 split by one kind of separator (5).
const BANK_CARD = String.raw`(\d{16,19}(?!\d)|\d{4}(${SEPARATOR})\d{4}(?:\5\d{4}){2}(?:\5\d{1,3})?(?!\d))`;
// 6-9: optional +86/0086/86, then 11 digits, optionally as 3-4-4 with separators (7, 8).
const MOBILE = String.raw`((?:(?:\+|00|%2[Bb])?86${SEPARATOR}?)?1[3-9]\d)(${SEPARATOR}?)\d{4}(${SEPARATOR}?)(\d{4})(?!\d)`;
const SENSITIVE = new RegExp(String.raw`${BEFORE}(?:${ID_NUMBER}|${ID_NUMBER_GROUPED}|${BANK_CARD}|${MOBILE})`, 'g');

/** The digits (and check character) of a number written in groups. */
const withoutSeparators = (value: string): string => value.replace(/%2[0BbDd]/g, '').replace(/[^\dXx]/g, '');

function maskMatch(
  match: string,
  before: string,
  id?: string,
  groupedId?: string,
  card?: string,
  _cardSeparator?: string,
  phoneHead?: string,
  firstSeparator = '',
  secondSeparator = '',
  phoneTail = '',
): string {
  if (id !== undefined) {
    return before + (id.length === 18 ? maskIdNumber(id) : maskIdNumber(`${id}X`).slice(0, -1));
  }
  if (groupedId !== undefined) return before + maskIdNumber(withoutSeparators(groupedId));
  if (card !== undefined) return before + maskBankAccount(withoutSeparators(card));
  if (phoneHead !== undefined) return `${before}${phoneHead}${firstSeparator}****${secondSeparator}${phoneTail}`;
  return match;
}

/** Masks every ID number, mobile number and bank card number in free text such as a log line or a URL. */
export function maskSensitiveText(text: string): string {
  return text.replace(SENSITIVE, maskMatch);
}
