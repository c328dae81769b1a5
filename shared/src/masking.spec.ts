import fc from 'fast-check';
import { maskBankAccount, maskIdNumber, maskName, maskPhone, maskSensitiveText } from './masking';
import { idNumberCheckChar } from './validators/id-number';

/** Digits only, so that a number split by separators or escapes is seen whole. */
const withoutEscapes = (text: string) => text.replace(/%2[0BbDd]/g, '').replace(/\D/g, '');

const digits = (length: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((d) => d.join(''));

const idLike = fc
  .tuple(digits(17), fc.constantFrom(...'0123456789Xx'))
  .map(([first17, last]) => first17 + last);
const mobile = fc.tuple(fc.constantFrom(...'3456789'), digits(9)).map(([second, rest]) => `1${second}${rest}`);
const cardNumber = fc.integer({ min: 16, max: 19 }).chain(digits);

/** Surrounding text that cannot extend a number (an X could end an ID number). */
const noDigits = fc.string({ maxLength: 20 }).map((text) => text.replace(/[0-9Xx]/g, ''));

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters and masks the 11 between', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('normalises a lower-case x and spaces before masking', () => {
    expect(maskIdNumber(' 110105 19491231002x')).toBe('110***********002X');
  });

  it('masks a short value whole rather than showing most of it', () => {
    expect(maskIdNumber('1101052')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('normalises +86, spaces and dashes first', () => {
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
  });

  it('masks a short value whole', () => {
    expect(maskPhone('138123')).toBe('******');
  });
});

describe('maskBankAccount', () => {
  it('shows only the last 4 digits, in a fixed-width mask that hides the length', () => {
    expect(maskBankAccount('6222021234567890123')).toBe('**** **** **** 0123');
    expect(maskBankAccount('6222 0212 3456 7890')).toBe('**** **** **** 7890');
    expect(maskBankAccount('6222-0212-3456')).toBe('**** **** **** 3456');
  });

  it('masks a value too short to be an account whole', () => {
    expect(maskBankAccount('1234567')).toBe('*******');
  });
});

describe('maskName', () => {
  it('keeps the first character only', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName(' 阿依古丽·买买提 ')).toBe('阿*******');
    expect(maskName('王𠀾')).toBe('王*');
  });

  it('masks a one-character name whole', () => {
    expect(maskName('张')).toBe('*');
    expect(maskName('')).toBe('');
  });
});

