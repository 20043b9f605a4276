import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal } from '../../lib/identity.ts';
import { TEST_STAFF, testBuyer } from '../../lib/testing/identity.ts';
import { StockFiguresDocument, StorefrontListingDocument, StorefrontProductDocument } from '../generated/graphql.ts';
import { startTestGraph, type TestGraph } from './harness.ts';
import { BANDED_VLV1, EXACT_VLV1, VLV1_FIGURES } from './stock-figures.ts';
import { loadStorefront } from './storefront.fixture.ts';

/**
 * What each kind of caller learns about stock and sourcing through the storefront, through the
 * real gateway (lib/access.ts): staff everything; a buyer exact stock but no purchase order or
 * supplier; an anonymous visitor bands and dates only. Fixture: tests/e2e/storefront.fixture.ts,
 * where VLV-1's promise of 40 at CHI draws on PO-2 line 1 (SUP-B "Brassworks", ETA 11-20) and
 * SUP-A's ("Acme Valves") lead time.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadStorefront);
});
afterAll(async () => {
  await graph?.close();
});

const BUYER = testBuyer('ACCT-1');
const PRODUCT_PAGE = { sku: 'VLV-1', quantity: 40, branch: 'CHI' };

async function ask<Data>(caller: Principal, document: Parameters<TestGraph['post']>[0], variables: Record<string, unknown>): Promise<Data> {
  const response = await graph.as(caller).post(document, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Data;
}

/** Anything that names our sourcing: a purchase order, a supplier's id or name. */
const SOURCING = /PO-\d|PO-H|SUP-[AB]|Acme Valves|Brassworks/;
/** PO-1's and PO-2's ETAs, which the promise must not give away either. */
const ETAS = /2026-11-10|2026-11-20/;

const NO_SOURCING = { purchaseOrderId: null, lineNumber: null, eta: null, supplierId: null };
// Dates are everyone's: 5 from stock now, 25 on PO-2 (SUP-B judged by the pool: +2 / +10 days), 10 at SUP-A's 14 days.
const PART_DATES = [
  { kind: 'STOCK', arrivalDate: null, shipDate: { p50: '2026-11-02', p90: '2026-11-02' }, deliveryDate: { p50: '2026-11-04', p90: '2026-11-04' } },
  { kind: 'INBOUND', arrivalDate: { p50: '2026-11-22', p90: '2026-11-30' }, shipDate: { p50: '2026-11-22', p90: '2026-11-30' }, deliveryDate: { p50: '2026-11-24', p90: '2026-12-02' } },
  { kind: 'LEAD_TIME', arrivalDate: { p50: '2026-11-15', p90: '2026-11-15' }, shipDate: { p50: '2026-11-15', p90: '2026-11-15' }, deliveryDate: { p50: '2026-11-17', p90: '2026-11-17' } },
];
const PACKING = 'CHI picks and packs an order in 2 hours at the median and 6 hours at the 90th percentile (over 5 orders); an order packed after its 15:00 cut-off ships the next day.';
const TRANSIT = 'Delivery from CHI to the ship-to takes 2 days in transit.';
const POOLED = 'The supplier has too few deliveries on record to be judged alone, so its dates are judged by the record of all suppliers.';

