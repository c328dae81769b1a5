import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { entities } from './entities';
import { IdAssigner } from './id-column';
import { mysqlMigrations } from './migrations/mysql';
import { sqljsMigrations } from './migrations/sqljs';
import { writeFileAtomically } from './sqljs/atomic-file';

/**
 * One entity list, two targets. Each target has its own generated migrations, because SQLite and
 * MySQL spell the same schema differently; `test/migrations.e2e-spec.ts` proves both match the entities.
 */
export function buildDataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const shared = { entities, subscribers: [IdAssigner], synchronize: false, migrationsRun: true, logging: false };
  if (config.type !== 'sqljs') {
    return {
      ...shared,
      type: config.type,
      url: config.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      migrations: mysqlMigrations,
      // A database that does not answer must fail a request fast (503), not hold it.
      connectTimeout: 3000,
      // trace: false — the driver would otherwise capture a stack trace for every query, a cost on
      // every request; database errors are mapped by kind and logged with the request id instead.
      extra: { connectionLimit: 20, trace: false },
    };
  }
  const location = config.location ?? '';
  if (config.location) mkdirSync(dirname(config.location), { recursive: true });
  return {
    ...shared,
    type: 'sqljs',
    location: config.location ?? undefined,
    autoSave: config.location !== null,
    // TypeORM's own save writes the file in place: a crash mid-write left it empty.
    autoSaveCallback: (bytes: Uint8Array) => writeFileAtomically(location, bytes),
    migrations: sqljsMigrations,
  };
}
