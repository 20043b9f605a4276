import type { Domain } from '../../app/config.ts';
import { MODULES } from '../../app/modules.ts';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';

/**
 * A storefront small enough to work every promise, price and band out by hand. As of
 * 2026-11-01T23:59:59Z; branch CHI keeps UTC, so its wall clock reads 2026-11-01T23:59.
 *
 * VLV-1 ball valve (ERP list 50.00, min order 10, increment 5, supplier SUP-A, 14-day lead time)
 *   CHI on hand 30, on hold 2, safety 3; SO-1 (ACCT-1) holds 10 allocated, due 11-03
 *   -> available now 30 - 10 - 2 - 3 = 15.
 *   Inbound to CHI: PO-1 line 1, 40 from SUP-A, ETA 11-10; PO-2 line 1, 25 from SUP-B, ETA 11-20.
 *   SO-2 (ACCT-3) wants 50 more on 11-12, nothing allocated.
 *   ATP (28 days, to 11-29): projected 11-01 15, 11-10 55, 11-12 5, 11-20 30, 11-29 30;
 *   cumulative ATP (min ahead) 5, 5, 5, 30, 30; discrete ATP 5, 0, 0, 25, 0. SO-2 takes 10 of
 *   today's 15 and all of PO-1.
 * VLV-2 ball valve, brass (a SUBSTITUTE of VLV-1): CHI on hand 8 -> 8 available (LOW_STOCK).
 * VLV-3 gate valve (supplier SUP-B, 30-day lead time): no stock anywhere (OUT_OF_STOCK).
 *
 * Supplier ETA record (first receipt - ETA held 7 days before, days):
 *   SUP-A six lines 0 1 1 2 3 5 -> P50 rank 3 = 1, P90 rank ceil(5.4) = 6 -> 5.
 *   SUP-B two lines 4 10: fewer than 5, judged by the pool of all eight 0 1 1 2 3 4 5 10
 *   -> P50 rank 4 = 2, P90 rank ceil(7.2) = 8 -> 10.
 * CHI's last 91 days: five shipments picked in 1, 2, 2, 3, 6 hours (P50 rank 3 = 2 h, P90 rank 5
 *   = 6 h) and delivered 1, 1, 2, 2, 3 days after shipping (P50 2 days).
 *
 * Prices of VLV-1, price list PL-1: from 1 unit 48.00, from 20 45.00, from 50 42.00. ACCT-1's
 *   contract: from 40 units 40.00 (valid from 2026-01-01, open-ended).
 * Accounts: ACCT-1 limit 5,000.00, INV-1 1,000.00 open, due 11-20 -> headroom 4,000.00; takes
 *   substitutes. ACCT-2 limit 1,000.00, INV-2 900.00 open, due 09-15 (47 days past due) ->
 *   headroom 100.00, refuses substitutes. ACCT-3 places SO-2.
 */
export const STOREFRONT_AS_OF = '2026-11-01T23:59:59Z';

export async function loadStorefront(dbs: Record<Domain, Db>): Promise<void> {
  await loadPim(dbs.pim);
  await loadErp(dbs.erp);
  await loadOms(dbs.oms);
  await MODULES.erp.module.refreshAggregates!(dbs.erp);
  await MODULES.oms.module.refreshAggregates!(dbs.oms);
}

async function loadPim(db: Db) {
  await insertRows(db, 'families', [{ code: 'valves', name: 'Valves' }]);
  await insertRows(db, 'categories', [{ code: 'valves.ball', family_code: 'valves', name: 'Ball valves' }]);
  const product = (sku: string, name: string) => ({
    sku, name, description: name, family_code: 'valves', category_code: 'valves.ball', brand: 'Flowline', keywords: ['valve'],
    governance_status: 'approved', updated_at: '2026-10-01T00:00:00Z', search_text: `${sku} ${name}`.toLowerCase(),
  });
  await insertRows(db, 'products', [product('VLV-1', 'Ball valve 1/2"'), product('VLV-2', 'Ball valve 1/2", brass'), product('VLV-3', 'Gate valve 1"')]);
  await insertRows(db, 'product_relations', [{ sku: 'VLV-1', related_sku: 'VLV-2', kind: 'substitute', segment: null, rank: 1 }]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: STOREFRONT_AS_OF, generator_version: 1 }]);
}

