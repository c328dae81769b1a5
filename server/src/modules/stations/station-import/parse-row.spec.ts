import { ImportField } from '@unionhub/shared';
import { mapHeaders, normaliseHeader } from './header-mapping';
import { parseDate, parseFacilities, parseRow, parseStar, type RowContext } from './parse-row';

describe('header mapping', () => {
  it('knows common Chinese and English headers, with units and spaces', () => {
    expect(['经度（GCJ-02）', ' Longitude ', 'opening_hours', '联系电话'].map(normaliseHeader)).toEqual(['经度', 'longitude', 'openinghours', '联系电话']);
    const mapping = mapHeaders(['驿站名称', '详细地址', 'lng', 'lat', '营业时间', '备注', '负责人']);
    expect(mapping.headers).toEqual({ name: '驿站名称', address: '详细地址', lng: 'lng', lat: 'lat', hours: '营业时间', accessNote: '备注' });
    expect(mapping.ignored).toEqual(['负责人']);
    expect(mapping.missing).toEqual([]);
  });

  it("lets the officer's choice win and names what is missing", () => {
    const mapping = mapHeaders(['名称', '站名', '地址'], { name: '站名' });
    expect(mapping.headers.name).toBe('站名');
    expect(mapping.missing).toEqual([ImportField.Lng, ImportField.Lat, ImportField.Hours]);
    expect(mapHeaders(['名称'], { lng: 'X坐标' }).unknownOverrides).toEqual(['X坐标']);
  });
});

describe('cell readers', () => {
  it('read facilities by label or synonym, with any separator', () => {
    expect(parseFacilities('饮水、热饭/微波炉，充电;Wi-Fi AED')).toEqual({ facilities: ['water', 'hot-meal', 'charging', 'aed', 'wifi'], unknown: [] });
    expect(parseFacilities('厕所, 哺乳室, 桑拿')).toEqual({ facilities: ['toilet', 'nursing-room'], unknown: ['桑拿'] });
    expect(parseFacilities('')).toEqual({ facilities: [], unknown: [] });
  });

  it.each([['4', 4], ['4星', 4], ['四星级', 4], ['★★★', 3], ['★★☆☆☆', 2], ['', null], ['6', undefined], ['很好', undefined]])('read the star level %j as %j', (text, expected) => {
    expect(parseStar(text)).toBe(expected);
  });

  it.each([['2026-11-20', '2026-11-20'], ['2026/1/5', '2026-01-05'], ['2026年11月20日', '2026-11-20'], ['', null], ['2026-02-30', undefined], ['上周', undefined]])('read the date %j as %j', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseRow', () => {
  const headers = ['站点名称', '地址', '经度', '纬度', '开放时间', '所属工会代码'];
  const context: RowContext = {
    mapping: mapHeaders(headers),
    coordSystem: 'gcj02',
    defaultUnit: { id: 'unit-pgz', regionCode: '110115' },
    units: new Map([['BJ-DX-PGZ', { id: 'unit-pgz', regionCode: '110115' }]]),
  };

  it('keeps a good row with the default unit and leaves absent columns undefined', () => {
    const draft = parseRow(2, ['驿站', '某地址', '116.3', '39.6', '24小时', ''], context);
    expect(draft).toMatchObject({ row: 2, orgUnitId: 'unit-pgz', unitGiven: false, districtCode: null, unitRegionCode: '110115', lat: 39.6, lng: 116.3 });
    expect(draft).toMatchObject({ facilities: undefined, phone: undefined, externalId: undefined });
  });

  it('reports every problem of a row at once, by column', () => {
    const errors = parseRow(7, ['驿', '', '东经116', '', '早八晚八', 'BJ-XX'], context);
    expect(Array.isArray(errors) && errors.map((e) => [e.row, e.column])).toEqual([
      [7, '站点名称'],
      [7, '地址'],
      [7, '所属工会代码'],
      [7, '经度'],
      [7, '纬度'],
      [7, '开放时间'],
    ]);
  });
});
