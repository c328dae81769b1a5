import type { ValidationResult } from './validation-result';

export const PhoneErrorCode = {
  Format: 'PHONE_FORMAT',
} as const;
export type PhoneErrorCode = (typeof PhoneErrorCode)[keyof typeof PhoneErrorCode];

export type PhoneValidation = ValidationResult<PhoneErrorCode>;

/**
 * Mainland mobile numbers start with 13 to 19; every second digit in that range is allocated.
 * Third digits are deliberately not checked: new blocks (e.g. 192 in 2019) would be refused
 * until the next release.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const COUNTRY_PREFIX = /^(?:\+|00)?86(?=\d{11}$)/;

/** Checks a mainland China mobile number; `+86`, spaces and dashes are allowed and removed. */
export function validatePhone(value: string): PhoneValidation {
  const phone = value.replace(/[\s\-()]+/g, '').replace(COUNTRY_PREFIX, '');
  if (!MOBILE.test(phone)) {
    return { ok: false, reason: PhoneErrorCode.Format, message: '请输入11位手机号码（以13至19开头）' };
  }
  return { ok: true, value: phone };
}

export function isValidPhone(value: string): boolean {
  return validatePhone(value).ok;
}
