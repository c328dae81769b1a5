import type { ValidationResult } from './validation-result';

export const PersonNameErrorCode = {
  Length: 'NAME_LENGTH',
  Charset: 'NAME_CHARSET',
  Format: 'NAME_FORMAT',
} as const;
export type PersonNameErrorCode = (typeof PersonNameErrorCode)[keyof typeof PersonNameErrorCode];

export type PersonNameValidation = ValidationResult<PersonNameErrorCode>;

const MIN_LENGTH = 2;
const MAX_LENGTH = 30;
const MIDDLE_DOT = '·';
// Phone keyboards offer these instead of U+00B7, the dot of registered names such as 阿依古丽·买买提.
const MIDDLE_DOT_LOOKALIKES = /[\u2022\u2027\u30FB\uFF65]/g;
const NAME_CHARS = /^[\p{Script=Han}\p{Script=Latin} ·]+$/u;
// Registered Han names have no spaces; "张 三" is a typing slip, "John Smith" is not.
const SPACE_BETWEEN_HAN = /(\p{Script=Han}) (?=\p{Script=Han})/gu;

function normalisePersonName(value: string): string {
  return value
    .trim()
    .replace(/\s+/g, ' ')
    .replace(MIDDLE_DOT_LOOKALIKES, MIDDLE_DOT)
    .replace(/ ?· ?/g, MIDDLE_DOT)
    .replace(SPACE_BETWEEN_HAN, '$1');
}

function fail(reason: PersonNameErrorCode, message: string): PersonNameValidation {
  return { ok: false, reason, message };
}

/** Checks a person's name: Han characters with the middle dot, or Latin letters and spaces. */
export function validatePersonName(value: string): PersonNameValidation {
  const name = normalisePersonName(value);
  const length = [...name].length;

  if (length === 0) return fail(PersonNameErrorCode.Length, '请输入姓名');
  if (!NAME_CHARS.test(name)) {
    return fail(PersonNameErrorCode.Charset, '姓名只能包含汉字、英文字母、空格和间隔号“·”');
  }
  if (name.startsWith(MIDDLE_DOT) || name.endsWith(MIDDLE_DOT) || name.includes(MIDDLE_DOT + MIDDLE_DOT)) {
    return fail(PersonNameErrorCode.Format, '间隔号“·”只能写在两段姓名之间');
  }
  if (length < MIN_LENGTH || length > MAX_LENGTH) {
    return fail(PersonNameErrorCode.Length, `姓名应为${MIN_LENGTH}至${MAX_LENGTH}个字`);
  }
  return { ok: true, value: name };
}

export function isValidPersonName(value: string): boolean {
  return validatePersonName(value).ok;
}
