import { MaskingLogger } from './masking-logger';

describe('MaskingLogger', () => {
  let written: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    written = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  it('writes one JSON object a line', () => {
    new MaskingLogger().log({ msg: 'hello' }, 'Test');
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0])).toMatchObject({ level: 'log', context: 'Test', message: { msg: 'hello' } });
  });

  it('never writes an ID number, a phone number or a bank card whole', () => {
    new MaskingLogger().log({ msg: 'join', url: '/api/x?id=11010519491231002X&phone=13812345678', card: '6222021234567890123' }, 'Test');
    const line = written.join('');
    expect(line).not.toMatch(/11010519491231002X|13812345678|6222021234567890123/);
    expect(line).toContain('110***********002X');
    expect(line).toContain('138****5678');
  });

  it('masks ID and phone numbers written in groups, in URLs and in bodies', () => {
    new MaskingLogger().log({ msg: 'request', url: '/api/x?q=410102-19930310-5930&p=138%200013%208000', body: { idNumber: '410102 19930310 5930', phone: '138-0013-8000' } }, 'Test');
    const line = written.join('');
    expect(line.replace(/%20/g, '').replace(/\D/g, '')).not.toMatch(/410102199303105930|13800138000/);
    expect(line).toContain('q=410***********5930');
    expect(line).toContain('p=138%20****%208000');
    expect(line).toContain('"phone":"138-****-8000"');
  });

  it('respects the minimum level', () => {
    new MaskingLogger('warn').log('quiet');
    expect(written).toHaveLength(0);
  });
});
