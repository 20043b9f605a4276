import type { Domain } from '../../app/config.ts';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';

/**
 * Two customer accounts with one of everything each, for the account-isolation journeys. Every
 * id says whose it is (…-A1 is ACCT-A's, …-B1 is ACCT-B's), so a leak shows in the first id:
 *
 *   ACCT-A Alder Tools    credit limit 5,000.00; INV-A1 1,000.00 for SO-A1, PAY-A1 400.00 paid
 *                         -> open balance 600.00, headroom 4,400.00; HOLD-A1 on SO-A1; DSP-A1 on
 *                         INV-A1; contract price FAS-1 20.00. OMS: SO-A1 (one line, from Q-A1),
 *                         Q-A1, SH-A1, RMA-A1.
 *   ACCT-B Birch Supply   credit limit 5,000.00; INV-B1 2,000.00 for SO-B1, PAY-B1 500.00 paid
 *                         -> open balance 1,500.00, headroom 3,500.00; HOLD-B1 on SO-B1; DSP-B1
 *                         on INV-B1; contract price FAS-1 19.00. OMS: SO-B1 (from Q-B1), Q-B1,
 *                         SH-B1, RMA-B1.
 *   Public catalogue      FAS-1 "Hex bolt M8", list 25.00 (standard cost 10.00, staff only);
 *                         on hand at CHI (Chicago DC, Chicago) 100, nothing on hold or in safety
 *                         stock; SO-A1 allocates 10 -> available 100 - 10 = 90.
 */
export const AS_OF = '2026-11-01T23:59:59Z';

export async function loadTwoAccounts(dbs: Record<Domain, Db>): Promise<void> {
  await loadPim(dbs.pim);
  await loadErp(dbs.erp);
  await loadOms(dbs.oms);
}

async function loadPim(db: Db) {
  await insertRows(db, 'families', [{ code: 'fasteners', name: 'Fasteners' }]);
  await insertRows(db, 'categories', [{ code: 'fasteners.bolts', family_code: 'fasteners', name: 'Bolts & Nuts' }]);
  await insertRows(db, 'products', [{
    sku: 'FAS-1', name: 'Hex bolt M8', description: 'Hex bolt M8, zinc plated', family_code: 'fasteners', category_code: 'fasteners.bolts',
    brand: 'Boltmaster', keywords: ['bolt'], governance_status: 'approved', updated_at: '2026-10-01T00:00:00Z', search_text: 'fas-1 hex bolt m8',
  }]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);
}

