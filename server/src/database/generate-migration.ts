/**
 * Writes a migration for each target from the difference between the entities and the schema the
 * existing migrations build. Run: `pnpm --filter @unionhub/server migration:generate <Name>`.
 * MySQL needs a server (MIGRATION_MYSQL_URL, `mysql://` or `mariadb://`, default the local MariaDB);
 * a scratch database is created and dropped.
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../config/database.config';
import { buildDataSourceOptions } from './data-source-options';

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

async function generateFor(target: 'mysql' | 'sqljs', url: string, name: string, stamp: number): Promise<void> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(parseDatabaseUrl(url)), migrationsRun: false });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      console.log(`${target}: no changes`);
      return;
    }
    const className = `${name}${stamp}`;
    const up = upQueries.map((q) => q.query);
    const down = downQueries.reverse().map((q) => q.query);
    writeFileSync(join(sourceDir, target, `${stamp}-${name}.ts`), render(className, up, down));
    writeIndex(target);
    console.log(`${target}: wrote ${stamp}-${name}.ts (${up.length} statements)`);
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration <PascalCaseName>');
  const stamp = Date.now();
  await generateFor('sqljs', 'sqljs::memory:', name, stamp);

  const server = process.env.MIGRATION_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
  const scratch = `unionhub_migration_${stamp}`;
  const admin = await createConnection(server.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    await generateFor('mysql', `${server.replace(/\/$/, '')}/${scratch}`, name, stamp);
  } finally {
    await admin.query(`DROP DATABASE \`${scratch}\``);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
