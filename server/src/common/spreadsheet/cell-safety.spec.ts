import { restoreText, safeCell, safeCsv, safeRow, safeText } from './cell-safety';

const PAYLOADS = ['=HYPERLINK("//x.cn/0764","王")', '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1', "=cmd|' /C calc'!A0", '=1+1'];

describe('spreadsheet cell safety', () => {
  it.each(PAYLOADS)('keeps %j as text with a quote in front, and gives it back on import', (payload) => {
    expect(safeText(payload)).toBe(`'${payload}`);
    expect(restoreText(safeText(payload))).toBe(payload);
  });

  it('leaves ordinary text, numbers and empty cells as they are', () => {
    expect(safeRow(['王小明', '6222020200112233445', -12.5, 0, null, " 'quoted", '010-69245678'])).toEqual(['王小明', '6222020200112233445', -12.5, 0, null, " 'quoted", '010-69245678']);
    expect(safeRow({ amount: -300, name: '=x' })).toEqual({ amount: -300, name: "'=x" });
    expect(safeCell(-1)).toBe(-1);
    expect(restoreText("'王")).toBe("'王");
  });

  it('writes CSV with a byte-order mark, CRLF, quoting and every text cell made safe', () => {
    const csv = safeCsv([['名', '金额'], ['=HYPERLINK("//x.cn","王")', 12.5], ['a,b', -3]]).toString('utf8');
    expect(csv).toBe('\uFEFF名,金额\r\n"\'=HYPERLINK(""//x.cn"",""王"")",12.5\r\n"a,b",-3');
  });
});