async function loadErp(db: Db) {
  await insertRows(db, 'branches', [
    { code: 'CHI', name: 'Chicago DC', city: 'Chicago', region: 'Midwest', time_zone: 'UTC', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T23:50:00Z' },
  ]);
  await insertRows(db, 'suppliers', [
    { id: 'SUP-A', name: 'Acme Valves', country: 'US', lead_time_days: 14, payment_terms: 'NET30' },
    { id: 'SUP-B', name: 'Brassworks', country: 'MX', lead_time_days: 30, payment_terms: 'NET45' },
  ]);
  const item = (sku: string, supplier: string, list: number, min: number, increment: number) => ({
    sku, description: sku, unit_of_measure: 'EA', family: 'valves', velocity_tier: 'B', standard_cost_minor: 2000,
    list_price_minor: list, primary_supplier_id: supplier, min_order_quantity: min, order_increment: increment,
  });
  await insertRows(db, 'items', [item('VLV-1', 'SUP-A', 5000, 10, 5), item('VLV-2', 'SUP-A', 5500, 1, 1), item('VLV-3', 'SUP-B', 9000, 1, 1)]);
  const position = (sku: string, onHand: number, hold: number, safety: number) => ({
    sku, branch_code: 'CHI', on_hand: onHand, on_hold: hold, safety_stock: safety, last_synced_at: '2026-11-01T23:50:00Z',
  });
  await insertRows(db, 'inventory_positions', [position('VLV-1', 30, 2, 3), position('VLV-2', 8, 0, 0)]);

  // Open supply, and a received history that measures each supplier's ETA slip.
  const history = [['SUP-A', 0], ['SUP-A', 1], ['SUP-A', 1], ['SUP-A', 2], ['SUP-A', 3], ['SUP-A', 5], ['SUP-B', 4], ['SUP-B', 10]] as const;
  await insertRows(db, 'purchase_orders', [
    { id: 'PO-1', supplier_id: 'SUP-A', branch_code: 'CHI', ordered_at: '2026-10-20T12:00:00Z', status: 'open' },
    { id: 'PO-2', supplier_id: 'SUP-B', branch_code: 'CHI', ordered_at: '2026-10-15T12:00:00Z', status: 'open' },
    ...history.map(([supplier], i) => ({ id: `PO-H${i + 1}`, supplier_id: supplier, branch_code: 'CHI', ordered_at: '2026-07-01T12:00:00Z', status: 'received' })),
  ]);
  const poLine = (po: string, quantity: number, received: number, commit: string, eta: string | null, etaPrior: string | null) => ({
    purchase_order_id: po, line_number: 1, sku: 'VLV-1', ordered_quantity: quantity, received_quantity: received, unit_cost_minor: 2000,
    supplier_commit_date: commit, current_eta: eta, eta_seven_days_prior: etaPrior,
  });
  await insertRows(db, 'purchase_order_lines', [
    poLine('PO-1', 40, 0, '2026-11-10', '2026-11-10', null),
    poLine('PO-2', 25, 0, '2026-11-20', '2026-11-20', null),
    ...history.map((_, i) => poLine(`PO-H${i + 1}`, 10, 10, '2026-08-01', null, '2026-08-01')),
  ]);
  await insertRows(db, 'receipts', history.map(([, slip], i) => ({
    id: `RCV-${i + 1}`, purchase_order_id: `PO-H${i + 1}`, line_number: 1, received_at: `2026-08-${String(1 + slip).padStart(2, '0')}T10:00:00Z`, quantity: 10,
  })));

  await insertRows(db, 'price_lists', [{ id: 'PL-1', name: 'Trade list' }]);
  await insertRows(db, 'price_list_prices', [
    { price_list_id: 'PL-1', sku: 'VLV-1', min_quantity: 1, unit_price_minor: 4800 },
    { price_list_id: 'PL-1', sku: 'VLV-1', min_quantity: 20, unit_price_minor: 4500 },
    { price_list_id: 'PL-1', sku: 'VLV-1', min_quantity: 50, unit_price_minor: 4200 },
  ]);
  const account = (id: string, limit: number, allowsSubstitutions: boolean) => ({
    id, name: id, segment: 'contractor', cohort: '2024-H1', payment_terms: 'NET30', payment_terms_days: 30, credit_limit_minor: limit,
    credit_status: 'good', price_list_id: 'PL-1', allows_substitutions: allowsSubstitutions, opened_on: '2024-02-01',
  });
  await insertRows(db, 'customer_accounts', [account('ACCT-1', 500_000, true), account('ACCT-2', 100_000, false), account('ACCT-3', 500_000, true)]);
  await insertRows(db, 'contract_prices', [
    { account_id: 'ACCT-1', sku: 'VLV-1', min_quantity: 40, unit_price_minor: 4000, valid_from: '2026-01-01', valid_to: null },
  ]);
  await insertRows(db, 'invoices', [
    { id: 'INV-1', account_id: 'ACCT-1', order_id: null, issued_at: '2026-10-21T12:00:00Z', due_date: '2026-11-20', amount_minor: 100_000, status: 'open' },
    { id: 'INV-2', account_id: 'ACCT-2', order_id: null, issued_at: '2026-08-16T12:00:00Z', due_date: '2026-09-15', amount_minor: 90_000, status: 'open' },
  ]);
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: STOREFRONT_AS_OF, generator_version: 1 }]);
}

