import type { Db } from '../../lib/db.ts';
import { startSubgraph } from '../../lib/subgraph.ts';
import { createTestDatabase } from '../../lib/testing/database.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { subgraphCaller } from '../../lib/testing/graphql.ts';
import { TEST_SUBGRAPH_OPTIONS } from '../../lib/testing/identity.ts';
import { erpMigrations, erpSubgraph } from '../../subgraphs/erp/server.ts';

/**
 * A small ERP for the KPI tests, as of 2026-11-01T23:59:59Z, built so every expected number can be
 * worked by hand. The weeks that matter (ISO, UTC):
 *   2026-W42 = Mon 10-12 .. Sun 10-18,  W43 = 10-19 .. 10-25,  W44 = 10-26 .. 11-01 (no invoices).
 *
 * Accounts: ACCT-A contractor, cohort 2024-H1, net 30; ACCT-B oem, cohort 2025-H1, net 45.
 * Items:    SKU-1 fasteners, tier A, cost 6.00, list 10.00; SKU-2 hvac, tier C, cost 30.00, list 50.00.
 *
 * Invoices (amounts in cents; lines = quantity x unit price; COGS = quantity x cost):
 *   INV-1 A portal W43 10-19  10,000 = 10 x SKU-1 @ 1,000        COGS  6,000  leakage 0
 *   INV-2 B edi    W43 10-21  36,000 =  8 x SKU-2 @ 4,500        COGS 24,000  leakage (5,000-4,500) x 8 = 4,000
 *   INV-3 A rep    W43 10-23   5,500 =  5 x SKU-1 @ 1,100        COGS  3,000  leakage 0 (above list)
 *   INV-4 B api    W43 10-22  20,000   VOID: no revenue, but an invoice issued (dispute denominators)
 *   INV-5 A manual W42 10-14   2,000   no lines, no channel; due 10-20 (past due from 10-21)
 *   INV-6 A manual W37 09-10  30,000   paid in full 10-05;  INV-7 B manual W33 08-15 20,000 paid 09-20
 * Payments: INV-1 10,000 on 10-30; INV-3 1,500 on 10-25.
 * Disputes: DSP-1 INV-1 documentation opened 10-20 12:00, resolved 10-24 12:00 (4 days)
 *           DSP-2 INV-2 pricing       opened 10-22 09:00, resolved 10-29 09:00 (7 days)
 *           DSP-3 INV-2 damage        opened 10-27 09:00, open
 *           DSP-4 INV-5 quantity      opened 10-16 12:00, resolved 10-20 12:00 (4 days)
 * Credit holds: HOLD-1 SO-1 10-19 08:00 -> 10:00 (2 h); HOLD-2 SO-2 10-20 08:00 -> 10-21 08:00 (24 h);
 *           HOLD-3 SO-3 10-23 20:00 -> 10-26 08:00 (60 h); HOLD-4 no order 10-27 00:00 -> 06:00 (6 h);
 *           HOLD-5 SO-4 10-30 00:00, open.
 * Purchase order lines (commit date; first receipt; ETA held 7 days before):
 *   PO-1/1 SUP-1 commit 10-21, received 10-19 (2 early: on time), ETA 10-20 (error -1)
 *   PO-1/2 SUP-1 commit 10-22, received 10-25 (3 late), ETA 10-22 (error +3)
 *   PO-2/1 SUP-2 commit 10-23, received 10-23 and 10-30 (on time), ETA 10-24 (error -1)
 *   PO-2/2 SUP-2 commit 10-24, not received (late)
 *   PO-3/1 SUP-2 commit 10-20, purchase order cancelled (not due)
 *   PO-4/1 SUP-1 commit 10-16, received 10-13 (3 early: not on time), ETA 10-13 (error 0)
 * FIFO layers: SKU-1 CHI 10 @ 600 received 10-20, 5 @ 580 received 08-01; SKU-2 CHI 3 @ 3,000
 *           received 09-02; SKU-2 DAL 2 @ 2,900 received 2025-09-01.
 * Lag-1 forecasts: SKU-1 W38 5, W43 12, W44 15; SKU-2 W44 4; plus SKU-2 W36 99 (outside any
 *           window) and a lag-4 SKU-1 W44 50 (another lag: ignored).
 */
