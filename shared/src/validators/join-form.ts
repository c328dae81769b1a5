import { Occupation } from '../api/join';
import { BEIJING_DISTRICTS } from '../geo/beijing-districts';
import { ageOn, validateIdNumber, type IdNumberValidation } from './id-number';
import { validatePhone } from './phone';
import { validatePersonName } from './text';
import type { ValidationResult } from './validation-result';

/** The Trade Union Law admits workers who live on wages; the Labour Law sets 16 as working age. */
export const MIN_JOIN_AGE = 16;
export const EMPLOYER_MAX_LENGTH = 50;

export const JoinFormErrorCode = {
  UnderAge: 'JOIN_UNDER_AGE',
  EmployerLength: 'EMPLOYER_LENGTH',
  Occupation: 'OCCUPATION_UNKNOWN',
  District: 'DISTRICT_UNKNOWN',
} as const;
export type JoinFormErrorCode = (typeof JoinFormErrorCode)[keyof typeof JoinFormErrorCode];

/** The ID number check of GB 11643, and an age of at least 16 on `today` (China time). */
export function validateJoinIdNumber(
  value: string,
  today: Date = new Date(),
): IdNumberValidation | { ok: false; reason: typeof JoinFormErrorCode.UnderAge; message: string } {
  const id = validateIdNumber(value, { today });
  if (!id.ok) return id;
  if (ageOn(id.birthDate, today) < MIN_JOIN_AGE) {
    return { ok: false, reason: JoinFormErrorCode.UnderAge, message: `年满${MIN_JOIN_AGE}周岁才能入会，请核对出生日期` };
  }
  return id;
}

/** The employer or platform, e.g. 美团 or 京东物流: 2 to 50 characters. */
export function validateEmployer(value: string): ValidationResult<JoinFormErrorCode> {
  const employer = value.trim().replace(/\s+/g, ' ');
  const length = [...employer].length;
  if (length < 2 || length > EMPLOYER_MAX_LENGTH) {
    return {
      ok: false,
      reason: JoinFormErrorCode.EmployerLength,
      message: length === 0 ? '请填写工作单位或平台，如“美团”' : `工作单位或平台应为2至${EMPLOYER_MAX_LENGTH}个字`,
    };
  }
  return { ok: true, value: employer };
}

export function validateOccupation(value: string): ValidationResult<JoinFormErrorCode> {
  return (Object.values(Occupation) as string[]).includes(value)
    ? { ok: true, value }
    : { ok: false, reason: JoinFormErrorCode.Occupation, message: '请选择您的职业' };
}

export function validateWorkDistrict(value: string): ValidationResult<JoinFormErrorCode> {
  return BEIJING_DISTRICTS.some((district) => district.code === value)
    ? { ok: true, value }
    : { ok: false, reason: JoinFormErrorCode.District, message: '请选择工作所在的区' };
}

export interface JoinFormFields {
  name: string;
  idNumber: string;
  /** Typed on H5; on WeChat the number comes from the getPhoneNumber button instead. */
  phone?: string;
  occupation: string;
  employer: string;
  workDistrict: string;
}

export type JoinFormErrors = Partial<Record<keyof JoinFormFields, string>>;

/**
 * Every field of the join form at once, as the app checks it while the worker types; the server
 * runs the same checks field by field. `phone` is checked only when `checkPhone` is set.
 */
export function validateJoinForm(fields: JoinFormFields, options: { today?: Date; checkPhone: boolean }): JoinFormErrors {
  const errors: JoinFormErrors = {};
  const checks: [keyof JoinFormFields, ValidationResult<string>][] = [
    ['name', validatePersonName(fields.name)],
    ['idNumber', validateJoinIdNumber(fields.idNumber, options.today)],
    ['occupation', validateOccupation(fields.occupation)],
    ['employer', validateEmployer(fields.employer)],
    ['workDistrict', validateWorkDistrict(fields.workDistrict)],
  ];
  if (options.checkPhone) checks.push(['phone', validatePhone(fields.phone ?? '')]);
  for (const [field, result] of checks) if (!result.ok) errors[field] = result.message;
  return errors;
}
