import type { Db } from '../db.ts';

/**
 * Inserts fixture rows with one parameterised statement. Column names come from the first row's
 * keys; every row must have the same keys. Tests build their fixtures with this so the rows that
 * produce an expected number sit next to the assertion.
 */
export async function insertRows(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((key) => !columns.includes(key))) {
      throw new Error(`fixture row for ${table} has columns ${keys.join(', ')}; expected ${columns.join(', ')}`);
    }
    return `(${columns.map((column) => {
      params.push(row[column]);
      return `$${params.length}`;
    }).join(', ')})`;
  });
  await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
}
