import { idNumberCheckChar } from '@unionhub/shared';
import { readRosterRows } from './roster-rows';

const csv = (text: string): Buffer => Buffer.from(text, 'utf8');
const id = (birth: string, sequence = '123'): string => {
  const first17 = `110115${birth}${sequence}`;
  return first17 + idNumberCheckChar(first17);
};
const TODAY = new Date('2026-11-24T04:00:00Z');

describe('member roster rows', () => {
  it('finds the header under a title by alias, and reads occupation labels or codes and the ways people write a day', async () => {
    const text = `2026年会员花名册\n会员姓名,身份证号码,手机号码,工种,单位,入会时间,会员号\n张三,${id('19900101')},139 1111 2222,快递员,顺丰速运,2021/5/1,sh-0001-aa\n李四,${id('19900202')},13911113333,delivery-rider,美团,20220301,\n`;
    const { rows, errors } = await readRosterRows(csv(text), TODAY);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 3, name: '张三', idNumber: id('19900101'), phone: '13911112222', occupation: 'courier', employer: '顺丰速运', joinedOn: '2021-05-01', memberNumber: 'SH-0001-AA' },
      { row: 4, name: '李四', idNumber: id('19900202'), phone: '13911113333', occupation: 'delivery-rider', employer: '美团', joinedOn: '2022-03-01', memberNumber: null },
    ]);
  });

  it('reports every problem of a row by column, in Chinese', async () => {
    const text = `姓名,身份证号,手机号,职业,工作单位,入会日期,会员编号\n,${id('20150101')},123,宇航员,,2027-01-01,坏 编号\n`;
    const { rows, errors } = await readRosterRows(csv(text), TODAY);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '姓名'],
      [2, '身份证号'],
      [2, '手机号'],
      [2, '职业'],
      [2, '工作单位'],
      [2, '入会日期'],
      [2, '会员编号'],
    ]);
    expect(errors.find((e) => e.column === '身份证号')?.reason).toContain('16周岁');
    expect(errors.every((e) => /[\u4e00-\u9fff]/.test(e.reason))).toBe(true);
  });

  it('refuses a file without the required columns or with a binary body', async () => {
    await expect(readRosterRows(csv('姓名,身份证号\n张三,1\n'), TODAY)).rejects.toMatchObject({ code: 'JOIN_ROSTER_NO_HEADER' });
    await expect(readRosterRows(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), TODAY)).rejects.toMatchObject({ code: 'JOIN_ROSTER_UNREADABLE' });
  });
});
