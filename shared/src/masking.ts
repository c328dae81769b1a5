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
 * before 16.4 cannot even parse a lookbehind. Group 1 is the character before the match instead,
 * so a match never starts inside a longer digit run, and none ends inside one. Order numbers,
 * timestamps (10 or 13 digits) and runs longer than 19 digits are left alone.
 */
// 2: 17 digits + a digit, or 17 digits before an X, which stays unconsumed so that it can be the
// boundary of a number written right after it.
const ID_NUMBER = String.raw`(\d{17}(?:\d(?!\d)|(?=[Xx])))`;
// 3: a run of 16 to 19 digits, or groups of 4 split by one kind of separator (4).
const BANK_CARD = String.raw`(\d{16,19}(?!\d)|\d{4}([ -])\d{4}(?:\4\d{4}){2}(?:\4\d{1,3})?(?!\d))`;
// 5-7: optional +86/0086/86, then 11 digits, optionally as 3-4-4 with one kind of separator (6).
const MOBILE = String.raw`((?:(?:\+|00)?86[ -]?)?1[3-9]\d)([ -]?)\d{4}\6(\d{4})(?!\d)`;
const SENSITIVE = new RegExp(String.raw`(^|\D)(?:${ID_NUMBER}|${BANK_CARD}|${MOBILE})`, 'g');

function maskMatch(
  match: string,
  before: string,
  id?: string,
  card?: string,
  _cardSeparator?: string,
  phoneHead?: string,
  phoneSeparator = '',
  phoneTail = '',
): string {
  if (id !== undefined) {
    return before + (id.length === 18 ? maskIdNumber(id) : maskIdNumber(`${id}X`).slice(0, -1));
  }
  if (card !== undefined) return before + maskBankAccount(card);
  if (phoneHead !== undefined) return `${before}${phoneHead}${phoneSeparator}****${phoneSeparator}${phoneTail}`;
  return match;
}

/** Masks every ID number, mobile number and bank card number in free text such as a log line. */
export function maskSensitiveText(text: string): string {
  return text.replace(SENSITIVE, maskMatch);
}
