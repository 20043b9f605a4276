import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import { startSubgraph } from '../../lib/subgraph.ts';
import { createTestDatabase } from '../../lib/testing/database.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { subgraphCaller } from '../../lib/testing/graphql.ts';
import { TEST_STAFF, TEST_SUBGRAPH_OPTIONS } from '../../lib/testing/identity.ts';
import { erpMigrations, erpSubgraph } from '../../subgraphs/erp/server.ts';

/**
 * A small ERP, as of 2026-11-01T23:59:59Z, small enough to work every expected number by hand.
 * The numbers the tests assert are derived in comments beside each assertion from these rows.
 */
export const AS_OF = '2026-11-01T23:59:59Z';

export async function seedErpFixture(db: Db): Promise<void> {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);
  await insertRows(db, 'branches', [
    // CHI synced 59 min before as-of (fresh); DAL 149 min before (stale past 60).
    { code: 'CHI', name: 'Chicago DC', city: 'Chicago', region: 'Midwest', time_zone: 'America/Chicago', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T23:00:00Z' },
    { code: 'DAL', name: 'Dallas DC', city: 'Dallas', region: 'South', time_zone: 'America/Chicago', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T21:30:00Z' },
  ]);
  await insertRows(db, 'suppliers', [
    { id: 'SUP-001', name: 'Timken Supply', country: 'US', lead_time_days: 14, payment_terms: 'NET30' },
    { id: 'SUP-002', name: 'Würth Industrie', country: 'DE', lead_time_days: 28, payment_terms: 'NET60' },
  ]);
  const item = { unit_of_measure: 'EA', min_order_quantity: 1, order_increment: 1, active: true };
  await insertRows(db, 'items', [
    { ...item, sku: 'BRG-6204', description: 'Ball bearing 6204-2RS', family: 'bearings', velocity_tier: 'A', standard_cost_minor: 250, list_price_minor: 499, primary_supplier_id: 'SUP-001' },
    { ...item, sku: 'FAS-1001', description: 'Hex bolt M8x40, box of 100', family: 'fasteners', velocity_tier: 'B', standard_cost_minor: 1200, list_price_minor: 2150, primary_supplier_id: 'SUP-002' },
    { ...item, sku: 'VAL-2001', description: 'Ball valve 1/2"', family: 'valves', velocity_tier: 'C', standard_cost_minor: 1875, list_price_minor: 3400, primary_supplier_id: 'SUP-001', active: false },
  ]);
  await insertRows(db, 'inventory_positions', [
    { sku: 'BRG-6204', branch_code: 'CHI', on_hand: 40, on_hold: 2, safety_stock: 5, last_synced_at: '2026-11-01T23:00:00Z' },
    { sku: 'BRG-6204', branch_code: 'DAL', on_hand: 15, on_hold: 1, safety_stock: 3, last_synced_at: '2026-11-01T21:30:00Z' },
    { sku: 'FAS-1001', branch_code: 'CHI', on_hand: 10, on_hold: 4, safety_stock: 8, last_synced_at: '2026-11-01T23:00:00Z' },
  ]);
  await insertRows(db, 'purchase_orders', [
    { id: 'PO-000001', supplier_id: 'SUP-001', branch_code: 'CHI', ordered_at: '2026-10-01T09:00:00Z', status: 'partially_received' },
    { id: 'PO-000002', supplier_id: 'SUP-001', branch_code: 'DAL', ordered_at: '2026-10-15T09:00:00Z', status: 'open' },
    { id: 'PO-000003', supplier_id: 'SUP-002', branch_code: 'CHI', ordered_at: '2026-09-01T09:00:00Z', status: 'cancelled' },
  ]);
  await insertRows(db, 'purchase_order_lines', [
    { purchase_order_id: 'PO-000001', line_number: 1, sku: 'BRG-6204', ordered_quantity: 100, received_quantity: 60, unit_cost_minor: 240, supplier_commit_date: '2026-10-20', current_eta: '2026-11-10' },
    { purchase_order_id: 'PO-000001', line_number: 2, sku: 'VAL-2001', ordered_quantity: 20, received_quantity: 20, unit_cost_minor: 1800, supplier_commit_date: '2026-10-20', current_eta: null },
    { purchase_order_id: 'PO-000002', line_number: 1, sku: 'BRG-6204', ordered_quantity: 50, received_quantity: 0, unit_cost_minor: 245, supplier_commit_date: '2026-11-05', current_eta: '2026-11-05' },
    { purchase_order_id: 'PO-000003', line_number: 1, sku: 'FAS-1001', ordered_quantity: 30, received_quantity: 0, unit_cost_minor: 1150, supplier_commit_date: '2026-09-20', current_eta: '2026-09-20' },
  ]);
  await insertRows(db, 'receipts', [
    { id: 'RCV-1', purchase_order_id: 'PO-000001', line_number: 1, received_at: '2026-10-18T14:00:00Z', quantity: 40 },
    { id: 'RCV-2', purchase_order_id: 'PO-000001', line_number: 1, received_at: '2026-10-22T10:00:00Z', quantity: 20 },
    { id: 'RCV-3', purchase_order_id: 'PO-000001', line_number: 2, received_at: '2026-10-19T11:00:00Z', quantity: 20 },
  ]);
  await insertRows(db, 'price_lists', [
    { id: 'PL-CONTRACTOR', name: 'Contractor', currency_code: 'USD' },
    { id: 'PL-OEM', name: 'OEM', currency_code: 'USD' },
  ]);
  await insertRows(db, 'price_list_prices', [
    { price_list_id: 'PL-CONTRACTOR', sku: 'BRG-6204', min_quantity: 10, unit_price_minor: 420 },
    { price_list_id: 'PL-CONTRACTOR', sku: 'BRG-6204', min_quantity: 1, unit_price_minor: 450 },
    { price_list_id: 'PL-OEM', sku: 'BRG-6204', min_quantity: 1, unit_price_minor: 410 },
  ]);
  const account = { cohort: '2024-H1', allows_substitutions: true, opened_on: '2024-02-01' };
  await insertRows(db, 'customer_accounts', [
    { ...account, id: 'ACCT-0001', name: 'Acme Build Co', segment: 'contractor', payment_terms: 'NET30', payment_terms_days: 30, credit_limit_minor: 500_000, credit_status: 'good', price_list_id: 'PL-CONTRACTOR' },
    { ...account, id: 'ACCT-0002', name: 'Borealis Motors', segment: 'oem', payment_terms: 'NET45', payment_terms_days: 45, credit_limit_minor: 100_000, credit_status: 'watch', price_list_id: 'PL-OEM' },
    { ...account, id: 'ACCT-0003', name: 'Cobalt Contracting', segment: 'contractor', payment_terms: '2/10 NET30', payment_terms_days: 30, credit_limit_minor: 200_000, credit_status: 'hold', price_list_id: 'PL-CONTRACTOR', allows_substitutions: false },
  ]);
  await insertRows(db, 'contract_prices', [
    { account_id: 'ACCT-0001', sku: 'BRG-6204', min_quantity: 1, unit_price_minor: 400, valid_from: '2026-01-01', valid_to: null },
    { account_id: 'ACCT-0001', sku: 'FAS-1001', min_quantity: 50, unit_price_minor: 1900, valid_from: '2026-01-01', valid_to: '2026-12-31' },
  ]);
  await insertRows(db, 'invoices', [
    { id: 'INV-000001', account_id: 'ACCT-0001', order_id: 'SO-000001', issued_at: '2026-09-01T10:00:00Z', due_date: '2026-10-01', amount_minor: 120_000, status: 'partially_paid' },
    { id: 'INV-000002', account_id: 'ACCT-0001', order_id: 'SO-000002', issued_at: '2026-10-10T09:00:00Z', due_date: '2026-11-09', amount_minor: 80_000, status: 'open' },
    { id: 'INV-000003', account_id: 'ACCT-0001', order_id: null, issued_at: '2026-08-01T08:00:00Z', due_date: '2026-08-31', amount_minor: 30_000, status: 'paid' },
    { id: 'INV-000004', account_id: 'ACCT-0001', order_id: 'SO-000001', issued_at: '2026-09-02T10:00:00Z', due_date: '2026-10-02', amount_minor: 10_000, status: 'void' },
    { id: 'INV-000005', account_id: 'ACCT-0002', order_id: 'SO-000003', issued_at: '2026-10-20T12:00:00Z', due_date: '2026-12-04', amount_minor: 150_000, status: 'disputed' },
  ]);
  await insertRows(db, 'payments', [
    { id: 'PAY-1', account_id: 'ACCT-0001', invoice_id: 'INV-000001', received_at: '2026-09-20T15:00:00Z', amount_minor: 50_000, method: 'ach' },
    { id: 'PAY-2', account_id: 'ACCT-0001', invoice_id: 'INV-000003', received_at: '2026-08-25T15:00:00Z', amount_minor: 30_000, method: 'wire' },
  ]);
  await insertRows(db, 'credit_holds', [
    { id: 'HOLD-1', account_id: 'ACCT-0002', order_id: 'SO-000003', held_at: '2026-10-20T12:00:00Z', released_at: '2026-10-21T06:30:00Z', reason: 'over_limit' },
    { id: 'HOLD-2', account_id: 'ACCT-0002', order_id: null, held_at: '2026-11-01T11:59:59Z', released_at: null, reason: 'manual' },
    { id: 'HOLD-3', account_id: 'ACCT-0001', order_id: 'SO-000001', held_at: '2026-09-01T10:00:00Z', released_at: '2026-09-01T14:00:00Z', reason: 'past_due' },
  ]);
  await insertRows(db, 'disputes', [
    { id: 'DSP-1', invoice_id: 'INV-000005', account_id: 'ACCT-0002', reason: 'quantity', amount_minor: 20_000, opened_at: '2026-10-25T09:00:00Z', resolved_at: null },
    { id: 'DSP-2', invoice_id: 'INV-000005', account_id: 'ACCT-0002', reason: 'pricing', amount_minor: 5_000, opened_at: '2026-10-22T09:00:00Z', resolved_at: '2026-10-24T09:00:00Z' },
  ]);
  await insertRows(db, 'demand_forecasts', [
    { sku: 'BRG-6204', week_start: '2026-11-02', lag_weeks: 4, forecast_quantity: 28 },
    { sku: 'BRG-6204', week_start: '2026-11-02', lag_weeks: 1, forecast_quantity: 30 },
    { sku: 'BRG-6204', week_start: '2026-11-09', lag_weeks: 1, forecast_quantity: 32 },
    { sku: 'BRG-6204', week_start: '2026-11-16', lag_weeks: 1, forecast_quantity: 35 },
  ]);
}

/** A fresh, migrated ERP database holding the fixture, served by the ERP subgraph on a free port. */
export async function startErpFixture(): Promise<{ name: string; url: string; db: Db; stop(): Promise<void> }> {
  const database = await createTestDatabase('erp', erpMigrations);
  try {
    await seedErpFixture(database.db);
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

/** Posts an operation as `as` (staff by default) and returns its data, failing the test with the errors if there are any. */
export async function queryData(url: string, query: string, variables?: Record<string, unknown>, as: Principal = TEST_STAFF): Promise<any> {
  const response = await subgraphCaller({ name: 'erp', url }, as).post(query, variables);
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** Posts an operation expected to fail, as `as` (staff by default), and returns its first error. */
export async function queryError(url: string, query: string, variables?: Record<string, unknown>, as: Principal = TEST_STAFF) {
  const response = await subgraphCaller({ name: 'erp', url }, as).post(query, variables);
  const [error] = response.errors ?? [];
  if (!error) throw new Error(`expected an error, got data ${JSON.stringify(response.data)}`);
  return error;
}
