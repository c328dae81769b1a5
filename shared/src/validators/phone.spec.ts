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
