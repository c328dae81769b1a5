import { isValidIdNumber, isValidPhone } from '@unionhub/shared';

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
  const text = JSON.stringify(body) ?? '';
  for (const secret of rules.secrets) if (text.includes(secret)) found.push(`whole secret value ${secret.slice(0, 4)}…`);
  if (!rules.wholePersonalData) {
    for (const value of rules.personalData) if (text.includes(value)) found.push(`whole personal value ${value.slice(0, 3)}…`);
    for (const [candidate] of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g)) if (isValidIdNumber(candidate)) found.push(`whole ID number ${candidate.slice(0, 3)}…`);
    for (const [candidate] of text.matchAll(/(?<![\dA-Za-z])1[3-9]\d{9}(?![\dA-Za-z])/g)) if (isValidPhone(candidate)) found.push(`whole phone ${candidate.slice(0, 3)}…`);
  }
  return found;
}
