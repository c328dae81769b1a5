import fc from 'fast-check';
import { isValidPhone, validatePhone } from './phone';

describe('validatePhone', () => {
  it('accepts an 11-digit number for every allocated second digit, 3 to 9', () => {
    for (const phone of ['13812345678', '14712345678', '15012345678', '16612345678', '17712345678', '18912345678', '19912345678']) {
      expect(validatePhone(phone)).toEqual({ ok: true, value: phone });
    }
  });

  it('removes the +86, 86 or 0086 prefix, spaces, dashes and brackets', () => {
    for (const input of ['+86 138 1234 5678', '8613812345678', '0086-138-1234-5678', '(+86)13812345678', ' 138-1234-5678 ']) {
      expect(validatePhone(input)).toEqual({ ok: true, value: '13812345678' });
    }
  });

  it('refuses numbers that do not start with 13 to 19', () => {
    for (const phone of ['10012345678', '11012345678', '12012345678', '23812345678']) {
      expect(validatePhone(phone)).toMatchObject({ ok: false, reason: 'PHONE_FORMAT' });
    }
  });

  it('refuses the wrong number of digits, landlines and letters', () => {
    for (const input of ['', '1381234567', '138123456789', '010-12345678', '1381234567a', '+85213812345678']) {
      expect(isValidPhone(input)).toBe(false);
    }
  });

  it('explains the refusal in Chinese', () => {
    const result = validatePhone('123');
    expect(result.ok === false && result.message).toMatch(/^[\u4e00-\u9fff]/);
  });
});

/**
 * An independent reference, character by character: 11 digits, a 1, then 3 to 9. A mobile number
 * has no check digit, so a single changed digit after the second stays valid: the validator must
 * agree with the reference on every change, not refuse them all.
 */
function referenceIsMobile(phone: string): boolean {
  if (phone.length !== 11) return false;
  for (const char of phone) if (char < '0' || char > '9') return false;
  return phone[0] === '1' && phone[1] >= '3' && phone[1] <= '9';
}

const referenceValidPhone = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }))
  .map(([second, rest]) => `1${second}${rest.join('')}`);

describe('validatePhone against an independent reference', () => {
  it('accepts every number the reference generates, with any allowed prefix or separators', () => {
    fc.assert(
      fc.property(referenceValidPhone, fc.constantFrom('', '+86', '86', '0086', '+86 '), fc.constantFrom('', ' ', '-'), (phone, prefix, separator) => {
        const typed = prefix + [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)].join(separator);
        expect(validatePhone(typed)).toEqual({ ok: true, value: phone });
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the reference on every single-character change of a valid number', () => {
    fc.assert(
      fc.property(referenceValidPhone, fc.nat(10), fc.constantFrom(...'0123456789aX+。'), (phone, index, char) => {
        fc.pre(char !== phone[index]);
        const changed = phone.slice(0, index) + char + phone.slice(index + 1);
        expect(isValidPhone(changed)).toBe(referenceIsMobile(changed));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a valid number with a digit added or removed', () => {
    fc.assert(
      fc.property(referenceValidPhone, fc.nat(10), fc.integer({ min: 0, max: 9 }), (phone, index, digit) => {
        expect(isValidPhone(phone.slice(0, index) + phone.slice(index + 1))).toBe(false);
        expect(isValidPhone(`${phone.slice(0, index)}${digit}${phone.slice(index)}`)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
