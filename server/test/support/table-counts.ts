import type { DataSource } from 'typeorm';

export type TableCounts = Record<string, number>;

/** The names of every table the entities map to, as the database spells them. */
export function tableNames(dataSource: DataSource): string[] {
  return [...new Set(dataSource.entityMetadatas.filter((m) => m.tableType !== 'view').map((m) => m.tableName))].sort();
}

/**
 * The row count of every table, in one query, to prove that a refused request wrote nothing.
 * `only` narrows a table's count with a WHERE clause, for rows that are written on purpose.
 */
export async function tableCounts(dataSource: DataSource, only: Record<string, string> = {}): Promise<TableCounts> {
  const escape = (name: string) => dataSource.driver.escape(name);
  const sql = tableNames(dataSource)
    .map((name) => `SELECT '${name}' AS name, COUNT(*) AS n FROM ${escape(name)}${only[name] ? ` WHERE ${only[name]}` : ''}`)
    .join(' UNION ALL ');
  const rows = (await dataSource.query(sql)) as { name: string; n: number | string }[];
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

/** The tables whose counts differ, with before → after, for a readable failure. */
export function changedTables(before: TableCounts, after: TableCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name]} → ${after[name]}`);
}
