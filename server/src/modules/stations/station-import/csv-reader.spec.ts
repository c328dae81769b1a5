import { csvRecords, decodeCsv } from './csv-reader';

const records = (text: string) => [...csvRecords(text)];

describe('csvRecords', () => {
  it('reads quoted commas, quotes and line breaks, CRLF and a last line without a break', () => {
    expect(records('名称,地址\r\n"驿站,一号","大兴区""某""路\n1号"\r\n末行,x')).toEqual([
      { row: 1, cells: ['名称', '地址'] },
      { row: 2, cells: ['驿站,一号', '大兴区"某"路\n1号'] },
      { row: 3, cells: ['末行', 'x'] },
    ]);
  });

  it('takes the separator from the header: tabs or semicolons', () => {
    expect(records('名称\t地址\n甲\t乙,丙')).toEqual([{ row: 1, cells: ['名称', '地址'] }, { row: 2, cells: ['甲', '乙,丙'] }]);
    expect(records('名称;地址\n甲;乙')[1].cells).toEqual(['甲', '乙']);
  });

  it('keeps empty cells and empty lines as rows', () => {
    expect(records('a,,c\n\nd')).toEqual([{ row: 1, cells: ['a', '', 'c'] }, { row: 2, cells: [''] }, { row: 3, cells: ['d'] }]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeCsv(Buffer.from('\uFEFF名称', 'utf8'))).toBe('名称');
    expect(decodeCsv(Buffer.from('名称', 'utf8'))).toBe('名称');
  });

  it('falls back to GB18030, as Excel on Chinese Windows saves CSV', () => {
    // 站点名称,经度 in GBK
    const gbk = Buffer.from([0xd5, 0xbe, 0xb5, 0xe3, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbe, 0xad, 0xb6, 0xc8]);
    expect(decodeCsv(gbk)).toBe('站点名称,经度');
  });
});