export const AS_OF = '2026-11-01T23:59:59Z';

export async function seedKpiFixture(db: Db): Promise<void> {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 2 }]);
  const branch = { city: 'x', region: 'x', time_zone: 'America/Chicago', sync_stale_after_minutes: 60, last_inventory_sync_at: AS_OF };
  await insertRows(db, 'branches', [{ ...branch, code: 'CHI', name: 'Chicago DC' }, { ...branch, code: 'DAL', name: 'Dallas DC' }]);
  const supplier = { country: 'US', lead_time_days: 14, payment_terms: 'NET30' };
  await insertRows(db, 'suppliers', [{ ...supplier, id: 'SUP-1', name: 'Timken Supply' }, { ...supplier, id: 'SUP-2', name: 'Acme Parts' }]);
  const item = { unit_of_measure: 'EA', min_order_quantity: 1, order_increment: 1, active: true };
  await insertRows(db, 'items', [
    { ...item, sku: 'SKU-1', description: 'Hex bolt', family: 'fasteners', velocity_tier: 'A', standard_cost_minor: 600, list_price_minor: 1000, primary_supplier_id: 'SUP-1' },
    { ...item, sku: 'SKU-2', description: 'Blower', family: 'hvac', velocity_tier: 'C', standard_cost_minor: 3000, list_price_minor: 5000, primary_supplier_id: 'SUP-2' },
  ]);
  const position = { last_synced_at: AS_OF };
  await insertRows(db, 'inventory_positions', [
    { ...position, sku: 'SKU-1', branch_code: 'CHI', on_hand: 15, on_hold: 1, safety_stock: 2 },
    { ...position, sku: 'SKU-2', branch_code: 'CHI', on_hand: 3, on_hold: 0, safety_stock: 1 },
    { ...position, sku: 'SKU-2', branch_code: 'DAL', on_hand: 2, on_hold: 0, safety_stock: 0 },
  ]);
  await insertRows(db, 'inventory_layers', [
    { sku: 'SKU-1', branch_code: 'CHI', received_on: '2026-10-20', quantity: 10, unit_cost_minor: 600 },
    { sku: 'SKU-1', branch_code: 'CHI', received_on: '2026-08-01', quantity: 5, unit_cost_minor: 580 },
    { sku: 'SKU-2', branch_code: 'CHI', received_on: '2026-09-02', quantity: 3, unit_cost_minor: 3000 },
    { sku: 'SKU-2', branch_code: 'DAL', received_on: '2025-09-01', quantity: 2, unit_cost_minor: 2900 },
  ]);
  await seedPurchasing(db);
  await seedReceivables(db);
  await seedCredit(db);
  const forecast = (sku: string, week_start: string, forecast_quantity: number, lag_weeks = 1) => ({ sku, week_start, lag_weeks, forecast_quantity });
  await insertRows(db, 'demand_forecasts', [
    forecast('SKU-1', '2026-09-14', 5), forecast('SKU-1', '2026-10-19', 12), forecast('SKU-1', '2026-10-26', 15),
    forecast('SKU-2', '2026-10-26', 4), forecast('SKU-2', '2026-08-31', 99), forecast('SKU-1', '2026-10-26', 50, 4),
  ]);
}