describe('maskSensitiveText', () => {
  it('masks every kind of number in a JSON log line and leaves the rest as it was', () => {
    const line = JSON.stringify({
      level: 'log',
      time: 1717200000000,
      reqId: 'req-1f2e3d',
      msg: 'join submitted',
      idNumber: '11010519491231002x',
      phone: '13812345678',
      card: '6222021234567890123',
    });
    expect(maskSensitiveText(line)).toBe(
      JSON.stringify({
        level: 'log',
        time: 1717200000000,
        reqId: 'req-1f2e3d',
        msg: 'join submitted',
        idNumber: '110***********002x',
        phone: '138****5678',
        card: '**** **** **** 0123',
      }),
    );
  });

  it('masks numbers in a URL query', () => {
    expect(maskSensitiveText('/api/x?id=11010519491231002X&phone=13812345678')).toBe(
      '/api/x?id=110***********002X&phone=138****5678',
    );
  });

  it('masks a mobile number written with a country prefix or in 3-4-4 groups', () => {
    expect(maskSensitiveText('tel +8613812345678.')).toBe('tel +86138****5678.');
    expect(maskSensitiveText('tel 0086 138 1234 5678.')).toBe('tel 0086 138 **** 5678.');
    expect(maskSensitiveText('电话：138-1234-5678，谢谢')).toBe('电话：138-****-5678，谢谢');
    expect(maskSensitiveText('phone=%2B8613812345678')).toBe('phone=%2B86138****5678');
  });

  it('masks an ID number written in groups with spaces, dashes or URL-encoded separators', () => {
    const forms: [string, string][] = [
      ['q=410102-19930310-5930', 'q=410***********5930'],
      ['q=410102 19930310 5930', 'q=410***********5930'],
      ['q=410102+19930310+5930', 'q=410***********5930'],
      ['q=410102%2019930310%205930', 'q=410***********5930'],
      ['q=410102%2D19930310%2D5930', 'q=410***********5930'],
      ['q=410102%2B19930310%2B5930&x=1', 'q=410***********5930&x=1'],
      ['身份证 410102　19930310　593X。', '身份证 410***********593X。'],
      ['id 410102-19930310-593x end', 'id 410***********593X end'],
      ['{"idNumber":"410102 19930310 5930"}', '{"idNumber":"410***********5930"}'],
      ['q=%22410102-19930310-5930%22', 'q=%22410***********5930%22'],
    ];
    for (const [text, masked] of forms) expect(maskSensitiveText(text)).toBe(masked);
  });

  it('masks a mobile number written with spaces, dashes, plus signs or URL escapes', () => {
    const forms: [string, string][] = [
      ['phone=138 0013 8000', 'phone=138 **** 8000'],
      ['phone=138-0013-8000', 'phone=138-****-8000'],
      ['phone=138+0013+8000', 'phone=138+****+8000'],
      ['phone=138%200013%208000', 'phone=138%20****%208000'],
      ['phone=138 0013-8000', 'phone=138 ****-8000'],
      ['phone=%2B86%20138%200013%208000', 'phone=%2B86%20138%20****%208000'],
      ['phone=+86+138+0013+8000', 'phone=+86+138+****+8000'],
      ['q=%2013800138000', 'q=%20138****8000'],
      ['q=%2213800138000%22', 'q=%22138****8000%22'],
      ['电话 138　0013　8000', '电话 138　****　8000'],
    ];
    for (const [text, masked] of forms) expect(maskSensitiveText(text)).toBe(masked);
  });

  it('never lets a grouped ID number or mobile number through, whatever separators are used', () => {
    const separators = [' ', '-', '+', '%20', '%2B', '%2D', '\u3000'];
    fc.assert(
      fc.property(fc.constantFrom(...separators), fc.constantFrom(...separators), fc.constantFrom('', 'q=', ' ', '%22', '"'), (a, b, before) => {
        const id = `410102${a}19930310${b}5930`;
        const phone = `138${a}0013${b}8000`;
        expect(withoutEscapes(maskSensitiveText(`${before}${id}&`))).not.toContain('19930310');
        expect(withoutEscapes(maskSensitiveText(`${before}${phone}&`))).not.toContain('0013');
      }),
    );
  });

  it('masks a bank card written in groups of four', () => {
    expect(maskSensitiveText('卡号 6222 0212 3456 7890 123 已绑定')).toBe('卡号 **** **** **** 0123 已绑定');
    expect(maskSensitiveText('card 6222-0212-3456-7890')).toBe('card **** **** **** 7890');
  });

  it('masks numbers written back to back, even after an ID number ending in X', () => {
    expect(maskSensitiveText('11010519491231002X13812345678')).toBe('110***********002X138****5678');
    expect(maskSensitiveText('13812345678,13912345678')).toBe('138****5678,139****5678');
  });

  it('masks an ID number whether or not its check digit is right', () => {
    expect(maskSensitiveText('id 110105194912310021 end')).toBe('id 110***********0021 end');
  });

  it('leaves alone digit runs that are not one of these numbers', () => {
    const harmless = [
      'time 1717200000000', // epoch milliseconds, 13 digits
      'epoch 1717200000', // 10 digits
      'order 2024061512345', // 13 digits
      'amount 12345.67',
      'landline 010-12345678',
      'id 550e8400-e29b-41d4-a716-446655440000',
      'trace 12345678901234567890', // 20 digits, longer than any card
      'trace 12345678901234567890123',
      'number 12812345678', // 12 is not a mobile prefix
      'at 2024-06-01T12:00:00.000Z',
    ];
    for (const text of harmless) expect(maskSensitiveText(text)).toBe(text);
  });

  it('does not mask a mobile-like run inside a longer digit run', () => {
    expect(maskSensitiveText('x213812345678x')).toBe('x213812345678x');
    expect(maskSensitiveText('x138123456789x')).toBe('x138123456789x');
  });

  it('never lets a generated ID number, mobile number or card through whole', () => {
    fc.assert(
      fc.property(noDigits, fc.oneof(idLike, mobile, cardNumber), noDigits, (before, secret, after) => {
        const masked = maskSensitiveText(`${before}${secret}${after}`);
        expect(masked).not.toContain(secret);
        expect(masked.startsWith(before)).toBe(true);
        expect(masked.endsWith(after)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('masks generated valid ID numbers exactly as maskIdNumber does', () => {
    fc.assert(
      fc.property(digits(17), noDigits, (first17, after) => {
        const id = first17 + idNumberCheckChar(first17);
        expect(maskSensitiveText(`id:${id}${after}`)).toBe(`id:${maskIdNumber(id)}${after}`);
      }),
    );
  });

  it('leaves text without digits unchanged and is idempotent', () => {
    fc.assert(fc.property(noDigits, (text) => expect(maskSensitiveText(text)).toBe(text)));
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom(...'0123456789 -+Xx:,"') }), (text) => {
        const once = maskSensitiveText(text);
        expect(maskSensitiveText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles a megabyte of log lines in one quick pass', () => {
    const line = '{"msg":"claim","phone":"13812345678","id":"11010519491231002X","amount":1234.5,"t":1717200000000}\n';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const digitRun = '9'.repeat(200_000);
    const started = performance.now();
    const masked = maskSensitiveText(text + digitRun);
    const elapsed = performance.now() - started;
    expect(masked).not.toContain('13812345678');
    expect(elapsed).toBeLessThan(1000);
  });
});
