import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../src/config/database.config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from './support/test-database';

describe(`migrations on ${testDatabaseKind()}`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ ...buildDataSourceOptions(parseDatabaseUrl(database.url)), migrationsRun: false });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('take an empty database to a schema with no difference from the entities', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.length).toBeGreaterThan(0);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('undo cleanly, back to an empty schema', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    const runner = dataSource.createQueryRunner();
    const left = [];
    for (const entity of dataSource.entityMetadatas) if (await runner.hasTable(entity.tableName)) left.push(entity.tableName);
    await runner.release();
    expect(left).toEqual([]);
  });
});