describe('the promise names purchase orders and suppliers to staff only', () => {
  it('tells a buyer the units and dates, and no purchase order, line, supplier or ETA, which staff are told', async () => {
    const { product } = await ask<any>(BUYER, StorefrontProductDocument, PRODUCT_PAGE);
    expect(JSON.stringify(product)).not.toMatch(SOURCING);
    expect(JSON.stringify(product.promise)).not.toMatch(ETAS);
    expect(product.promise.parts).toEqual([
      { ...PART_DATES[0], ...NO_SOURCING, quantity: 5 },
      { ...PART_DATES[1], ...NO_SOURCING, quantity: 25 },
      { ...PART_DATES[2], ...NO_SOURCING, quantity: 10 },
    ]);
    expect(product.promise.reasons).toEqual([
      { code: 'IN_STOCK', message: '5 of 40 units are in stock at CHI and ship on 2026-11-02.' },
      { code: 'POOLED_SUPPLIER_HISTORY', message: POOLED },
      { code: 'INBOUND_SUPPLY', message: "25 of 40 units are already on order from the supplier and expected on 2026-11-22 (P50), by 2026-11-30 9 times in 10 (P90), allowing for how late suppliers' deliveries have run." },
      { code: 'SUPPLIER_LEAD_TIME', message: '10 of 40 units have no inbound supply: they are ordered from the supplier on 2026-11-01 and arrive after its 14-day lead time, on 2026-11-15.' },
      { code: 'PICK_PACK', message: PACKING },
      { code: 'TRANSIT', message: TRANSIT },
    ]);

    const staff = (await ask<any>(TEST_STAFF, StorefrontProductDocument, PRODUCT_PAGE)).product;
    expect(staff.promise.parts).toEqual([
      { ...PART_DATES[0], ...NO_SOURCING, quantity: 5 },
      { ...PART_DATES[1], purchaseOrderId: 'PO-2', lineNumber: 1, eta: '2026-11-20', supplierId: 'SUP-B', quantity: 25 },
      { ...PART_DATES[2], ...NO_SOURCING, supplierId: 'SUP-A', quantity: 10 },
    ]);
    const messages = staff.promise.reasons.map((reason: { message: string }) => reason.message);
    expect(messages[1]).toBe('Supplier SUP-B has only 2 deliveries on record, fewer than the 5 needed to judge it alone, so its ETAs are judged by the record of all suppliers (8 deliveries).');
    expect(messages[2]).toBe('25 of 40 units arrive on PO-2 line 1, ETA 2026-11-20; suppliers overall have been 2 days late at the median over 8 deliveries (10 days late at the 90th percentile); expected on 2026-11-22 (P50), by 2026-11-30 9 times in 10 (P90).');
    expect(messages[3]).toBe('10 of 40 units have no inbound supply: they are ordered from SUP-A on 2026-11-01 and arrive after its 14-day lead time, on 2026-11-15.');
  });

  it('tells an anonymous visitor the dates in words, with neither sourcing nor unit counts, on the product and the listing page', async () => {
    const { product } = await ask<any>(ANONYMOUS, StorefrontProductDocument, PRODUCT_PAGE);
    expect(JSON.stringify(product)).not.toMatch(SOURCING);
    expect(JSON.stringify(product.promise)).not.toMatch(ETAS);
    expect(product.promise.parts).toEqual(PART_DATES.map((dates) => ({ ...dates, ...NO_SOURCING, quantity: null })));
    expect(product.promise.deliveryDate).toEqual({ p50: '2026-11-24', p90: '2026-12-02' });
    expect(product.promise.reasons.map((reason: { message: string }) => reason.message)).toEqual([
      'Some of the 40 units are in stock at CHI and ship on 2026-11-02.',
      POOLED,
      "Some of the 40 units are already on order from the supplier and expected on 2026-11-22 (P50), by 2026-11-30 9 times in 10 (P90), allowing for how late suppliers' deliveries have run.",
      'Some of the 40 units have no inbound supply: they are ordered from the supplier on 2026-11-01 and arrive after its 14-day lead time, on 2026-11-15.',
      PACKING,
      TRANSIT,
    ]);
    // The listing page asks for the promise's date only; with its availability it names no sourcing either.
    for (const caller of [BUYER, ANONYMOUS]) {
      const listing = await ask<any>(caller, StorefrontListingDocument, { first: 3, quantity: 40, branch: 'CHI' });
      expect(listing.products.edges.map((edge: any) => edge.node.sku)).toEqual(['VLV-1', 'VLV-2', 'VLV-3']);
      expect(JSON.stringify(listing)).not.toMatch(SOURCING);
    }
  });
});

describe('stock figures follow one disclosure rule (OPSGRAPH_EXACT_STOCK_FOR unset: buyers and staff)', () => {
  it('are null everywhere for an anonymous visitor, while the bands and dates still show; exact for a buyer and staff', async () => {
    expect(await ask(ANONYMOUS, StockFiguresDocument, VLV1_FIGURES)).toEqual(BANDED_VLV1);
    // no stock anywhere: out of stock, with SUP-B's 30-day lead time, and no figures
    const vlv3 = await ask<any>(ANONYMOUS, StockFiguresDocument, { ...VLV1_FIGURES, sku: 'VLV-3', quantity: 1 });
    expect(vlv3.product).toMatchObject({ networkOnHand: null, availableQuantity: null, allocatedQuantity: null, inventory: [] });
    expect(vlv3.product.availability.network).toMatchObject({ band: 'OUT_OF_STOCK', available: null });

    expect(await ask(BUYER, StockFiguresDocument, VLV1_FIGURES)).toEqual(EXACT_VLV1);
    expect(await ask(TEST_STAFF, StockFiguresDocument, VLV1_FIGURES)).toEqual(EXACT_VLV1);
  });
});
