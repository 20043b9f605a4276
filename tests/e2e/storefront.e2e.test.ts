import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal } from '../../lib/identity.ts';
import { TEST_STAFF, testBuyer } from '../../lib/testing/identity.ts';
import { startTestGraph, type TestGraph } from './harness.ts';
import { loadStorefront } from './storefront.fixture.ts';

/**
 * The storefront through the real gateway over HTTP to the real subgraphs on PostgreSQL: every
 * expected figure is worked out by hand from tests/e2e/storefront.fixture.ts.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadStorefront);
});
afterAll(async () => {
  await graph?.close();
});

const buyer = (account: string) => testBuyer(account);

async function ask(document: string, variables: Record<string, unknown>, caller: Principal) {
  const response = await graph.as(caller).post(document, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Record<string, any>;
}

const AVAILABILITY = `query($sku: ID!, $branch: ID, $horizon: Int) { product(sku: $sku) { sku
  availability(branchCode: $branch, horizonDays: $horizon) { asOf disclosure horizonDays
    network { band onHand allocated onHold safetyStock available leadTimeDays }
    branches { branch { code } stock { band available } lastSyncedAt syncAgeMinutes syncStale
      atp { date receipts demand projectedAvailable atp cumulativeAtp } } } } }`;

describe('availability', () => {
  it('gives a contracted buyer exact figures and time-phased ATP in which a later commitment borrows earlier stock', async () => {
    const { product } = await ask(AVAILABILITY, { sku: 'VLV-1', branch: 'CHI', horizon: 28 }, buyer('ACCT-1'));
    expect(product.availability).toMatchObject({ asOf: '2026-11-01T23:59:59.000Z', disclosure: 'EXACT', horizonDays: 28 });
    // 30 on hand - 10 allocated (SO-1) - 2 on hold - 3 safety = 15
    expect(product.availability.network).toEqual({ band: 'IN_STOCK', onHand: 30, allocated: 10, onHold: 2, safetyStock: 3, available: 15, leadTimeDays: null });
    const [chi] = product.availability.branches;
    // synced 23:50, as of 23:59:59: 9 whole minutes
    expect(chi).toMatchObject({ branch: { code: 'CHI' }, stock: { band: 'IN_STOCK', available: 15 }, lastSyncedAt: '2026-11-01T23:50:00.000Z', syncAgeMinutes: 9, syncStale: false });
    expect(chi.atp).toEqual([
      { date: '2026-11-01', receipts: 0, demand: 0, projectedAvailable: 15, atp: 5, cumulativeAtp: 5 },
      { date: '2026-11-10', receipts: 40, demand: 0, projectedAvailable: 55, atp: 0, cumulativeAtp: 5 },
      { date: '2026-11-12', receipts: 0, demand: 50, projectedAvailable: 5, atp: 0, cumulativeAtp: 5 },
      { date: '2026-11-20', receipts: 25, demand: 0, projectedAvailable: 30, atp: 25, cumulativeAtp: 30 },
      { date: '2026-11-29', receipts: 0, demand: 0, projectedAvailable: 30, atp: 0, cumulativeAtp: 30 },
    ]);
  });

  it('shows an anonymous visitor bands only: no quantities, no ATP, the lead time when out of stock', async () => {
    const bands = async (sku: string) => (await ask(AVAILABILITY, { sku }, ANONYMOUS)).product.availability;
    const vlv1 = await bands('VLV-1');
    expect(vlv1.disclosure).toBe('BANDED');
    // 15 available, threshold 10
    expect(vlv1.network).toEqual({ band: 'IN_STOCK', onHand: null, allocated: null, onHold: null, safetyStock: null, available: null, leadTimeDays: null });
    expect(vlv1.branches[0].atp).toEqual([]);
    // 8 available: above 0, below 10
    expect((await bands('VLV-2')).network.band).toBe('LOW_STOCK');
    // no stock anywhere: out, with SUP-B's 30-day lead time
    expect((await bands('VLV-3')).network).toMatchObject({ band: 'OUT_OF_STOCK', available: null, leadTimeDays: 30 });
  });

  it('refuses a horizon beyond a year, naming the argument', async () => {
    const response = await graph.as(buyer('ACCT-1')).post(AVAILABILITY, { sku: 'VLV-1', horizon: 400 });
    expect(response.errors?.[0]?.message).toBe('Argument "horizonDays" must be a whole number of days from 0 to 365, got 400');
  });
});

const PROMISE = `query($sku: ID!, $quantity: Int!) { product(sku: $sku) { promise(quantity: $quantity, branchCode: "CHI") {
  quantity availableNow deliveryDate { p50 p90 }
  parts { kind quantity purchaseOrderId lineNumber eta supplierId arrivalDate { p50 p90 } shipDate { p50 p90 } deliveryDate { p50 p90 } }
  reasons { code message }
  options { kind shipments { quantity branch { code } shipDate { p50 p90 } deliveryDate { p50 p90 } } } } } }`;

describe('promise', () => {
  // Staff, who are told the purchase orders and suppliers (what others are told: storefront-disclosure.e2e.test.ts).
  it('dates 40 units from stock, the inbound line other orders left free, and the supplier lead time, at P50 and P90', async () => {
    const { product } = await ask(PROMISE, { sku: 'VLV-1', quantity: 40 }, TEST_STAFF);
    const promise = product.promise;
    // Stock: today's cumulative ATP 5 (SO-2 claims the other 10 of 15, and all 40 of PO-1).
    // Picked from 23:59 on 11-01: +2 h (P50) and +6 h (P90) end before the 15:00 cut-off of 11-02.
    // Transit 2 days (CHI's median).
    expect(promise.availableNow).toBe(5);
    expect(promise.parts).toEqual([
      { kind: 'STOCK', quantity: 5, purchaseOrderId: null, lineNumber: null, eta: null, supplierId: null, arrivalDate: null,
        shipDate: { p50: '2026-11-02', p90: '2026-11-02' }, deliveryDate: { p50: '2026-11-04', p90: '2026-11-04' } },
      // PO-2: 25 free on 11-20 (discrete ATP). SUP-B is judged by the pool: +2 days (P50), +10 (P90).
      { kind: 'INBOUND', quantity: 25, purchaseOrderId: 'PO-2', lineNumber: 1, eta: '2026-11-20', supplierId: 'SUP-B',
        arrivalDate: { p50: '2026-11-22', p90: '2026-11-30' },
        shipDate: { p50: '2026-11-22', p90: '2026-11-30' }, deliveryDate: { p50: '2026-11-24', p90: '2026-12-02' } },
      // The last 10 are ordered from SUP-A today: 14 days -> 11-15.
      { kind: 'LEAD_TIME', quantity: 10, purchaseOrderId: null, lineNumber: null, eta: null, supplierId: 'SUP-A',
        arrivalDate: { p50: '2026-11-15', p90: '2026-11-15' },
        shipDate: { p50: '2026-11-15', p90: '2026-11-15' }, deliveryDate: { p50: '2026-11-17', p90: '2026-11-17' } },
    ]);
    expect(promise.deliveryDate).toEqual({ p50: '2026-11-24', p90: '2026-12-02' });
    expect(promise.reasons.map((r: any) => r.code)).toEqual(['IN_STOCK', 'POOLED_SUPPLIER_HISTORY', 'INBOUND_SUPPLY', 'SUPPLIER_LEAD_TIME', 'PICK_PACK', 'TRANSIT']);
    expect(promise.reasons.find((r: any) => r.code === 'POOLED_SUPPLIER_HISTORY').message).toContain('SUP-B has only 2 deliveries on record');
  });

  it('offers to ship complete with the last part, or split as each part is ready', async () => {
    const { product } = await ask(PROMISE, { sku: 'VLV-1', quantity: 40 }, buyer('ACCT-1'));
    const chi = { code: 'CHI' };
    expect(product.promise.options).toEqual([
      { kind: 'COMPLETE', shipments: [{ quantity: 40, branch: chi, shipDate: { p50: '2026-11-22', p90: '2026-11-30' }, deliveryDate: { p50: '2026-11-24', p90: '2026-12-02' } }] },
      { kind: 'SPLIT', shipments: [
        { quantity: 5, branch: chi, shipDate: { p50: '2026-11-02', p90: '2026-11-02' }, deliveryDate: { p50: '2026-11-04', p90: '2026-11-04' } },
        { quantity: 25, branch: chi, shipDate: { p50: '2026-11-22', p90: '2026-11-30' }, deliveryDate: { p50: '2026-11-24', p90: '2026-12-02' } },
        { quantity: 10, branch: chi, shipDate: { p50: '2026-11-15', p90: '2026-11-15' }, deliveryDate: { p50: '2026-11-17', p90: '2026-11-17' } },
      ] },
    ]);
  });

  it('ships what stock covers now, complete only, and hides the stock figure from an anonymous visitor', async () => {
    const { product } = await ask(PROMISE, { sku: 'VLV-1', quantity: 5 }, ANONYMOUS);
    expect(product.promise).toMatchObject({ availableNow: null, deliveryDate: { p50: '2026-11-04', p90: '2026-11-04' } });
    expect(product.promise.options.map((o: any) => o.kind)).toEqual(['COMPLETE']);
  });

  it('refuses an unknown branch and a quantity below 1, naming the argument', async () => {
    const unknown = await graph.as(ANONYMOUS).post(`{ product(sku: "VLV-1") { promise(quantity: 1, branchCode: "XXX") { quantity } } }`);
    expect(unknown.errors?.[0]?.message).toBe('Argument "branchCode" names no branch: "XXX" (branches: CHI)');
    const zero = await graph.as(ANONYMOUS).post(PROMISE, { sku: 'VLV-1', quantity: 0 });
    expect(zero.errors?.[0]?.message).toBe('Argument "quantity" must be a whole number of at least 1, got 0');
  });
});

const OFFER = `query($sku: ID!, $quantity: Int!) { product(sku: $sku) { offer(quantity: $quantity) {
  quantity unitPrice { amount currencyCode } extendedPrice { amount } priceSource breakMinQuantity nextBreak { minQuantity unitPrice { amount } }
  quantityRules { minOrderQuantity orderIncrement valid violations { code message nearestValid } }
  account { accountId paymentTerms { code netDays } creditHeadroom { amount } wouldHoldCredit creditHoldReasons { code message } } } } }`;

describe('offer: net price, quantity rules, terms and credit for the caller\'s account', () => {
  const offer = async (quantity: number, caller: Principal) => (await ask(OFFER, { sku: 'VLV-1', quantity }, caller)).product.offer;

  it('prices at the quantity break reached: price list below the contract break, contract from it', async () => {
    // 10: price list break 1 -> 48.00; next cheaper: 20 at 45.00
    expect(await offer(10, buyer('ACCT-1'))).toMatchObject({
      unitPrice: { amount: '48.00', currencyCode: 'USD' }, extendedPrice: { amount: '480.00' }, priceSource: 'PRICE_LIST', breakMinQuantity: 1,
      nextBreak: { minQuantity: 20, unitPrice: { amount: '45.00' } },
    });
    // 25: break 20 -> 45.00 x 25 = 1,125.00; next: 40 on the contract at 40.00
    expect(await offer(25, buyer('ACCT-1'))).toMatchObject({
      unitPrice: { amount: '45.00' }, extendedPrice: { amount: '1125.00' }, priceSource: 'PRICE_LIST', breakMinQuantity: 20,
      nextBreak: { minQuantity: 40, unitPrice: { amount: '40.00' } },
    });
    // 40: contract 40.00 x 40 = 1,600.00; 50 on the price list (42.00) is dearer: no next break
    expect(await offer(40, buyer('ACCT-1'))).toMatchObject({
      unitPrice: { amount: '40.00' }, extendedPrice: { amount: '1600.00' }, priceSource: 'CONTRACT', breakMinQuantity: 40, nextBreak: null,
    });
    // Another account on the same list has no contract: 40 at the price list's 45.00
    expect(await offer(40, buyer('ACCT-3'))).toMatchObject({ unitPrice: { amount: '45.00' }, priceSource: 'PRICE_LIST' });
    // An anonymous visitor sees the list price and no account
    expect(await offer(40, ANONYMOUS)).toMatchObject({ unitPrice: { amount: '50.00' }, priceSource: 'LIST', breakMinQuantity: null, account: null });
  });

  it('checks the minimum and the increment, naming the nearest valid quantities', async () => {
    expect((await offer(12, buyer('ACCT-1'))).quantityRules).toEqual({
      minOrderQuantity: 10, orderIncrement: 5, valid: false,
      violations: [{ code: 'NOT_A_MULTIPLE', message: expect.stringContaining('12'), nearestValid: [10, 15] }],
    });
    expect((await offer(5, buyer('ACCT-1'))).quantityRules.violations.map((v: any) => v.code)).toEqual(['BELOW_MINIMUM']);
    expect((await offer(15, buyer('ACCT-1'))).quantityRules).toMatchObject({ valid: true, violations: [] });
  });

  it('gives the terms and credit headroom, and whether an order of this value would go on credit hold', async () => {
    // ACCT-1: 5,000.00 - 1,000.00 open = 4,000.00; 40 x 40.00 = 1,600.00 releases
    expect((await offer(40, buyer('ACCT-1'))).account).toEqual({
      accountId: 'ACCT-1', paymentTerms: { code: 'NET30', netDays: 30 }, creditHeadroom: { amount: '4000.00' }, wouldHoldCredit: false, creditHoldReasons: [],
    });
    // 150 x 40.00 = 6,000.00 > 4,000.00
    expect((await offer(150, buyer('ACCT-1'))).account.creditHoldReasons.map((r: any) => r.code)).toEqual(['OVER_CREDIT_LIMIT']);
    // ACCT-2: INV-2 47 days past due holds even a small order; headroom 1,000.00 - 900.00 = 100.00
    const acct2 = (await offer(10, buyer('ACCT-2'))).account;
    expect(acct2).toMatchObject({ accountId: 'ACCT-2', creditHeadroom: { amount: '100.00' }, wouldHoldCredit: true });
    expect(acct2.creditHoldReasons.map((r: any) => r.code)).toEqual(['OVER_CREDIT_LIMIT', 'PAST_DUE_INVOICES']);
  });
});

const SUBSTITUTES = `query { product(sku: "VLV-1") { substitutes { sku availability(branchCode: "CHI") { network { band available } } offer(quantity: 4) { unitPrice { amount } } } } }`;

describe('substitutes', () => {
  it('come from the PIM with their own availability and price', async () => {
    const { product } = await ask(SUBSTITUTES, {}, buyer('ACCT-1'));
    // VLV-2: 8 available; list 55.00 (no price list price)
    expect(product.substitutes).toEqual([{ sku: 'VLV-2', availability: { network: { band: 'LOW_STOCK', available: 8 } }, offer: { unitPrice: { amount: '55.00' } } }]);
  });

  it('are withheld from a buyer whose account refuses substitutions', async () => {
    expect((await ask(SUBSTITUTES, {}, buyer('ACCT-2'))).product.substitutes).toEqual([]);
  });
});
