import type { ValidationResult } from './validation-result';

export const CreditCodeErrorCode = {
  Length: 'USCC_LENGTH',
  Charset: 'USCC_CHARSET',
  Check: 'USCC_CHECK',
} as const;
export type CreditCodeErrorCode = (typeof CreditCodeErrorCode)[keyof typeof CreditCodeErrorCode];

export type CreditCodeValidation = ValidationResult<CreditCodeErrorCode>;

/** GB 32100-2015: the 31 code characters, in value order (no I, O, S, V, Z). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^i mod 31
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17 || [...first17].some((char) => !ALPHABET.includes(char))) {
    throw new RangeError('creditCodeCheckChar needs exactly 17 code characters');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

function fail(reason: CreditCodeErrorCode, message: string): CreditCodeValidation {
  return { ok: false, reason, message };
}

/** Checks an 18-character unified social credit code (统一社会信用代码, GB 32100-2015). */
export function validateCreditCode(value: string): CreditCodeValidation {
  const code = value.replace(/[\s-]+/g, '').toUpperCase();

  if (code.length !== 18) {
    return fail(
      CreditCodeErrorCode.Length,
      code.length === 0 ? '请输入18位统一社会信用代码' : `统一社会信用代码应为18位，您输入了${code.length}位，请核对`,
    );
  }
  if ([...code].some((char) => !ALPHABET.includes(char))) {
    return fail(
      CreditCodeErrorCode.Charset,
      '统一社会信用代码只含数字和大写字母（没有I、O、S、V、Z），请核对',
    );
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return fail(CreditCodeErrorCode.Check, '统一社会信用代码校验不通过，请逐位核对是否输错');
  }
  return { ok: true, value: code };
}

export function isValidCreditCode(value: string): boolean {
  return validateCreditCode(value).ok;
}
