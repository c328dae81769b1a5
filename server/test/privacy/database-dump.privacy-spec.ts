import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpMysql, dumpSqljsFile, type DumpLine } from '../support/database-dump';
import { findPersonalData, PERSONAL_DATA } from '../support/personal-data-patterns';

/**
 * Runs after the API suites, over the databases test/data-at-rest.e2e-spec.ts left in TEST_LOG_DIR:
 * the sql.js file as written to disk and the MySQL/MariaDB database, every row of every table.
 */
const dir = process.env.TEST_LOG_DIR ?? '';
const sqljsFile = join(dir, 'at-rest.sqlite');
const mysqlRecord = join(dir, 'at-rest-mysql.url');

const databases: { name: string; dump: () => Promise<DumpLine[]> }[] = [
  ...(dir && existsSync(sqljsFile) ? [{ name: 'sql.js file', dump: () => dumpSqljsFile(sqljsFile) }] : []),
  ...(dir && existsSync(mysqlRecord) ? [{ name: 'MySQL database', dump: () => dumpMysql(readFileSync(mysqlRecord, 'utf8').trim()) }] : []),
];

describe('raw dump of the databases the API suites left behind', () => {
  it('finds at least one database to check (the check means nothing without it)', () => {
    expect(dir).not.toBe('');
    expect(databases.length).toBeGreaterThan(0);
  });

  describe.each(databases)('$name', ({ dump }) => {
    let lines: DumpLine[] = [];
    beforeAll(async () => {
      lines = await dump();
    });

    it('holds the rows of the join and claim flows', () => {
      const tables = new Set(lines.map((line) => line.where.split('#')[0]));
      expect([...tables]).toEqual(expect.arrayContaining(['member', 'join_application', 'aid_claim', 'audit_entry']));
    });

    it.each(PERSONAL_DATA)('holds no whole $name', (pattern) => {
      expect(findPersonalData(lines, pattern)).toEqual([]);
    });
  });
});
