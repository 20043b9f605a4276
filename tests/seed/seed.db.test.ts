import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { DOMAINS, type DatasetSummary, type Domain } from '../../seed/load.ts';
import { nonEmptyTables, truncateSeededTables } from '../../seed/database-state.ts';
import { DEFAULT_SEED, GENERATOR_VERSION, PINNED_AS_OF, postgresTarget, seedDatabases } from '../../seed/index.ts';

const databases = {} as Record<Domain, TestDatabase>;
const db = (domain: Domain): Db => databases[domain].db;
let summary: DatasetSummary;
const progress: string[] = [];

beforeAll(async () => {
  for (const domain of DOMAINS) {
    databases[domain] = await createTestDatabase(`seed${domain}`, new URL(`../../subgraphs/${domain}/db/migrations/`, import.meta.url));
  }
  const targets = { erp: postgresTarget(databases.erp.url), pim: postgresTarget(databases.pim.url), oms: postgresTarget(databases.oms.url) };
  try {
    summary = await seedDatabases(targets, { seed: DEFAULT_SEED, scale: 0.02, asOf: PINNED_AS_OF, onProgress: (message) => progress.push(message) });
  } finally {
    await Promise.all(DOMAINS.map((domain) => targets[domain].close()));
  }
});

afterAll(async () => {
  await Promise.all(DOMAINS.filter((domain) => databases[domain]).map((domain) => databases[domain].drop()));
});

async function ids(domain: Domain, sql: string): Promise<string[]> {
  return (await db(domain).query<{ id: string }>(sql)).map((row) => row.id);
}

async function countWhereIn(domain: Domain, table: string, column: string, keys: string[]): Promise<number> {
  const [row] = await db(domain).query<{ count: string }>(`SELECT count(DISTINCT ${column}) AS count FROM ${table} WHERE ${column} = ANY($1::text[])`, [keys]);
  return Number(row!.count);
}

describe('seedDatabases into three PostgreSQL databases (scale 0.02)', () => {
  it('loads as many rows into each table as the summary reports', async () => {
    for (const domain of DOMAINS) {
      for (const [table, rows] of Object.entries(summary.tables[domain])) {
        const [row] = await db(domain).query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`);
        expect(Number(row!.count), `${domain}.${table}`).toBe(rows);
      }
    }
    expect(summary.tables.oms.orders).toBeGreaterThan(900);
    expect(progress.some((line) => /^oms\.order_lines: [\d,]+ rows in [\d.]+ s$/.test(line))).toBe(true);
  });

  it('writes dataset_info last in each database', async () => {
    for (const domain of DOMAINS) {
      const rows = await db(domain).query<{ seed: number; scale: string; as_of: Date; generator_version: number }>('SELECT seed, scale, as_of, generator_version FROM dataset_info');
      expect(rows).toEqual([{ seed: 20261101, scale: '0.02', as_of: new Date('2026-11-01T23:59:59Z'), generator_version: GENERATOR_VERSION }]);
    }
  });

  it('invoices only orders that exist in OMS, for their shipped value', async () => {
    const invoiced = await db('erp').query<{ id: string; amount: string }>('SELECT order_id AS id, sum(amount_minor)::text AS amount FROM invoices GROUP BY order_id');
    expect(await countWhereIn('oms', 'orders', 'id', invoiced.map((row) => row.id))).toBe(invoiced.length);
    const shipped = await db('oms').query<{ id: string; amount: string }>(
      'SELECT order_id AS id, sum(shipped_quantity * unit_price_minor)::text AS amount FROM order_lines GROUP BY order_id HAVING sum(shipped_quantity) > 0',
    );
    expect(new Map(invoiced.map((row) => [row.id, row.amount]))).toEqual(new Map(shipped.map((row) => [row.id, row.amount])));
  });

  it('has an open ERP credit hold for every OMS order on credit hold', async () => {
    const held = await ids('oms', "SELECT id FROM orders WHERE status = 'credit_hold'");
    const open = await ids('erp', 'SELECT order_id AS id FROM credit_holds WHERE released_at IS NULL');
    expect(new Set(open)).toEqual(new Set(held));
  });

  it('uses SKUs, accounts and branches that PIM and ERP know', async () => {
    const skus = await ids('oms', 'SELECT DISTINCT sku AS id FROM order_lines UNION SELECT DISTINCT substituted_sku FROM order_lines WHERE substituted_sku IS NOT NULL');
    expect(await countWhereIn('pim', 'products', 'sku', skus)).toBe(skus.length);
    expect(await countWhereIn('erp', 'items', 'sku', skus)).toBe(skus.length);
    const accounts = await ids('oms', 'SELECT DISTINCT account_id AS id FROM orders');
    expect(await countWhereIn('erp', 'customer_accounts', 'id', accounts)).toBe(accounts.length);
    const branches = await ids('oms', 'SELECT DISTINCT sourcing_branch_code AS id FROM order_lines UNION SELECT DISTINCT ship_to_branch_code FROM orders');
    expect(await countWhereIn('erp', 'branches', 'code', branches)).toBe(branches.length);
  });

  it('keeps FIFO layers equal to on hand in the database', async () => {
    const mismatched = await db('erp').query(
      `SELECT p.sku, p.branch_code FROM inventory_positions p
       LEFT JOIN (SELECT sku, branch_code, sum(quantity) AS layered FROM inventory_layers GROUP BY sku, branch_code) l USING (sku, branch_code)
       WHERE coalesce(l.layered, 0) <> p.on_hand`,
    );
    expect(mismatched).toEqual([]);
  });

  it('reports the tables that hold data, and empties them on request', async () => {
    const filled = await nonEmptyTables(db('pim'), 'pim');
    expect(filled).toContain('products');
    expect(filled).toContain('dataset_info');
    await truncateSeededTables(db('pim'), 'pim');
    expect(await nonEmptyTables(db('pim'), 'pim')).toEqual([]);
  });
});
