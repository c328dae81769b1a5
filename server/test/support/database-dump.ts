import { readFileSync } from 'node:fs';
import { createConnection } from 'mysql2/promise';
import initSqlJs from 'sql.js';

/** One line per row: `<table>#<n>` and the row as JSON, binary columns read as text. */
export interface DumpLine {
  where: string;
  text: string;
}

const asText = (_: string, value: unknown) => (Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'bigint' ? value.toString() : value);

function linesOf(table: string, rows: unknown[]): DumpLine[] {
  return rows.map((row, index) => ({ where: `${table}#${index + 1}`, text: JSON.stringify(row, asText) }));
}

/** Every row of every table of a sql.js database file, as the file on disk holds it. */
export async function dumpSqljsFile(file: string): Promise<DumpLine[]> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values.map(([name]) => String(name)) ?? [];
    return tables.flatMap((table) => {
      const [result] = db.exec(`SELECT * FROM "${table.replace(/"/g, '""')}"`);
      const rows = (result?.values ?? []).map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i] instanceof Uint8Array ? Buffer.from(values[i] as Uint8Array) : values[i]])));
      return linesOf(table, rows);
    });
  } finally {
    db.close();
  }
}

/** Every row of every table of a MySQL/MariaDB database (`mysql://` or `mariadb://` URL). */
export async function dumpMysql(url: string): Promise<DumpLine[]> {
  const connection = await createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), supportBigNumbers: true, bigNumberStrings: true, dateStrings: true });
  try {
    const [tables] = await connection.query('SHOW TABLES');
    const names = (tables as Record<string, string>[]).map((row) => Object.values(row)[0]);
    const lines: DumpLine[] = [];
    for (const table of names) {
      const [rows] = await connection.query(`SELECT * FROM \`${table.replace(/`/g, '``')}\``);
      lines.push(...linesOf(table, rows as unknown[]));
    }
    return lines;
  } finally {
    await connection.end();
  }
}
