import type { Domain } from '../../app/config.ts';
import { MODULES } from '../../app/modules.ts';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { loadWrenchContent } from './wrench-catalog.fixture.ts';

/**
 * A catalogue for the storefront listing page (queries/storefront.graphql) of a signed-in buyer of
 * ACCT-1: 210 products in all three domains, each with stock at CHI, a price list break, an
 * inbound purchase order line and an open order line, so every field of the page does real work.
 */
export const LISTING_SKUS = Array.from({ length: 210 }, (_, i) => `SKU-${String(i).padStart(3, '0')}`);
const AS_OF = '2026-11-01T23:59:59Z';

export async function loadListingCatalog(dbs: Record<Domain, Db>): Promise<void> {
  await loadWrenchContent(dbs.pim, LISTING_SKUS);

  await insertRows(dbs.erp, 'branches', [{ code: 'CHI', name: 'CHI DC', city: 'Chicago', region: 'US', time_zone: 'UTC', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T23:00:00Z' }]);
  await insertRows(dbs.erp, 'suppliers', [{ id: 'SUP-1', name: 'Torq Works', country: 'US', lead_time_days: 10, payment_terms: 'NET30' }]);
  await insertRows(dbs.erp, 'items', LISTING_SKUS.map((sku) => ({
    sku, description: sku, unit_of_measure: 'EA', family: 'tools', velocity_tier: 'B', standard_cost_minor: 400, list_price_minor: 999, primary_supplier_id: 'SUP-1',
  })));
  await insertRows(dbs.erp, 'inventory_positions', LISTING_SKUS.map((sku) => ({ sku, branch_code: 'CHI', on_hand: 5, on_hold: 0, safety_stock: 1, last_synced_at: '2026-11-01T23:00:00Z' })));
  await insertRows(dbs.erp, 'purchase_orders', [{ id: 'PO-1', supplier_id: 'SUP-1', branch_code: 'CHI', ordered_at: '2026-10-20T12:00:00Z', status: 'open' }]);
  await insertRows(dbs.erp, 'purchase_order_lines', LISTING_SKUS.map((sku, i) => ({
    purchase_order_id: 'PO-1', line_number: i + 1, sku, ordered_quantity: 20, received_quantity: 0, unit_cost_minor: 400,
    supplier_commit_date: '2026-11-09', current_eta: '2026-11-09', eta_seven_days_prior: null,
  })));
  await insertRows(dbs.erp, 'price_lists', [{ id: 'PL-1', name: 'Trade' }]);
  await insertRows(dbs.erp, 'price_list_prices', LISTING_SKUS.map((sku) => ({ price_list_id: 'PL-1', sku, min_quantity: 1, unit_price_minor: 900 })));
  await insertRows(dbs.erp, 'customer_accounts', [{
    id: 'ACCT-1', name: 'Acme', segment: 'contractor', cohort: '2024-H1', payment_terms: 'NET30', payment_terms_days: 30,
    credit_limit_minor: 1_000_000, credit_status: 'good', price_list_id: 'PL-1', opened_on: '2024-02-01',
  }]);
  await insertRows(dbs.erp, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);

  await insertRows(dbs.oms, 'orders', [
    { id: 'SO-1', account_id: 'ACCT-1', channel: 'portal', placed_at: '2026-10-30T10:00:00Z', requested_date: '2026-11-03', promised_date: '2026-11-03', status: 'allocated', ship_to_branch_code: 'CHI' },
    { id: 'SO-H', account_id: 'ACCT-1', channel: 'portal', placed_at: '2026-10-01T10:00:00Z', requested_date: '2026-10-03', promised_date: '2026-10-03', status: 'delivered', ship_to_branch_code: 'CHI' },
  ]);
  await insertRows(dbs.oms, 'order_lines', LISTING_SKUS.map((sku, i) => ({
    order_id: 'SO-1', line_number: i + 1, sku, ordered_quantity: 3, allocated_quantity: 1, shipped_quantity: 0, sourcing_branch_code: 'CHI', unit_price_minor: 900,
  })));
  await insertRows(dbs.oms, 'shipments', [{
    id: 'SH-H', order_id: 'SO-H', branch_code: 'CHI', carrier: 'UPS', service_level: 'GROUND', ship_by: '2026-10-02T15:00:00Z',
    pick_started_at: '2026-10-02T08:00:00Z', packed_at: '2026-10-02T10:00:00Z', shipped_at: '2026-10-02T11:00:00Z', delivered_at: '2026-10-03T11:00:00Z',
  }]);
  await insertRows(dbs.oms, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);
  await MODULES.erp.module.refreshAggregates!(dbs.erp);
  await MODULES.oms.module.refreshAggregates!(dbs.oms);
}
