import { bd09ToGcj02, haversineMetres, type StationImportPreview, type StationImportResult, wgs84ToGcj02 } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { ChangeEvent } from '../src/modules/sync/changes/change-event.entity';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { Station } from '../src/modules/stations/station.entity';
import { csvOf, HEADER, readXlsx, type Rows, xlsxOf } from './support/station-files';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const good: Rows = [
  ['IMP-1', '导入驿站一号', 'BJ-DX-PGZ', '大兴区庞各庄镇导入路1号', 116.3301, 39.6402, '饮水、热饭/微波炉、充电', '24小时', 4, '010-69245601'],
  ['IMP-2', '导入驿站二号', '', '大兴区庞各庄镇导入路2号', 116.3312, 39.6413, '饮水，卫生间', '周一至周五 08:00-20:00；周六 09:00-17:00', '三星', ''],
  ['IMP-3', '导入驿站三号', '庞各庄镇总工会', '大兴区庞各庄镇导入路3号', 116.3323, 39.6424, 'Wi-Fi;AED', '每天 22:00-次日06:00', '★★★★★', '13812345678'],
];

describe(`importing and exporting stations (${testDatabaseKind()})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const units = new Map<string, string>();
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const count = () => t.dataSource.getRepository(Station).count();
  const byExternal = (externalId: string) => t.dataSource.getRepository(Station).findOneByOrFail({ externalId });

  const body = (file: string, extra: Record<string, unknown> = {}) => ({ fileName: 'stations.csv', file, coordSystem: 'gcj02', ...extra });
  const preview = async (who: string, file: string, extra = {}) =>
    (await t.http.post('/api/stations/import/preview').set(as(who)).send(body(file, extra)).expect(200)).body as StationImportPreview;
  const commit = async (who: string, file: string, extra = {}) =>
    (await t.http.post('/api/stations/import/commit').set(as(who)).send(body(file, { mode: 'valid-rows', ...extra })).expect(200)).body as StationImportResult;

  beforeAll(async () => {
    t = await createTestApp();
    for (const unit of await t.dataSource.getRepository(OrgUnit).find()) units.set(unit.code, unit.id);
    for (const who of ['member', 'officer:BJ-DX-PGZ', 'officer:BJ-FT-WZ', 'officer:BJ-DX']) tokens[who] = await t.login(who);
  });
  afterAll(() => t.close());

  it('offers a template with the headers, an example row and instructions', async () => {
    const response = await t.http.get('/api/stations/import/template').set(as('officer:BJ-DX-PGZ')).responseType('blob').expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const [header, example] = await readXlsx(response.body as Buffer);
    expect(header).toEqual(expect.arrayContaining(['站点名称', '地址', '经度', '纬度', '开放时间', '设施', '外部编号', '所属工会代码']));
    expect(example).toContain('庞各庄镇暖心驿站');
    await t.http.get('/api/stations/import/template').set(as('member')).expect(403);
  });

  it('previews row by row with row, column and reason, and writes nothing', async () => {
    const before = await count();
    const file = csvOf([
      HEADER,
      ...good,
      ['IMP-4', '坐标不是数字', '', '某地址', 'abc', 39.6, '饮水', '24小时', '', ''],
      ['IMP-5', '纬度超了', '', '某地址', 116.3, 100, '饮水', '24小时', '', ''],
      ['IMP-6', '经纬度填反', '', '某地址', 39.64, 116.33, '饮水', '24小时', '', ''],
      ['IMP-7', '设施不认识', '', '某地址', 116.3, 39.6, '饮水、桑拿', '24小时', '', ''],
      ['IMP-1', '重复的一行', '', '某地址', 116.3, 39.6, '饮水', '24小时', '', ''],
      ['IMP-8', '时间看不懂', '', '某地址', 116.3, 39.6, '饮水', '早八晚八', '', ''],
      ['IMP-9', '别人的工会', 'BJ-FT-WZ', '某地址', 116.3, 39.6, '饮水', '24小时', '', ''],
      ['', '', '', '', '', '', '', '', '', ''],
    ]);
    const result = await preview('officer:BJ-DX-PGZ', file);
    expect(result).toMatchObject({ format: 'csv', totalRows: 10, counts: { create: 3, update: 0, unchanged: 0, invalid: 7 }, errorCount: 7 });
    expect(result.columns).toMatchObject({ name: '站点名称', lng: '经度', lat: '纬度', hours: '开放时间', unitCode: '所属工会代码' });
    expect(result.errors).toEqual([
      { row: 5, column: '经度', reason: '经度“abc”不是数字' },
      { row: 6, column: '纬度', reason: '纬度应在-90到90之间' },
      { row: 7, column: '纬度', reason: '经度和纬度好像填反了，请对调' },
      { row: 8, column: '设施', reason: expect.stringContaining('“桑拿”不在可选范围内') },
      { row: 9, column: '外部编号', reason: '与第2行是同一个驿站，请删掉重复的一行' },
      { row: 10, column: '开放时间', reason: expect.stringContaining('看不懂开放时间') },
      { row: 11, column: '所属工会代码', reason: '所属工会“BJ-FT-WZ”不在您的管辖范围内，或代码写错了' },
    ]);
    expect(result.sample.map((r) => [r.row, r.action])).toEqual([[2, 'create'], [3, 'create'], [4, 'create']]);
    expect(await count()).toBe(before);
  });

  it('applies the valid rows, audits each, and a second import of the same file changes nothing', async () => {
    const file = csvOf([HEADER, ...good, ['IMP-X', '坏行', '', '某地址', 'abc', 39.6, '', '24小时', '', '']]);
    const first = await commit('officer:BJ-DX-PGZ', file);
    expect(first).toMatchObject({ mode: 'valid-rows', applied: true, created: 3, updated: 0, unchanged: 0, skipped: 1, errorCount: 1 });
    expect(await byExternal('IMP-2')).toMatchObject({ orgUnitId: units.get('BJ-DX-PGZ'), districtCode: '110115', starLevel: 3, phone: null, lat: 39.6413 });
    expect(await byExternal('IMP-3')).toMatchObject({ starLevel: 5, hours: expect.objectContaining({ mon: [{ open: '22:00', close: '06:00' }] }) });
    const created = await byExternal('IMP-1');
    expect(await t.dataSource.getRepository(AuditEntry).findBy({ targetId: created.id })).toMatchObject([{ action: 'station.create', detail: expect.stringContaining('import') }]);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'station.import' })).toBe(1);

    const again = await commit('officer:BJ-DX-PGZ', file);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 1 });
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'station.import' })).toBe(1);
  });

  it('updates only what changed, matched by external id', async () => {
    const changed = good.map((row) => (row[0] === 'IMP-2' ? [...row.slice(0, 9), '010-69240002'] : row));
    const result = await commit('officer:BJ-DX-PGZ', csvOf([HEADER, ...changed]));
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const station = await byExternal('IMP-2');
    expect(station.phone).toBe('010-69240002');
    const updates = await t.dataSource.getRepository(AuditEntry).findBy({ targetId: station.id, action: 'station.update' });
    expect(JSON.parse(updates[0].detail ?? '{}')).toMatchObject({ fields: ['phone'] });
  });

  it('with all-or-nothing writes nothing when a row is wrong, and everything when all are right', async () => {
    const before = await count();
    const rows: Rows = [['AON-1', '全有一号', '', '大兴区某路1号', 116.34, 39.65, '饮水', '24小时', '', ''], ['AON-2', '全有二号', '', '大兴区某路2号', 116.35, 'x', '饮水', '24小时', '', '']];
    const refused = await commit('officer:BJ-DX-PGZ', csvOf([HEADER, ...rows]), { mode: 'all-or-nothing' });
    expect(refused).toMatchObject({ applied: false, created: 0, skipped: 2, errors: [{ row: 3, column: '纬度' }] });
    expect(await count()).toBe(before);
    const fixed = rows.map((row) => row.map((cell) => (cell === 'x' ? 39.66 : cell)));
    expect(await commit('officer:BJ-DX-PGZ', csvOf([HEADER, ...fixed]), { mode: 'all-or-nothing' })).toMatchObject({ applied: true, created: 2 });
    expect(await count()).toBe(before + 2);
  });

  it('converts a BD-09 file to GCJ-02, and re-importing it changes nothing', async () => {
    const bd = { lat: 39.6466, lng: 116.3394 };
    const file = csvOf([HEADER, ['BD-1', '百度坐标导入', '', '大兴区百度路1号', bd.lng, bd.lat, '饮水', '24小时', '', '']]);
    expect(await commit('officer:BJ-DX-PGZ', file, { coordSystem: 'bd09' })).toMatchObject({ created: 1 });
    expect(haversineMetres(await byExternal('BD-1'), bd09ToGcj02(bd))).toBeLessThan(0.01);
    expect(await commit('officer:BJ-DX-PGZ', file, { coordSystem: 'bd09' })).toMatchObject({ created: 0, unchanged: 1 });
  });

  it('reads an XLSX with a title row, English headers, WGS-84 and a column chosen by hand', async () => {
    const wgs = { lat: 39.6501, lng: 116.3201 };
    const file = await xlsxOf([
      ['大兴区庞各庄镇驿站台账（2026年11月）'],
      ['ID', '驿站名', 'Address', 'Longitude', 'Latitude', 'Opening hours', 'Facilities', 'Remark'],
      ['EN-1', '英文表头驿站', '大兴区英文路1号', wgs.lng, wgs.lat, '08:00-20:00', 'water, charging', '北门进'],
    ]);
    const shown = await preview('officer:BJ-DX-PGZ', file, { fileName: 'ledger.xlsx', coordSystem: 'wgs84', columns: { name: '驿站名' } });
    expect(shown).toMatchObject({ format: 'xlsx', totalRows: 1, counts: { create: 1 }, columns: { externalId: 'ID', name: '驿站名', address: 'Address', accessNote: 'Remark' } });
    await commit('officer:BJ-DX-PGZ', file, { fileName: 'ledger.xlsx', coordSystem: 'wgs84', columns: { name: '驿站名' } });
    const station = await byExternal('EN-1');
    expect(haversineMetres(station, wgs84ToGcj02(wgs))).toBeLessThan(0.01);
    expect(station).toMatchObject({ accessNote: '北门进', name: '英文表头驿站' });
  });

  it.each<[string, () => Promise<string> | string, string]>([
    ['a file without the required columns', () => csvOf([['站点名称', '地址'], ['某驿站', '某地址']]), 'STATION_IMPORT_MISSING_COLUMNS'],
    ['a file with only a header', () => csvOf([HEADER]), 'STATION_IMPORT_NO_ROWS'],
    ['a file with no header at all', () => csvOf(Array.from({ length: 12 }, (_, i) => [`第${i}行`, 'x'])), 'STATION_IMPORT_NO_HEADER'],
    ['an old .xls file', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString('base64'), 'STATION_IMPORT_FILE_TYPE'],
    ['a broken XLSX', () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]).toString('base64'), 'STATION_IMPORT_UNREADABLE'],
    ['text that is not base64', () => '这不是文件', 'FILE_NOT_BASE64'],
  ])('refuses %s with 400 and what to do', async (_, make, code) => {
    const response = await t.http.post('/api/stations/import/preview').set(as('officer:BJ-DX-PGZ')).send(body(await make())).expect(400);
    expect(response.body).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('names the missing columns and refuses a chosen column the file lacks', async () => {
    const missing = await t.http.post('/api/stations/import/preview').set(as('officer:BJ-DX-PGZ')).send(body(csvOf([['站点名称', '地址', '纬度'], ['a', 'b', '1']]))).expect(400);
    expect(missing.body.message).toContain('经度、开放时间');
    const unknown = await t.http.post('/api/stations/import/preview').set(as('officer:BJ-DX-PGZ')).send(body(csvOf([HEADER, ...good]), { columns: { name: '没有这列' } })).expect(400);
    expect(unknown.body.code).toBe('STATION_IMPORT_UNKNOWN_COLUMN');
  });

  it("keeps another town's officer out of this town", async () => {
    const before = await count();
    const pgzId = (await byExternal('IMP-1')).id;
    await t.http.post('/api/stations/import/commit').set(as('officer:BJ-FT-WZ')).send(body(csvOf([HEADER, ...good]), { mode: 'valid-rows', orgUnitId: units.get('BJ-DX-PGZ') })).expect(403);
    const file = csvOf([
      ['系统编号', '站点名称', '所属工会代码', '地址', '经度', '纬度', '开放时间'],
      [pgzId, '改名了', '', '丰台区某路', 116.14, 39.81, '24小时'],
      ['', '闯入驿站', 'BJ-DX-PGZ', '大兴区某路', 116.33, 39.64, '24小时'],
    ]);
    const result = await commit('officer:BJ-FT-WZ', file);
    expect(result).toMatchObject({ created: 0, updated: 0, skipped: 2 });
    expect(result.errors.map((e) => e.column)).toEqual(['系统编号', '所属工会代码']);
    expect(await count()).toBe(before);
    expect((await byExternal('IMP-1')).name).toBe('导入驿站一号');
    await t.http.post('/api/stations/import/preview').set(as('member')).send(body(csvOf([HEADER, ...good]))).expect(403);
  });

  it('exports the subtree to XLSX in the template columns, and the export re-imports unchanged', async () => {
    const response = await t.http.get('/api/stations/export').set(as('officer:BJ-DX-PGZ')).responseType('blob').expect(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const rows = await readXlsx(response.body as Buffer);
    expect(rows[0].slice(0, 4)).toEqual(['系统编号', '外部编号', '站点名称', '所属工会代码']);
    const pgzStations = await t.dataSource.getRepository(Station).countBy({ orgUnitId: units.get('BJ-DX-PGZ') });
    expect(rows.length - 1).toBe(pgzStations);
    expect(rows.some((row) => row.includes('导入驿站三号') && row.includes('每天 22:00-次日06:00'))).toBe(true);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'station.export' })).toBe(1);

    const reimport = await commit('officer:BJ-DX-PGZ', (response.body as Buffer).toString('base64'), { fileName: 'export.xlsx' });
    expect(reimport).toMatchObject({ created: 0, updated: 0, unchanged: pgzStations, skipped: 0 });

    const other = await t.http.get('/api/stations/export').set(as('officer:BJ-FT-WZ')).responseType('blob').expect(200);
    expect((await readXlsx(other.body as Buffer)).some((row) => row.includes('导入驿站一号'))).toBe(false);
    await t.http.get('/api/stations/export').query({ unitId: units.get('BJ-DX-PGZ') }).set(as('officer:BJ-FT-WZ')).expect(403);
  });

  it('creates each station once when the same file is committed twice at once', async () => {
    const rows: Rows = Array.from({ length: 30 }, (_, i) => [`RACE-${i}`, `并发导入${i}`, '', `大兴区并发路${i}号`, 116.3 + i / 1000, 39.6, '饮水', '24小时', '', '']);
    const file = csvOf([HEADER, ...rows]);
    const results = await Promise.all([commit('officer:BJ-DX-PGZ', file), commit('officer:BJ-DX-PGZ', file)]);
    expect(results[0].created + results[1].created).toBe(30);
    expect(results[0].created + results[0].unchanged).toBe(30);
    const stored = await t.dataSource.getRepository(Station).createQueryBuilder('s').where("s.externalId LIKE 'RACE-%'").getCount();
    expect(stored).toBe(30);
  });

  it('feeds one change event per station created or updated, with the import, and none for a refused import', async () => {
    const events = (ids: string[]) => t.dataSource.getRepository(ChangeEvent).createQueryBuilder('e').where('e.subjectId IN (:...ids)', { ids }).orderBy('e.seq', 'ASC').getMany();
    const rows: Rows = [
      ['FEED-1', '变更一号', '', '大兴区变更路1号', 116.36, 39.66, '饮水', '24小时', '', ''],
      ['FEED-2', '变更二号', '', '大兴区变更路2号', 116.37, 39.67, '饮水', '24小时', '', ''],
    ];
    const eventCount = () => t.dataSource.getRepository(ChangeEvent).count();
    const before = await eventCount();
    const refused = await commit('officer:BJ-DX-PGZ', csvOf([HEADER, ...rows, ['FEED-3', '坏行', '', '某地址', 'abc', 39.6, '饮水', '24小时', '', '']]), { mode: 'all-or-nothing' });
    expect(refused).toMatchObject({ applied: false });
    expect(await eventCount()).toBe(before);

    expect(await commit('officer:BJ-DX-PGZ', csvOf([HEADER, ...rows]))).toMatchObject({ created: 2 });
    const [one, two] = [await byExternal('FEED-1'), await byExternal('FEED-2')];
    const changed = rows.map((row) => (row[0] === 'FEED-2' ? [row[0], '变更二号（新址）', ...row.slice(2)] : row));
    expect(await commit('officer:BJ-DX-PGZ', csvOf([HEADER, ...changed]))).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const fed = await events([one.id, two.id]);
    expect(fed.map((e) => [e.subjectId, e.action, JSON.parse(e.data).name])).toEqual([
      [one.id, 'created', '变更一号'],
      [two.id, 'created', '变更二号'],
      [two.id, 'updated', '变更二号（新址）'],
    ]);
    expect(fed.every((e) => e.type === 'station' && e.unitId === units.get('BJ-DX-PGZ') && e.seq !== null)).toBe(true);
    expect(await eventCount()).toBe(before + 3);
  });
});
