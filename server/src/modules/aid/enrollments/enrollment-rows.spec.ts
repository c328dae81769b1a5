import { parseDay, readEnrollmentRows } from './enrollment-rows';

const csv = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('enrollment roster rows', () => {
  it('reads the ways people write a day, and refuses impossible ones', () => {
    expect(['2026-01-01', '2026/1/1', '2026.1.1', '20260101', '2026年1月1日'].map(parseDay)).toEqual(Array(5).fill('2026-01-01'));
    expect(['2026-02-30', '2026-13-01', '1/1/2026', '', '明天'].map(parseDay)).toEqual([null, null, null, null, null]);
  });

  it('finds the header under a title row, by alias, and keeps each row with its spreadsheet number', async () => {
    const { rows, errors } = await readEnrollmentRows(csv('2026年名单\n会员号,项目编号,开始日期,结束日期\nbj-dx-0001,xjy-2026,2026/3/1,2026-12-31\n\n'));
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 3, memberNumber: 'BJ-DX-0001', idNumber: null, planCode: 'XJY-2026', validFrom: '2026-03-01', validUntil: '2026-12-31' }]);
  });

  it('reports every problem of a row by column', async () => {
    const { rows, errors } = await readEnrollmentRows(csv('会员编号,方案代码,起始日期,截止日期\n,,2026-12-31,2026-01-01\n'));
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 2, column: '会员编号', reason: '请填写会员编号或身份证号' },
      { row: 2, column: '方案代码', reason: expect.stringContaining('方案代码') },
      { row: 2, column: '截止日期', reason: '截止日期早于起始日期，请核对' },
    ]);
  });

  it('refuses a file whose header lacks a column', async () => {
    await expect(readEnrollmentRows(csv('会员编号,方案代码,起始日期\nA,B,2026-01-01\n'))).rejects.toMatchObject({ code: 'AID_ENROLLMENT_IMPORT_NO_HEADER' });
  });
});
