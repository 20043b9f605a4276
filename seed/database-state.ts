import type { Db } from '../lib/db.ts';
import { DOMAIN_COLUMNS, type Domain } from './load.ts';
import { quoteIdentifier } from './targets.ts';

/** The tables the seed fills in a domain's database, dataset_info included. */
export function seededTables(domain: Domain): string[] {
  return [...Object.keys(DOMAIN_COLUMNS[domain]), 'dataset_info'];
}

/** Names of the seeded tables that already hold rows. */
export async function nonEmptyTables(db: Db, domain: Domain): Promise<string[]> {
  const tables = seededTables(domain);
  const probes = tables.map((table, index) => `SELECT ${index} AS position WHERE EXISTS (SELECT 1 FROM ${quoteIdentifier(table)})`);
  const rows = await db.query<{ position: number }>(probes.join(' UNION ALL '));
  return rows.map((row) => tables[row.position]!);
}

/** Tables a domain fills from what another domain publishes about the seeded data. */
const RECEIVED_TABLES: Partial<Record<Domain, string[]>> = {
  oms: ['order_documentation_disputes', 'feed_positions'],
};

/**
 * Empties the seeded tables (and, through CASCADE, tables that reference them), with what the
 * domain received from others about them, and restarts their feed positions.
 */
export async function truncateSeededTables(db: Db, domain: Domain): Promise<void> {
  const tables = [...seededTables(domain), ...(RECEIVED_TABLES[domain] ?? [])];
  await db.query(`TRUNCATE ${tables.map(quoteIdentifier).join(', ')} RESTART IDENTITY CASCADE`);
}
