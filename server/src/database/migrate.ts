/** Runs pending migrations against DATABASE_URL: `pnpm --filter @unionhub/server migrate`. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseConfig } from '../config';
import { buildDataSourceOptions } from './data-source-options';

async function main(): Promise<void> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(databaseConfig()), migrationsRun: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'nothing to apply');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
