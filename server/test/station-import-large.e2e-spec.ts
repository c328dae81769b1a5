import { FacilityLabel, formatOpeningHours, type StationImportResult } from '@unionhub/shared';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { Station } from '../src/modules/stations/station.entity';
import { syntheticStations } from '../src/modules/stations/synthetic-stations';
import { HEADER, type Rows, xlsxOf } from './support/station-files';
import { createTestApp, type TestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const ROWS = 20_000;

describe(`a 20,000-row import (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let token: string;
  let file: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('officer:BJ-DX');
    const rows: Rows = [...syntheticStations(ROWS, 5)].map((s) => [
      s.externalId,
      s.name,
      'BJ-DX-PGZ',
      s.address,
      s.lng,
      s.lat,
      s.facilities.map((f) => FacilityLabel[f]).join('、'),
      formatOpeningHours(s.hours),
      s.starLevel,
      null,
    ]);
    file = await xlsxOf([HEADER, ...rows]);
  }, 60_000);
  afterAll(() => t.close());

  const commit = async (): Promise<{ result: StationImportResult; ms: number }> => {
    const started = Date.now();
    const response = await t.http
      .post('/api/stations/import/commit')
      .set('authorization', `Bearer ${token}`)
      .send({ fileName: 'big.xlsx', file, coordSystem: 'gcj02', mode: 'valid-rows' })
      .expect(200);
    return { result: response.body as StationImportResult, ms: Date.now() - started };
  };

  it('imports every row, and importing it again changes nothing', async () => {
    const mb = (Buffer.byteLength(file, 'base64') / 1024 / 1024).toFixed(1);
    const first = await commit();
    console.log(first.result.errors.slice(0, 3));
    expect(first.result).toMatchObject({ applied: true, created: ROWS, updated: 0, unchanged: 0, skipped: 0, errorCount: 0 });
    const pgz = await t.dataSource.getRepository(OrgUnit).findOneByOrFail({ code: 'BJ-DX-PGZ' });
    expect(await t.dataSource.getRepository(Station).countBy({ orgUnitId: pgz.id, isDemo: false })).toBe(ROWS);

    const second = await commit();
    expect(second.result).toMatchObject({ created: 0, updated: 0, unchanged: ROWS, skipped: 0 });
    console.log(`${ROWS} rows (${mb} MB XLSX) on ${testDatabaseKind()}: first import ${first.ms} ms, re-import ${second.ms} ms`);
  }, 300_000);
});
