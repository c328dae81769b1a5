import fc from 'fast-check';
import { creditCodeCheckChar, isValidCreditCode, validateCreditCode } from './credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const validCreditCode = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((first17) => first17 + creditCodeCheckChar(first17));

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}

describe('validateCreditCode', () => {
  it('accepts the example code of GB 32100-2015', () => {
    // GB 32100-2015, appendix example: 91350100M000100Y43.
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('accepts real codes of registered organisations', () => {
    const codes = [
      // python-stdnum tests/test_cn_uscc.doctest (arthurdejong/python-stdnum), "found online":
      '91110000600037341L',
      '121200004013590816', // 1 = registered by the staffing office (机构编制), not the market regulator
      '9144030071526726XG', // X inside the organisation code
      '91620105L015101280', // letter in the organisation code, check character 0
      '91310115MA1K3BTP2B',
      // 华为技术有限公司, zh.wikipedia.org infobox "機構代碼":
      '914403001922038216',
      // 深圳市腾讯计算机系统有限公司, business licence as reported by check-china.com:
      '91440300708461136T',
    ];
    for (const code of codes) expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
  });

  // python-stdnum tests/test_cn_uscc.doctest: '91 110000 600037341L' validates.
  it('accepts spaces, dashes and lower case, and returns the code normalised', () => {
    expect(validateCreditCode(' 91 110000-600037341l ')).toEqual({ ok: true, value: '91110000600037341L' });
  });

  it('refuses a code of the wrong length', () => {
    for (const value of ['', '12345', '91350100M000100Y4', '91350100M000100Y433']) {
      expect(validateCreditCode(value)).toMatchObject({ ok: false, reason: 'USCC_LENGTH' });
    }
  });

  // python-stdnum tests/test_cn_uscc.doctest: '9111000060003IOZSV' is InvalidFormat.
  it('refuses the letters I, O, S, V and Z and any other character', () => {
    for (const value of ['9111000060003IOZSV', '91350100M000100Y4I', '91350100M0001OOY43', '91350100M000100Y4。']) {
      expect(validateCreditCode(value)).toMatchObject({ ok: false, reason: 'USCC_CHARSET' });
    }
  });

  // python-stdnum tests/test_cn_uscc.doctest: '91110000600037341N' is InvalidChecksum.
  it('refuses a wrong check character', () => {
    expect(validateCreditCode('91110000600037341N')).toMatchObject({ ok: false, reason: 'USCC_CHECK' });
    expect(validateCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, reason: 'USCC_CHECK' });
  });

  it('explains every refusal in Chinese', () => {
    for (const value of ['', '12345', '9111000060003IOZSV', '91110000600037341N']) {
      const result = validateCreditCode(value);
      expect(result.ok === false && result.message).toMatch(/^[\u4e00-\u9fff]/);
    }
  });

  it('accepts every generated code', () => {
    fc.assert(fc.property(validCreditCode, (code) => expect(isValidCreditCode(code)).toBe(true)), { numRuns: 500 });
  });

  it('catches any single-character substitution (mod 31 with weights prime to 31)', () => {
    fc.assert(
      fc.property(validCreditCode, fc.nat(17), fc.constantFrom(...ALPHABET), (code, index, char) => {
        fc.pre(char !== code[index]);
        expect(isValidCreditCode(replaceAt(code, index, char))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('catches any swap of two different adjacent characters', () => {
    fc.assert(
      fc.property(validCreditCode, fc.nat(16), (code, index) => {
        fc.pre(code[index] !== code[index + 1]);
        const swapped = code.slice(0, index) + code[index + 1] + code[index] + code.slice(index + 2);
        expect(isValidCreditCode(swapped)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('creditCodeCheckChar', () => {
  it('computes the check character of the GB 32100-2015 example', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('refuses anything but 17 code characters', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100I4')).toThrow(RangeError);
  });
});

/** An independent reference for GB 32100-2015: weights computed as powers of 3 modulo 31. */
const reference = {
  checkChar(first17: string): string {
    let sum = 0;
    let weight = 1;
    for (const char of first17) {
      sum += ALPHABET.indexOf(char) * weight;
      weight = (weight * 3) % 31;
    }
    const check = 31 - (sum % 31);
    return ALPHABET[check === 31 ? 0 : check];
  },
  isValid(code: string): boolean {
    return code.length === 18 && [...code].every((char) => ALPHABET.includes(char)) && reference.checkChar(code.slice(0, 17)) === code[17];
  },
};

const referenceValidCode = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((first17) => first17 + reference.checkChar(first17));

describe('validateCreditCode against an independent reference', () => {
  it('agrees with the reference on the GB 32100-2015 example', () => {
    expect(reference.checkChar('91350100M000100Y4')).toBe('3');
  });

  it('accepts every code the reference generates as valid', () => {
    fc.assert(fc.property(referenceValidCode, (code) => expect(isValidCreditCode(code)).toBe(true)), { numRuns: 1000 });
  });

  it('refuses every single-character change of a valid code, including characters outside the alphabet', () => {
    fc.assert(
      fc.property(referenceValidCode, fc.nat(17), fc.constantFrom(...ALPHABET, 'I', 'O', 'S', 'V', 'Z', '#', '。'), (code, index, char) => {
        fc.pre(char !== code[index]);
        const changed = replaceAt(code, index, char);
        expect(reference.isValid(changed)).toBe(false);
        expect(isValidCreditCode(changed)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the reference on arbitrary 18-character codes', () => {
    const candidate = fc.array(fc.constantFrom(...ALPHABET), { minLength: 18, maxLength: 18 }).map((chars) => chars.join(''));
    fc.assert(fc.property(fc.oneof(candidate, referenceValidCode), (code) => expect(isValidCreditCode(code)).toBe(reference.isValid(code))), { numRuns: 3000 });
  });
});