async function seedPurchasing(db: Db): Promise<void> {
  const po = (id: string, supplier_id: string, status: string) => ({ id, supplier_id, branch_code: 'CHI', ordered_at: '2026-09-01T00:00:00Z', status });
  await insertRows(db, 'purchase_orders', [po('PO-1', 'SUP-1', 'received'), po('PO-2', 'SUP-2', 'partially_received'), po('PO-3', 'SUP-2', 'cancelled'), po('PO-4', 'SUP-1', 'received')]);
  const line = (purchase_order_id: string, line_number: number, supplier_commit_date: string, received_quantity: number, eta_seven_days_prior: string | null) => ({
    purchase_order_id, line_number, sku: 'SKU-1', ordered_quantity: 10, received_quantity, unit_cost_minor: 600,
    supplier_commit_date, current_eta: null, eta_seven_days_prior,
  });
  await insertRows(db, 'purchase_order_lines', [
    line('PO-1', 1, '2026-10-21', 10, '2026-10-20'),
    line('PO-1', 2, '2026-10-22', 10, '2026-10-22'),
    line('PO-2', 1, '2026-10-23', 10, '2026-10-24'),
    line('PO-2', 2, '2026-10-24', 0, null),
    line('PO-3', 1, '2026-10-20', 0, null),
    line('PO-4', 1, '2026-10-16', 10, '2026-10-13'),
  ]);
  const receipt = (id: string, purchase_order_id: string, line_number: number, received_at: string, quantity: number) => ({ id, purchase_order_id, line_number, received_at, quantity });
  await insertRows(db, 'receipts', [
    receipt('R-1', 'PO-1', 1, '2026-10-19T15:00:00Z', 10),
    receipt('R-2', 'PO-1', 2, '2026-10-25T15:00:00Z', 10),
    receipt('R-3', 'PO-2', 1, '2026-10-23T15:00:00Z', 6),
    receipt('R-4', 'PO-2', 1, '2026-10-30T15:00:00Z', 4),
    receipt('R-5', 'PO-4', 1, '2026-10-13T15:00:00Z', 10),
  ]);
}

async function seedReceivables(db: Db): Promise<void> {
  await insertRows(db, 'price_lists', [{ id: 'PL-1', name: 'List', currency_code: 'USD' }]);
  const account = { payment_terms: 'NET30', credit_limit_minor: 1_000_000, credit_status: 'good', price_list_id: 'PL-1', allows_substitutions: true, opened_on: '2024-01-01' };
  await insertRows(db, 'customer_accounts', [
    { ...account, id: 'ACCT-A', name: 'Acme Build', segment: 'contractor', cohort: '2024-H1', payment_terms_days: 30 },
    { ...account, id: 'ACCT-B', name: 'Borealis', segment: 'oem', cohort: '2025-H1', payment_terms: 'NET45', payment_terms_days: 45 },
  ]);
  const invoice = (id: string, account_id: string, order_id: string | null, sales_channel: string | null, issued_at: string, due_date: string, amount_minor: number, status: string) =>
    ({ id, account_id, order_id, sales_channel, issued_at, due_date, amount_minor, status });
  await insertRows(db, 'invoices', [
    invoice('INV-1', 'ACCT-A', 'SO-1', 'portal', '2026-10-19T10:00:00Z', '2026-11-18', 10_000, 'paid'),
    invoice('INV-2', 'ACCT-B', 'SO-2', 'edi', '2026-10-21T10:00:00Z', '2026-12-05', 36_000, 'disputed'),
    invoice('INV-3', 'ACCT-A', 'SO-3', 'rep', '2026-10-23T10:00:00Z', '2026-11-22', 5_500, 'partially_paid'),
    invoice('INV-4', 'ACCT-B', 'SO-4', 'api', '2026-10-22T10:00:00Z', '2026-12-06', 20_000, 'void'),
    invoice('INV-5', 'ACCT-A', null, null, '2026-10-14T10:00:00Z', '2026-10-20', 2_000, 'disputed'),
    invoice('INV-6', 'ACCT-A', null, null, '2026-09-10T10:00:00Z', '2026-10-10', 30_000, 'paid'),
    invoice('INV-7', 'ACCT-B', null, null, '2026-08-15T10:00:00Z', '2026-09-29', 20_000, 'paid'),
  ]);
  const line = (invoice_id: string, line_number: number, sku: string, quantity: number, unit_price_minor: number, list_price_minor: number, unit_cost_minor: number) =>
    ({ invoice_id, line_number, sku, quantity, unit_price_minor, list_price_minor, unit_cost_minor });
  await insertRows(db, 'invoice_lines', [
    line('INV-1', 1, 'SKU-1', 10, 1000, 1000, 600),
    line('INV-2', 1, 'SKU-2', 8, 4500, 5000, 3000),
    line('INV-3', 2, 'SKU-1', 5, 1100, 1000, 600),
    line('INV-4', 1, 'SKU-2', 4, 5000, 5000, 3000),
  ]);
  const payment = (id: string, account_id: string, invoice_id: string, received_at: string, amount_minor: number) => ({ id, account_id, invoice_id, received_at, amount_minor, method: 'ach' });
  await insertRows(db, 'payments', [
    payment('PAY-1', 'ACCT-A', 'INV-1', '2026-10-30T12:00:00Z', 10_000),
    payment('PAY-2', 'ACCT-A', 'INV-3', '2026-10-25T12:00:00Z', 1_500),
    payment('PAY-3', 'ACCT-A', 'INV-6', '2026-10-05T12:00:00Z', 30_000),
    payment('PAY-4', 'ACCT-B', 'INV-7', '2026-09-20T12:00:00Z', 20_000),
  ]);
  const dispute = (id: string, invoice_id: string, account_id: string, reason: string, opened_at: string, resolved_at: string | null) => ({ id, invoice_id, account_id, reason, amount_minor: 100, opened_at, resolved_at });
  await insertRows(db, 'disputes', [
    dispute('DSP-1', 'INV-1', 'ACCT-A', 'documentation', '2026-10-20T12:00:00Z', '2026-10-24T12:00:00Z'),
    dispute('DSP-2', 'INV-2', 'ACCT-B', 'pricing', '2026-10-22T09:00:00Z', '2026-10-29T09:00:00Z'),
    dispute('DSP-3', 'INV-2', 'ACCT-B', 'damage', '2026-10-27T09:00:00Z', null),
    dispute('DSP-4', 'INV-5', 'ACCT-A', 'quantity', '2026-10-16T12:00:00Z', '2026-10-20T12:00:00Z'),
  ]);
}

