import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

export type TestDatabaseKind = 'sqljs' | 'mysql';

/** The lane the suite runs in: `TEST_DB=mysql` runs the same suites against MySQL/MariaDB. */
export const testDatabaseKind = (): TestDatabaseKind => (process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqljs');

/** The machine's MySQL-compatible server; `mariadb://` tells TypeORM it is MariaDB. */
export const testMysqlServer = (): string => (process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306/test').replace(/\/[^/]*$/, '');

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database per suite: in memory for sql.js, a uniquely named one on MySQL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'sqljs') return { url: 'sqljs::memory:', drop: async () => undefined };
  const server = testMysqlServer();
  const name = `unionhub_t_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = await createConnection(server.replace(/^mariadb:/, 'mysql:'));
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return {
    url: `${server}/${name}`,
    drop: async () => {
      const connection = await createConnection(server.replace(/^mariadb:/, 'mysql:'));
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