async function loadOms(db: Db) {
  const order = (id: string, account: string, status: string, promised: string) => ({
    id, account_id: account, channel: 'portal', placed_at: '2026-10-28T15:00:00Z', requested_date: promised, promised_date: promised,
    status, ship_to_branch_code: 'CHI',
  });
  await insertRows(db, 'orders', [
    order('SO-1', 'ACCT-1', 'allocated', '2026-11-03'),
    order('SO-2', 'ACCT-3', 'placed', '2026-11-12'),
    ...[1, 2, 3, 4, 5].map((n) => order(`SO-H${n}`, 'ACCT-3', 'delivered', '2026-10-10')),
  ]);
  const line = (orderId: string, ordered: number, allocated: number, shipped: number) => ({
    order_id: orderId, line_number: 1, sku: 'VLV-1', ordered_quantity: ordered, allocated_quantity: allocated, shipped_quantity: shipped,
    sourcing_branch_code: 'CHI', unit_price_minor: 4800,
  });
  await insertRows(db, 'order_lines', [line('SO-1', 10, 10, 0), line('SO-2', 50, 0, 0), ...[1, 2, 3, 4, 5].map((n) => line(`SO-H${n}`, 1, 0, 1))]);
  // Picked in 1, 2, 2, 3, 6 hours; delivered 1, 1, 2, 2, 3 days after shipping.
  const times = [[1, 1], [2, 1], [2, 2], [3, 2], [6, 3]] as const;
  await insertRows(db, 'shipments', times.map(([hours, days], i) => {
    const picked = Date.parse(`2026-10-0${i + 1}T08:00:00Z`);
    const packed = picked + hours * 3_600_000;
    const shipped = packed + 3_600_000;
    return {
      id: `SH-H${i + 1}`, order_id: `SO-H${i + 1}`, branch_code: 'CHI', carrier: 'UPS', service_level: 'GROUND', ship_by: new Date(packed).toISOString(),
      pick_started_at: new Date(picked).toISOString(), packed_at: new Date(packed).toISOString(), shipped_at: new Date(shipped).toISOString(),
      delivered_at: new Date(shipped + days * 86_400_000).toISOString(),
    };
  }));
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: STOREFRONT_AS_OF, generator_version: 1 }]);
}
