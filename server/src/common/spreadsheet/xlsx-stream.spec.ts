import { buffer } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { streamXlsx, type XlsxRow } from './xlsx-stream';

const columns = [
  { key: 'n', header: '序号' },
  { key: 'text', header: '内容' },
];

/** Pages of `size` rows, counting how many were asked for. */
function pager(pages: number, size: number) {
  const asked = { count: 0 };
  async function* read(): AsyncGenerator<XlsxRow[]> {
    for (let p = 0; p < pages; p++) {
      asked.count++;
      yield Array.from({ length: size }, (_, i) => ({ n: p * size + i, text: `北京市大兴区庞各庄镇第${p * size + i}号暖心驿站，随机内容${Math.random()}` }));
    }
  }
  return { asked, pages: read() };
}

describe('streamXlsx', () => {
  it('writes every page of every sheet, in order, readable by Excel', async () => {
    const first = pager(3, 500);
    const second = pager(1, 2);
    const bytes = await buffer(streamXlsx([{ name: '第一页', columns, pages: first.pages }, { name: '第二页', columns, pages: second.pages }]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('第一页') as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(1 + 1500);
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '内容']);
    expect(sheet.getRow(1501).getCell(1).value).toBe(1499);
    expect((workbook.getWorksheet('第二页') as ExcelJS.Worksheet).rowCount).toBe(3);
  });

  it('asks for no more pages while the client reads nothing, and stops when the client goes away', async () => {
    const source = pager(1000, 1000);
    const stream = streamXlsx([{ name: '名单', columns, pages: source.pages }]);
    let stalled = -1;
    for (let tries = 0; tries < 40 && source.asked.count !== stalled; tries++) {
      stalled = source.asked.count;
      await sleep(400);
    }
    expect(source.asked.count).toBe(stalled);
    expect(stalled).toBeLessThan(100);
    stream.destroy();
    await sleep(100);
    expect(source.asked.count).toBe(stalled);
  });
});
