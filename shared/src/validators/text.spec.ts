import { isValidPersonName, validatePersonName } from './text';

describe('validatePersonName', () => {
  it('accepts Han names and returns them trimmed', () => {
    expect(validatePersonName('  张三丰 ')).toEqual({ ok: true, value: '张三丰' });
    expect(validatePersonName('欧阳娜娜')).toEqual({ ok: true, value: '欧阳娜娜' });
  });

  it('accepts names with the middle dot and turns look-alike dots into it', () => {
    expect(validatePersonName('阿依古丽·买买提')).toEqual({ ok: true, value: '阿依古丽·买买提' });
    for (const input of ['阿依古丽•买买提', '阿依古丽・买买提', '阿依古丽 · 买买提', '阿依古丽･买买提']) {
      expect(validatePersonName(input)).toEqual({ ok: true, value: '阿依古丽·买买提' });
    }
  });

  it('accepts Latin names and collapses repeated spaces', () => {
    expect(validatePersonName('John   Smith')).toEqual({ ok: true, value: 'John Smith' });
    expect(validatePersonName('José García')).toEqual({ ok: true, value: 'José García' });
  });

  it('removes a stray space between Han characters', () => {
    expect(validatePersonName('张 三')).toEqual({ ok: true, value: '张三' });
  });

  it('counts a rare character outside the basic plane as one character', () => {
    expect(validatePersonName('𠀾')).toMatchObject({ ok: false, reason: 'NAME_LENGTH' });
    expect(validatePersonName('王𠀾')).toEqual({ ok: true, value: '王𠀾' });
  });

  it('refuses names shorter than 2 or longer than 30 characters', () => {
    expect(validatePersonName('')).toMatchObject({ ok: false, reason: 'NAME_LENGTH', message: '请输入姓名' });
    expect(validatePersonName('   ')).toMatchObject({ ok: false, reason: 'NAME_LENGTH' });
    expect(validatePersonName('张')).toMatchObject({ ok: false, reason: 'NAME_LENGTH' });
    expect(isValidPersonName('张'.repeat(30))).toBe(true);
    expect(validatePersonName('张'.repeat(31))).toMatchObject({ ok: false, reason: 'NAME_LENGTH' });
  });

  it('refuses digits, punctuation and emoji', () => {
    for (const input of ['张三1', '张三!', '张三，', 'John_Smith', '张三😀', '<script>']) {
      expect(validatePersonName(input)).toMatchObject({ ok: false, reason: 'NAME_CHARSET' });
    }
  });

  it('refuses a middle dot at either end or doubled', () => {
    for (const input of ['·买买提', '阿依古丽·', '阿依古丽··买买提']) {
      expect(validatePersonName(input)).toMatchObject({ ok: false, reason: 'NAME_FORMAT' });
    }
  });
});
