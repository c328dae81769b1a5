/** Runs pending migrations against DATABASE_URL: `pnpm --filter @unionhub/server migrate`. */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { databaseConfig } from '../config';
import { buildDataSourceOptions } from './data-source-options';
import { openDataSource } from './open-data-source';

async function main(): Promise<void> {
  const dataSource = await openDataSource({ ...buildDataSourceOptions(databaseConfig()), migrationsRun: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    new Logger('Migrations').log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'nothing to apply');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  new Logger('Migrations').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