async function loadErp(db: Db) {
  await insertRows(db, 'branches', [
    { code: 'CHI', name: 'Chicago DC', city: 'Chicago', region: 'Midwest', time_zone: 'America/Chicago', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T23:50:00Z' },
  ]);
  await insertRows(db, 'suppliers', [{ id: 'SUP-1', name: 'Great Lakes Fastener', country: 'US', lead_time_days: 14, payment_terms: 'NET30' }]);
  await insertRows(db, 'items', [{
    sku: 'FAS-1', description: 'Hex bolt M8', unit_of_measure: 'EA', family: 'fasteners', velocity_tier: 'A',
    standard_cost_minor: 1000, list_price_minor: 2500, primary_supplier_id: 'SUP-1',
  }]);
  await insertRows(db, 'inventory_positions', [
    { sku: 'FAS-1', branch_code: 'CHI', on_hand: 100, on_hold: 0, safety_stock: 0, last_synced_at: '2026-11-01T23:50:00Z' },
  ]);
  await insertRows(db, 'price_lists', [{ id: 'PL-STD', name: 'Standard' }]);
  const account = (id: string, name: string) => ({
    id, name, segment: 'contractor', cohort: '2024-H1', payment_terms: 'NET30', payment_terms_days: 30,
    credit_limit_minor: 500_000, credit_status: 'good', price_list_id: 'PL-STD', opened_on: '2024-02-01',
  });
  await insertRows(db, 'customer_accounts', [account('ACCT-A', 'Alder Tools'), account('ACCT-B', 'Birch Supply')]);
  await insertRows(db, 'contract_prices', [
    { account_id: 'ACCT-A', sku: 'FAS-1', min_quantity: 1, unit_price_minor: 2000, valid_from: '2026-01-01' },
    { account_id: 'ACCT-B', sku: 'FAS-1', min_quantity: 1, unit_price_minor: 1900, valid_from: '2026-01-01' },
  ]);
  await insertRows(db, 'invoices', [
    { id: 'INV-A1', account_id: 'ACCT-A', order_id: 'SO-A1', issued_at: '2026-10-05T12:00:00Z', due_date: '2026-11-04', amount_minor: 100_000, status: 'partially_paid' },
    { id: 'INV-B1', account_id: 'ACCT-B', order_id: 'SO-B1', issued_at: '2026-10-06T12:00:00Z', due_date: '2026-11-05', amount_minor: 200_000, status: 'disputed' },
  ]);
  await insertRows(db, 'payments', [
    { id: 'PAY-A1', account_id: 'ACCT-A', invoice_id: 'INV-A1', received_at: '2026-10-20T12:00:00Z', amount_minor: 40_000, method: 'ach' },
    { id: 'PAY-B1', account_id: 'ACCT-B', invoice_id: 'INV-B1', received_at: '2026-10-21T12:00:00Z', amount_minor: 50_000, method: 'wire' },
  ]);
  await insertRows(db, 'credit_holds', [
    { id: 'HOLD-A1', account_id: 'ACCT-A', order_id: 'SO-A1', held_at: '2026-10-03T15:05:00Z', released_at: '2026-10-03T17:05:00Z', reason: 'manual' },
    { id: 'HOLD-B1', account_id: 'ACCT-B', order_id: 'SO-B1', held_at: '2026-10-04T15:05:00Z', released_at: null, reason: 'over_limit' },
  ]);
  await insertRows(db, 'disputes', [
    { id: 'DSP-A1', invoice_id: 'INV-A1', account_id: 'ACCT-A', reason: 'pricing', amount_minor: 5_000, opened_at: '2026-10-10T09:00:00Z', resolved_at: null },
    { id: 'DSP-B1', invoice_id: 'INV-B1', account_id: 'ACCT-B', reason: 'quantity', amount_minor: 7_000, opened_at: '2026-10-11T09:00:00Z', resolved_at: null },
  ]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);
}

async function loadOms(db: Db) {
  const quote = (id: string, account: string) => ({
    id, account_id: account, channel: 'assisted', issued_at: '2026-10-01T09:00:00Z', expires_at: '2026-10-31T09:00:00Z',
    amount_minor: 25_000, status: 'converted', converted_at: '2026-10-03T15:00:00Z',
  });
  await insertRows(db, 'quotes', [quote('Q-A1', 'ACCT-A'), quote('Q-B1', 'ACCT-B')]);
  const order = (id: string, account: string, quoteId: string) => ({
    id, account_id: account, channel: 'portal', quote_id: quoteId, placed_at: '2026-10-03T15:00:00Z', requested_date: '2026-10-10',
    promised_date: '2026-10-10', status: 'allocated', ship_to_branch_code: 'CHI',
  });
  await insertRows(db, 'orders', [order('SO-A1', 'ACCT-A', 'Q-A1'), order('SO-B1', 'ACCT-B', 'Q-B1')]);
  const line = (orderId: string, allocated: number) => ({
    order_id: orderId, line_number: 1, sku: 'FAS-1', ordered_quantity: 10, allocated_quantity: allocated, sourcing_branch_code: 'CHI', unit_price_minor: 2500,
  });
  // Only SO-A1's line still holds an allocation, so availability is 90 whoever asks.
  await insertRows(db, 'order_lines', [line('SO-A1', 10), line('SO-B1', 0)]);
  const shipment = (id: string, orderId: string) => ({
    id, order_id: orderId, branch_code: 'CHI', carrier: 'UPS', service_level: 'ground', ship_by: '2026-10-05T22:00:00Z', freight_cost_minor: 1_500,
  });
  await insertRows(db, 'shipments', [shipment('SH-A1', 'SO-A1'), shipment('SH-B1', 'SO-B1')]);
  const rma = (id: string, orderId: string, account: string) => ({
    id, order_id: orderId, line_number: 1, account_id: account, sku: 'FAS-1', quantity: 1, reason: 'not_needed',
    requested_at: '2026-10-12T10:00:00Z', status: 'requested',
  });
  await insertRows(db, 'returns', [rma('RMA-A1', 'SO-A1', 'ACCT-A'), rma('RMA-B1', 'SO-B1', 'ACCT-B')]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);
}
