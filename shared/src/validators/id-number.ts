import { chinaDate, isRealDate } from './calendar';
import type { ValidationResult, ValidValue } from './validation-result';

export const IdNumberErrorCode = {
  Format: 'ID_FORMAT',
  Length: 'ID_LENGTH',
  Region: 'ID_REGION',
  BirthDate: 'ID_BIRTH_DATE',
  CheckDigit: 'ID_CHECK_DIGIT',
} as const;
export type IdNumberErrorCode = (typeof IdNumberErrorCode)[keyof typeof IdNumberErrorCode];

export type Gender = 'male' | 'female';

export interface ValidIdNumber extends ValidValue {
  /** YYYY-MM-DD */
  birthDate: string;
  gender: Gender;
}

export type IdNumberValidation = ValidationResult<IdNumberErrorCode, ValidIdNumber>;

export interface IdNumberOptions {
  /** The day to check "not born in the future" against; defaults to now. */
  today?: Date;
}

/** Province-level codes of GB/T 2260 on the mainland. */
const MAINLAND_PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
]);
/** 71 Taiwan; 81, 82, 83: residence permits of Hong Kong, Macao and Taiwan residents. */
const OTHER_REGION_CODES = new Set(['71', '81', '82', '83']);

// ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** The check character (0-9 or X) for the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('idNumberCheckChar needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * The 2023 foreigners' permanent residence ID card uses the same 18-character layout and check,
 * but starts with 9 followed by the province code of the issuing office.
 */
function hasKnownRegion(id: string): boolean {
  if (id[0] === '9') return MAINLAND_PROVINCE_CODES.has(id.slice(1, 3));
  const region = id.slice(0, 2);
  return MAINLAND_PROVINCE_CODES.has(region) || OTHER_REGION_CODES.has(region);
}

function fail(reason: IdNumberErrorCode, message: string): IdNumberValidation {
  return { ok: false, reason, message };
}

/** Checks an 18-character resident identity number (GB 11643-1999). */
export function validateIdNumber(value: string, options: IdNumberOptions = {}): IdNumberValidation {
  const id = value.replace(/\s+/g, '').toUpperCase();

  if (!/^\d*X?$/.test(id)) {
    return fail(IdNumberErrorCode.Format, '身份证号码只能是数字，最后一位可以是X，请检查后重新输入');
  }
  if (id.length !== 18) {
    return fail(
      IdNumberErrorCode.Length,
      id.length === 0 ? '请输入18位身份证号码' : `身份证号码应为18位，您输入了${id.length}位，请核对`,
    );
  }
  if (!hasKnownRegion(id)) {
    return fail(IdNumberErrorCode.Region, '身份证号码开头的地区代码不对，请核对前两位');
  }

  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const today = chinaDate(options.today ?? new Date());
  if (!isRealDate(year, month, day) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return fail(IdNumberErrorCode.BirthDate, '身份证号码中的出生日期（第7至14位）不对，请核对');
  }

  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) {
    return fail(IdNumberErrorCode.CheckDigit, '身份证号码校验不通过，请逐位核对是否输错');
  }

  return { ok: true, value: id, birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

export function isValidIdNumber(value: string, options: IdNumberOptions = {}): boolean {
  return validateIdNumber(value, options).ok;
}

/**
 * Age in full years on the given day (China Standard Time). Someone born on 29 February turns a
 * year older on 1 March in common years. Negative when `on` is before the birth date.
 */
export function ageOn(birthDate: string, on: Date): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`ageOn needs a real YYYY-MM-DD date, got "${birthDate}"`);
  }
  const [onYear, onMonth, onDay] = chinaDate(on).split('-').map(Number);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hadBirthday = onMonth > month || (onMonth === month && onDay >= day);
  return onYear - year - (hadBirthday ? 0 : 1);
}
