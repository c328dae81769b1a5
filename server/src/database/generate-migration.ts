/**
 * Writes a migration for each target from the difference between the entities and the schema the
 * existing migrations build. Run: `pnpm --filter @unionhub/server migration:generate <Name> [module]`.
 * With a module (e.g. `stations`), only the tables the migrations already built and that module's
 * entities are compared, so work in progress in another module stays out of this migration.
 * MySQL needs a server (MIGRATION_MYSQL_URL, `mysql://` or `mariadb://`, default the local MariaDB);
 * a scratch database is created and dropped.
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../config/database.config';
import { buildDataSourceOptions } from './data-source-options';

const logger = new Logger('Migrations');
const sourceDir = join(__dirname, '..', '..', 'src', 'database', 'migrations');

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

function writeIndex(target: 'mysql' | 'sqljs'): void {
  const dir = join(sourceDir, target);
  const files = readdirSync(dir).filter((f) => /^\d+-.+\.ts$/.test(f)).sort();
  const imports = files.map((f) => {
    const base = f.replace(/\.ts$/, '');
    const [stamp, name] = base.split('-');
    return { base, className: `${name}${stamp}` };
  });
  const body = [
    ...imports.map((i) => `import { ${i.className} } from './${i.base}';`),
    '',
    `export const ${target}Migrations = [${imports.map((i) => i.className).join(', ')}];`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'index.ts'), body);
}

/** Entities defined under `modules/<module>/`, by the file that declared them. */
function entitiesOf(module: string, dataSource: DataSource): Set<string> {
  const names = new Set<string>();
  for (const metadata of dataSource.entityMetadatas) {
    const target = metadata.target;
    const source = typeof target === 'function' ? entityFiles.get(target) : undefined;
    if (source?.includes(`${sep}modules${sep}${module}${sep}`)) names.add(metadata.tableName);
  }
  return names;
}

const entityFiles = new Map<unknown, string>(
  Object.values(require.cache).flatMap((cached) =>
    cached ? Object.values(cached.exports as Record<string, unknown>).filter((v) => typeof v === 'function').map((v) => [v, cached.filename] as const) : [],
  ),
);

async function generateFor(target: 'mysql' | 'sqljs', url: string, name: string, stamp: number, module?: string): Promise<void> {
  const options = { ...buildDataSourceOptions(parseDatabaseUrl(url)), migrationsRun: false };
  let dataSource = new DataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations();
  if (module) {
    const runner = dataSource.createQueryRunner();
    const keep = entitiesOf(module, dataSource);
    for (const metadata of dataSource.entityMetadatas) if (await runner.hasTable(metadata.tableName)) keep.add(metadata.tableName);
    await runner.release();
    const chosen = dataSource.entityMetadatas.filter((m) => keep.has(m.tableName)).map((m) => m.target as Function);
    await dataSource.destroy();
    // A fresh connection: an in-memory sql.js database starts empty again, so migrate it again.
    dataSource = new DataSource({ ...options, entities: chosen } as typeof options);
    await dataSource.initialize();
    await dataSource.runMigrations();
  }
  try {
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      logger.log(`${target}: no changes`);
      return;
    }
    const className = `${name}${stamp}`;
    const up = upQueries.map((q) => q.query);
    const down = downQueries.reverse().map((q) => q.query);
    writeFileSync(join(sourceDir, target, `${stamp}-${name}.ts`), render(className, up, down));
    writeIndex(target);
    logger.log(`${target}: wrote ${stamp}-${name}.ts (${up.length} statements)`);
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const [name, module] = process.argv.slice(2);
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration <PascalCaseName> [module]');
  const stamp = Date.now();
  await generateFor('sqljs', 'sqljs::memory:', name, stamp, module);

  const server = process.env.MIGRATION_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
  const scratch = `unionhub_migration_${stamp}`;
  const admin = await createConnection(server.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    await generateFor('mysql', `${server.replace(/\/$/, '')}/${scratch}`, name, stamp, module);
  } finally {
    await admin.query(`DROP DATABASE \`${scratch}\``);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
