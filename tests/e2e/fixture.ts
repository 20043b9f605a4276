import type { Domain } from '../../app/config.ts';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';

/**
 * A small distributor spread over the three domain databases, small enough to work every
 * expected value out by hand:
 *
 *   FAS-1 "Hex bolt M8"  ERP: A tier, cost 10.00, list 25.00; on hand CHI 100 (hold 5, safety 10),
 *                        PHX 40 (hold 0, safety 5) -> network on hand 140, hold 5, safety 15.
 *                        OMS: SO-2 (open) allocates 30 -> available 140 - 30 - 5 - 15 = 90.
 *   FAS-2 "Hex nut M8"   ERP: C tier; on hand CHI 20; nothing allocated -> available 20.
 *   ACCT-1 Acme Builders (contractor): invoice INV-1 12,500.00 paid 5,000.00 -> open balance 7,500.00;
 *                        credit limit 20,000.00 -> headroom 12,500.00. Orders SO-1 (shipped), SO-2 (allocated).
 *   ACCT-2 Orbital Motors (oem): order SO-3 via EDI, cancelled by the customer.
 */
export const FIXTURE_AS_OF = '2026-11-01T23:59:59Z';

export async function loadFixture(dbs: Record<Domain, Db>): Promise<void> {
  await loadPim(dbs.pim);
  await loadErp(dbs.erp);
  await loadOms(dbs.oms);
}

async function loadPim(db: Db) {
  await insertRows(db, 'families', [{ code: 'fasteners', name: 'Fasteners' }]);
  await insertRows(db, 'categories', [{ code: 'fasteners.bolts', family_code: 'fasteners', name: 'Bolts & Nuts' }]);
  const product = (sku: string, name: string) => ({
    sku,
    name,
    description: `${name}, zinc plated`,
    family_code: 'fasteners',
    category_code: 'fasteners.bolts',
    brand: 'Boltmaster',
    keywords: ['bolt', 'm8'],
    governance_status: 'approved',
    updated_at: '2026-10-01T00:00:00Z',
    search_text: `${sku} ${name} boltmaster bolt m8`.toLowerCase(),
  });
  await insertRows(db, 'products', [product('FAS-1', 'Hex bolt M8'), product('FAS-2', 'Hex nut M8')]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: FIXTURE_AS_OF, generator_version: 1 }]);
}

async function loadErp(db: Db) {
  await insertRows(db, 'branches', [
    { code: 'CHI', name: 'Chicago DC', city: 'Chicago', region: 'Midwest', time_zone: 'America/Chicago', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T23:50:00Z' },
    { code: 'PHX', name: 'Phoenix DC', city: 'Phoenix', region: 'Southwest', time_zone: 'America/Phoenix', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-10-31T21:59:59Z' },
  ]);
  await insertRows(db, 'suppliers', [{ id: 'SUP-1', name: 'Great Lakes Fastener', country: 'US', lead_time_days: 14, payment_terms: 'NET30' }]);
  const item = (sku: string, tier: string, cost: number, list: number) => ({
    sku, description: sku, unit_of_measure: 'EA', family: 'fasteners', velocity_tier: tier,
    standard_cost_minor: cost, list_price_minor: list, primary_supplier_id: 'SUP-1',
  });
  await insertRows(db, 'items', [item('FAS-1', 'A', 1000, 2500), item('FAS-2', 'C', 500, 1200)]);
  const position = (sku: string, branch: string, onHand: number, hold: number, safety: number) => ({
    sku, branch_code: branch, on_hand: onHand, on_hold: hold, safety_stock: safety, last_synced_at: '2026-11-01T23:50:00Z',
  });
  await insertRows(db, 'inventory_positions', [
    position('FAS-1', 'CHI', 100, 5, 10),
    position('FAS-1', 'PHX', 40, 0, 5),
    position('FAS-2', 'CHI', 20, 0, 0),
  ]);
  await insertRows(db, 'price_lists', [{ id: 'PL-CONTRACTOR', name: 'Contractor list' }]);
  const account = (id: string, name: string, segment: string) => ({
    id, name, segment, cohort: '2024-H1', payment_terms: 'NET30', payment_terms_days: 30,
    credit_limit_minor: 2_000_000, credit_status: 'good', price_list_id: 'PL-CONTRACTOR', opened_on: '2024-02-01',
  });
  await insertRows(db, 'customer_accounts', [account('ACCT-1', 'Acme Builders', 'contractor'), account('ACCT-2', 'Orbital Motors', 'oem')]);
  await insertRows(db, 'invoices', [
    { id: 'INV-1', account_id: 'ACCT-1', order_id: 'SO-1', issued_at: '2026-10-05T12:00:00Z', due_date: '2026-11-04', amount_minor: 1_250_000, status: 'partially_paid' },
  ]);
  await insertRows(db, 'payments', [
    { id: 'PAY-1', account_id: 'ACCT-1', invoice_id: 'INV-1', received_at: '2026-10-20T12:00:00Z', amount_minor: 500_000, method: 'ach' },
  ]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: FIXTURE_AS_OF, generator_version: 1 }]);
}

async function loadOms(db: Db) {
  const order = (id: string, account: string, channel: string, placedAt: string, status: string, cancelledBy: string | null) => ({
    id, account_id: account, channel, placed_at: placedAt, requested_date: placedAt.slice(0, 10), promised_date: placedAt.slice(0, 10),
    status, cancelled_by: cancelledBy, ship_to_branch_code: 'CHI',
  });
  await insertRows(db, 'orders', [
    order('SO-1', 'ACCT-1', 'portal', '2026-10-03T15:00:00Z', 'shipped', null),
    order('SO-2', 'ACCT-1', 'rep', '2026-10-30T15:00:00Z', 'allocated', null),
    order('SO-3', 'ACCT-2', 'edi', '2026-10-31T09:00:00Z', 'cancelled', 'customer'),
  ]);
  const line = (orderId: string, n: number, sku: string, ordered: number, allocated: number, shipped: number, price: number) => ({
    order_id: orderId, line_number: n, sku, ordered_quantity: ordered, allocated_quantity: allocated, shipped_quantity: shipped,
    sourcing_branch_code: 'CHI', unit_price_minor: price,
  });
  await insertRows(db, 'order_lines', [
    line('SO-1', 1, 'FAS-1', 500, 0, 500, 2500),
    line('SO-2', 1, 'FAS-1', 30, 30, 0, 2400),
    line('SO-2', 2, 'FAS-2', 10, 0, 0, 1200),
    line('SO-3', 1, 'FAS-2', 4, 0, 0, 1200),
  ]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: FIXTURE_AS_OF, generator_version: 1 }]);
}