async function seedCredit(db: Db): Promise<void> {
  const hold = (id: string, account_id: string, order_id: string | null, held_at: string, released_at: string | null) => ({ id, account_id, order_id, held_at, released_at, reason: 'over_limit' });
  await insertRows(db, 'credit_holds', [
    hold('HOLD-1', 'ACCT-A', 'SO-1', '2026-10-19T08:00:00Z', '2026-10-19T10:00:00Z'),
    hold('HOLD-2', 'ACCT-B', 'SO-2', '2026-10-20T08:00:00Z', '2026-10-21T08:00:00Z'),
    hold('HOLD-3', 'ACCT-A', 'SO-3', '2026-10-23T20:00:00Z', '2026-10-26T08:00:00Z'),
    hold('HOLD-4', 'ACCT-B', null, '2026-10-27T00:00:00Z', '2026-10-27T06:00:00Z'),
    hold('HOLD-5', 'ACCT-B', 'SO-4', '2026-10-30T00:00:00Z', null),
  ]);
}

/** A fresh ERP database holding the fixture with its aggregates refreshed, served on a free port. */
export async function startKpiFixture(): Promise<{ name: string; url: string; db: Db; stop(): Promise<void> }> {
  const database = await createTestDatabase('erpkpi', erpMigrations);
  try {
    await seedKpiFixture(database.db);
    await erpSubgraph.refreshAggregates!(database.db);
    const subgraph = await startSubgraph(erpSubgraph, database.db, TEST_SUBGRAPH_OPTIONS);
    return {
      name: subgraph.name,
      url: subgraph.url,
      db: database.db,
      stop: async () => {
        await subgraph.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** The OMS's orders placed per week, as the gateway sends them in a representation. */
export const ORDERS_PLACED = [
  { week: '2026-W42', count: 10 },
  { week: '2026-W43', count: 40 },
  { week: '2026-W44', count: 20 },
];

/** Queries KpiPeriod fields through _entities as staff, as the gateway does; the representation carries the @external fields. */
export async function periodFields(url: string, selection: string, period: Record<string, unknown>): Promise<any> {
  const response = await subgraphCaller({ name: 'erp', url }).post(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on KpiPeriod { ${selection} } } }`, {
    r: [{ __typename: 'KpiPeriod', ...period }],
  });
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return (response.data as any)._entities[0];
}
