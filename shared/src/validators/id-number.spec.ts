import fc from 'fast-check';
import { ageOn, idNumberCheckChar, isValidIdNumber, validateIdNumber } from './id-number';

const TODAY = new Date('2025-06-01T12:00:00+08:00');
const REGIONS = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83'];
const DIGITS = '0123456789';

const withCheckChar = (first17: string): string => first17 + idNumberCheckChar(first17);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const compactDate = (d: Date): string => d.toISOString().slice(0, 10).replaceAll('-', '');

const validIdNumber = fc
  .tuple(
    fc.constantFrom(...REGIONS),
    fc.integer({ min: 0, max: 9999 }),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-05-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, area, birth, sequence]) =>
    withCheckChar(`${region}${pad(area, 4)}${compactDate(birth)}${pad(sequence, 3)}`),
  );

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}

describe('validateIdNumber', () => {
  // GB 11643-1999, clause 8 (example): 北京市朝阳区, born 1949-12-31, female.
  it('accepts the GB 11643-1999 example and reads its birth date and gender', () => {
    expect(validateIdNumber('11010519491231002X', { today: TODAY })).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
    });
  });

  // python-stdnum tests/test_cn_ric.doctest (arthurdejong/python-stdnum): valid numbers.
  it('accepts published valid numbers and reads a male from an odd 17th digit', () => {
    expect(validateIdNumber('360426199101010071', { today: TODAY })).toMatchObject({
      ok: true,
      birthDate: '1991-01-01',
      gender: 'male',
    });
    expect(isValidIdNumber('412723199010050012', { today: TODAY })).toBe(true);
    expect(isValidIdNumber('110102199101010078', { today: TODAY })).toBe(true);
  });

  // python-stdnum tests/test_cn_ric.doctest: '44011320141005001x' validates to upper-case X.
  it('accepts a lower-case x and spaces, and returns the number normalised', () => {
    expect(validateIdNumber(' 440113 20141005 001x ', { today: TODAY })).toMatchObject({
      ok: true,
      value: '44011320141005001X',
      birthDate: '2014-10-05',
    });
  });

  it('refuses a number of the wrong length, including the old 15-digit numbers', () => {
    for (const value of ['', '11010519491231002', '1101051949123100201', '110105491231002']) {
      expect(validateIdNumber(value, { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_LENGTH' });
    }
  });

  it('tells how many digits were typed when the length is wrong', () => {
    const result = validateIdNumber('11010519491231002', { today: TODAY });
    expect(result.ok === false && result.message).toContain('17');
  });

  // python-stdnum tests/test_cn_ric.doctest: 'T60426199101010078' is InvalidFormat.
  it('refuses letters other than a final X', () => {
    for (const value of ['T60426199101010078', '1101051949123100X2', '11010519491231002Y']) {
      expect(validateIdNumber(value, { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_FORMAT' });
    }
  });

  // python-stdnum tests/test_cn_ric.doctest: '990426199112010074' has an unknown birth place.
  it('refuses a number whose first two digits are not a province-level code', () => {
    expect(validateIdNumber('990426199112010074', { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_REGION' });
    for (const region of ['00', '10', '16', '24', '30', '38', '47', '55', '60', '66', '72', '84']) {
      const id = withCheckChar(`${region}010519491231002`);
      expect(validateIdNumber(id, { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_REGION' });
    }
  });

  it('accepts a foreign permanent resident number: 9, then the province code of the issuing office', () => {
    expect(isValidIdNumber(withCheckChar('91184019800101001'), { today: TODAY })).toBe(true);
    expect(isValidIdNumber(withCheckChar('94484019800101001'), { today: TODAY })).toBe(true);
    expect(validateIdNumber(withCheckChar('90184019800101001'), { today: TODAY })).toMatchObject({ reason: 'ID_REGION' });
    expect(validateIdNumber(withCheckChar('91084019800101001'), { today: TODAY })).toMatchObject({ reason: 'ID_REGION' });
    expect(validateIdNumber(withCheckChar('98184019800101001'), { today: TODAY })).toMatchObject({ reason: 'ID_REGION' });
  });

  // python-stdnum tests/test_cn_ric.doctest: '360426199113010079' has month 13.
  it('refuses a birth date that does not exist', () => {
    expect(validateIdNumber('360426199113010079', { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_BIRTH_DATE' });
    for (const date of ['20230229', '19000229', '19910431', '19910100', '19910001']) {
      const id = withCheckChar(`110105${date}002`);
      expect(validateIdNumber(id, { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_BIRTH_DATE' });
    }
  });

  it('accepts 29 February in leap years, including 2000', () => {
    for (const date of ['20000229', '20240229', '19960229']) {
      expect(validateIdNumber(withCheckChar(`110105${date}002`), { today: TODAY })).toMatchObject({ ok: true });
    }
  });

  // GB 11643-1999, clause 8 (example): 广东省汕头市潮阳县, born 1880-01-01, male: 440524188001010014.
  it('refuses a birth date before 1900 even when the check digit is right', () => {
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(validateIdNumber('440524188001010014', { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_BIRTH_DATE' });
    expect(isValidIdNumber(withCheckChar('11010519000101002'), { today: TODAY })).toBe(true);
    expect(isValidIdNumber(withCheckChar('11010518991231002'), { today: TODAY })).toBe(false);
  });

  it('refuses a birth date after today and accepts one born today', () => {
    expect(isValidIdNumber(withCheckChar('11010520250601002'), { today: TODAY })).toBe(true);
    expect(validateIdNumber(withCheckChar('11010520250602002'), { today: TODAY })).toMatchObject({
      ok: false,
      reason: 'ID_BIRTH_DATE',
    });
  });

  it('judges "today" by the date in China, whatever the time zone of the caller', () => {
    // 16:30 UTC on 31 May is already 1 June in Beijing.
    const lateEvening = new Date('2025-05-31T16:30:00Z');
    expect(isValidIdNumber(withCheckChar('11010520250601002'), { today: lateEvening })).toBe(true);
    const earlyAfternoon = new Date('2025-05-31T15:30:00Z');
    expect(isValidIdNumber(withCheckChar('11010520250601002'), { today: earlyAfternoon })).toBe(false);
  });

  // python-stdnum tests/test_cn_ric.doctest: '36042619910102009X' is InvalidChecksum.
  it('refuses a wrong check character', () => {
    expect(validateIdNumber('36042619910102009X', { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_CHECK_DIGIT' });
    expect(validateIdNumber('110105194912310020', { today: TODAY })).toMatchObject({ ok: false, reason: 'ID_CHECK_DIGIT' });
  });

  it('explains every refusal in Chinese', () => {
    for (const value of ['', 'abc', '990426199112010074', '360426199113010079', '36042619910102009X']) {
      const result = validateIdNumber(value, { today: TODAY });
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.message).toMatch(/^[\u4e00-\u9fff]/);
    }
  });

  it('detects every single-character substitution in the standard example', () => {
    const example = '11010519491231002X';
    for (let i = 0; i < 18; i++) {
      for (const char of i === 17 ? '0123456789X' : DIGITS) {
        if (char === example[i]) continue;
        expect(isValidIdNumber(replaceAt(example, i, char), { today: TODAY })).toBe(false);
      }
    }
  });

  it('accepts every generated number with the birth date and gender that went into it', () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        const result = validateIdNumber(id, { today: TODAY });
        expect(result).toEqual({
          ok: true,
          value: id,
          birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
          gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
        });
      }),
      { numRuns: 500 },
    );
  });

  it('catches any single-character substitution by the check character alone (MOD 11-2)', () => {
    fc.assert(
      fc.property(validIdNumber, fc.nat(17), fc.constantFrom(...'0123456789X'), (id, index, char) => {
        fc.pre(char !== id[index] && (index === 17 || char !== 'X'));
        const changed = replaceAt(id, index, char);
        expect(idNumberCheckChar(changed.slice(0, 17))).not.toBe(changed[17]);
        expect(isValidIdNumber(changed, { today: TODAY })).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('catches any swap of two different adjacent digits', () => {
    fc.assert(
      fc.property(validIdNumber, fc.nat(16), (id, index) => {
        fc.pre(id[index] !== id[index + 1] && id[index + 1] !== 'X');
        const swapped = id.slice(0, index) + id[index + 1] + id[index] + id.slice(index + 2);
        expect(idNumberCheckChar(swapped.slice(0, 17))).not.toBe(swapped[17]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('idNumberCheckChar', () => {
  it('computes the check characters of the GB 11643-1999 examples', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idNumberCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it('counts full years, a year older from the birthday itself', () => {
    expect(ageOn('1949-12-31', new Date('2024-12-30T12:00:00+08:00'))).toBe(74);
    expect(ageOn('1949-12-31', new Date('2024-12-31T12:00:00+08:00'))).toBe(75);
  });

  it('makes someone born on 29 February a year older on 1 March in common years', () => {
    expect(ageOn('2000-02-29', new Date('2023-02-28T12:00:00+08:00'))).toBe(22);
    expect(ageOn('2000-02-29', new Date('2023-03-01T12:00:00+08:00'))).toBe(23);
    expect(ageOn('2000-02-29', new Date('2024-02-29T12:00:00+08:00'))).toBe(24);
  });

  it('reads the day in China time', () => {
    expect(ageOn('1949-12-31', new Date('2024-12-30T16:00:00Z'))).toBe(75);
    expect(ageOn('1949-12-31', new Date('2024-12-30T15:59:59Z'))).toBe(74);
  });

  it('refuses a birth date that is not a real YYYY-MM-DD date', () => {
    expect(() => ageOn('1949-02-30', TODAY)).toThrow(RangeError);
    expect(() => ageOn('19491231', TODAY)).toThrow(RangeError);
  });
});

/**
 * An independent reference: ISO 7064 MOD 11-2 in its recursive (pure system) form, the calendar
 * through Date.UTC, and the region list written out again; no code shared with id-number.ts.
 */
const reference = {
  checkChar(first17: string): string {
    let p = 0;
    for (const digit of first17) p = ((p + Number(digit)) * 2) % 11;
    const check = (12 - p) % 11;
    return check === 10 ? 'X' : String(check);
  },
  realDate(yyyymmdd: string): boolean {
    const [y, m, d] = [Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8))];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  },
  isValid(id: string, todayCompact: string): boolean {
    if (!/^[0-9]{17}[0-9X]$/.test(id)) return false;
    const region = id[0] === '9' ? id.slice(1, 3) : id.slice(0, 2);
    const regions = id[0] === '9' ? REGIONS.filter((r) => Number(r) < 70) : REGIONS;
    const birth = id.slice(6, 14);
    return regions.includes(region) && reference.realDate(birth) && birth >= '19000101' && birth <= todayCompact && reference.checkChar(id.slice(0, 17)) === id[17];
  },
};

const referenceValidIdNumber = fc
  .tuple(
    fc.constantFrom(...REGIONS),
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1900, max: 2024 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .filter(([, , y, m, d]) => reference.realDate(`${y}${pad(m, 2)}${pad(d, 2)}`))
  .map(([region, area, y, m, d, sequence]) => {
    const first17 = `${region}${pad(area, 4)}${y}${pad(m, 2)}${pad(d, 2)}${pad(sequence, 3)}`;
    return first17 + reference.checkChar(first17);
  });

describe('validateIdNumber against an independent reference', () => {
  const todayCompact = '20250601';

  it('agrees with the reference on the GB 11643-1999 examples', () => {
    expect(reference.checkChar('11010519491231002')).toBe('X');
    expect(reference.checkChar('44052418800101001')).toBe('4');
  });

  it('accepts every number the reference generates as valid', () => {
    fc.assert(fc.property(referenceValidIdNumber, (id) => expect(isValidIdNumber(id, { today: TODAY })).toBe(true)), { numRuns: 1000 });
  });

  it('refuses every single-character change of a valid number, as the reference does', () => {
    fc.assert(
      fc.property(referenceValidIdNumber, fc.nat(17), fc.constantFrom(...'0123456789X'), (id, index, char) => {
        fc.pre(char !== id[index]);
        const changed = replaceAt(id, index, char);
        expect(reference.isValid(changed, todayCompact)).toBe(false);
        expect(isValidIdNumber(changed, { today: TODAY })).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the reference on arbitrary 18-character strings of digits and X', () => {
    const candidate = fc.array(fc.constantFrom(...'0123456789X'), { minLength: 18, maxLength: 18 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(candidate, referenceValidIdNumber), (id) =>
        expect(isValidIdNumber(id, { today: TODAY })).toBe(reference.isValid(id, todayCompact)),
      ),
      { numRuns: 3000 },
    );
  });
});
