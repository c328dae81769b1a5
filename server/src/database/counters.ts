import type { EntityManager } from 'typeorm';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Adds to counter columns of the row with the given key, creating the row when it is missing, in
 * one statement: `INSERT … ON DUPLICATE KEY UPDATE` on MySQL/TiDB, `ON CONFLICT … DO UPDATE` on
 * SQLite. One statement takes the row lock at once, where insert-if-missing then update would let
 * two transactions share a lock and deadlock upgrading it. The key columns must be the table's
 * primary key and the table must have no other unique index.
 */
export async function incrementCounters(
  manager: EntityManager,
  table: string,
  key: Record<string, string>,
  increments: Record<string, number>,
): Promise<void> {
  const keyColumns = Object.keys(key);
  const counterColumns = Object.keys(increments);
  for (const name of [table, ...keyColumns, ...counterColumns]) if (!IDENTIFIER.test(name)) throw new Error(`incrementCounters: bad identifier ${name}`);
  const mysql = manager.connection.options.type !== 'sqljs';
  const q = (name: string) => (mysql ? `\`${name}\`` : `"${name}"`);
  const columns = [...keyColumns, ...counterColumns].map(q).join(', ');
  const placeholders = [...keyColumns, ...counterColumns].map(() => '?').join(', ');
  const updates = counterColumns.map((c) => `${q(c)} = ${q(c)} + ?`).join(', ');
  const conflict = mysql ? 'ON DUPLICATE KEY UPDATE' : `ON CONFLICT (${keyColumns.map(q).join(', ')}) DO UPDATE SET`;
  const values = Object.values(increments);
  await manager.query(`INSERT INTO ${q(table)} (${columns}) VALUES (${placeholders}) ${conflict} ${updates}`, [...Object.values(key), ...values, ...values]);
}
