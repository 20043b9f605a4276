import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Domain } from '../../app/config.ts';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { ProductPageDocument } from '../generated/graphql.ts';
import { startTestGraph, type TestGraph } from './harness.ts';
import { loadWrenchContent } from './wrench-catalog.fixture.ts';

/**
 * 120 products present in all three domains, each with attributes, media, stock in two branches
 * and an open order line: enough for a 100-product page whose every nested field has data.
 */
const SKUS = Array.from({ length: 120 }, (_, i) => `SKU-${String(i).padStart(3, '0')}`);

async function loadCatalog(dbs: Record<Domain, Db>) {
  await loadWrenchContent(dbs.pim, SKUS);

  await insertRows(dbs.erp, 'branches', ['CHI', 'DAL'].map((code) => ({
    code, name: `${code} DC`, city: code, region: 'US', time_zone: 'UTC', sync_stale_after_minutes: 60, last_inventory_sync_at: '2026-11-01T23:00:00Z',
  })));
  await insertRows(dbs.erp, 'suppliers', [{ id: 'SUP-1', name: 'Torq Works', country: 'US', lead_time_days: 10, payment_terms: 'NET30' }]);
  await insertRows(dbs.erp, 'items', SKUS.map((sku) => ({
    sku, description: sku, unit_of_measure: 'EA', family: 'tools', velocity_tier: 'B', standard_cost_minor: 400, list_price_minor: 999, primary_supplier_id: 'SUP-1',
  })));
  await insertRows(dbs.erp, 'inventory_positions', SKUS.flatMap((sku) => ['CHI', 'DAL'].map((branch_code) => ({
    sku, branch_code, on_hand: 50, on_hold: 1, safety_stock: 5, last_synced_at: '2026-11-01T23:00:00Z',
  }))));

  await insertRows(dbs.oms, 'orders', [{
    id: 'SO-1', account_id: 'ACCT-1', channel: 'portal', placed_at: '2026-10-30T10:00:00Z', requested_date: '2026-11-03',
    promised_date: '2026-11-03', status: 'allocated', cancelled_by: null, ship_to_branch_code: 'CHI',
  }]);
  await insertRows(dbs.oms, 'order_lines', SKUS.map((sku, i) => ({
    order_id: 'SO-1', line_number: i + 1, sku, ordered_quantity: 3, allocated_quantity: 3, shipped_quantity: 0,
    sourcing_branch_code: 'CHI', unit_price_minor: 999,
  })));
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadCatalog);
});
afterAll(async () => {
  await graph?.close();
});

async function statementsForPage(first: number) {
  const before = graph.statements();
  const response = await graph.post(ProductPageDocument, { first });
  expect(response.errors).toBeUndefined();
  const edges = response.data!.products.edges;
  expect(edges).toHaveLength(first);
  // Every nested field really resolved: 50 + 50 on hand, minus 3 allocated, 2 on hold, 10 safety.
  expect(edges.at(-1)!.node).toMatchObject({ networkOnHand: 100, allocatedQuantity: 3, availableQuantity: 85 });
  expect(edges.at(-1)!.node.inventory).toHaveLength(2);
  const after = graph.statements();
  return { erp: after.erp - before.erp, pim: after.pim - before.pim, oms: after.oms - before.oms };
}

describe('a products page through the gateway', () => {
  it('issues the same SQL statements per domain for 10 and for 100 products', async () => {
    const ten = await statementsForPage(10);
    const hundred = await statementsForPage(100);
    expect(hundred).toEqual(ten);
    // and the count is small: a handful per domain, not one per product
    expect(ten.erp + ten.pim + ten.oms).toBeLessThan(20);
  });
});
