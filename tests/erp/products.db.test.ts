import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../lib/identity.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { queryData, queryError, startErpFixture } from './erp-fixture.ts';

let erp: Awaited<ReturnType<typeof startErpFixture>>;
beforeAll(async () => {
  erp = await startErpFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const PRODUCT_ENTITIES = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Product {
        sku
        itemMaster {
          description unitOfMeasure family velocityTier active minOrderQuantity orderIncrement
          standardCost { amount currencyCode minorUnits }
          listPrice { amount }
          primarySupplier { id name }
        }
        inventory { branch { code } onHand onHold safetyStock available syncAgeMinutes lastSyncedAt }
        networkOnHand networkOnHold networkSafetyStock
        inboundSupply { purchaseOrder { id } lineNumber orderedQuantity receivedQuantity openQuantity currentEta unitCost { amount } }
      }
    }
  }`;

const products = (...skus: string[]) => skus.map((sku) => ({ __typename: 'Product', sku }));

describe('Product entity', () => {
  it('resolves a SKU the ERP carries, with its item, stock and inbound supply', async () => {
    const data = await queryData(erp.url, PRODUCT_ENTITIES, { representations: products('BRG-6204') });
    const [product] = data._entities;
    expect(product.itemMaster).toEqual({
      description: 'Ball bearing 6204-2RS',
      unitOfMeasure: 'EA',
      family: 'bearings',
      velocityTier: 'A',
      active: true,
      minOrderQuantity: 1,
      orderIncrement: 1,
      standardCost: { amount: '2.50', currencyCode: 'USD', minorUnits: '250' },
      listPrice: { amount: '4.99' },
      primarySupplier: { id: 'SUP-001', name: 'Timken Supply' },
    });
    expect(product.inventory).toEqual([
      // CHI: 40 - 2 - 5 = 33 free; synced 23:00:00, as of 23:59:59 -> 59 minutes
      { branch: { code: 'CHI' }, onHand: 40, onHold: 2, safetyStock: 5, available: 33, syncAgeMinutes: 59, lastSyncedAt: '2026-11-01T23:00:00.000Z' },
      // DAL: 15 - 1 - 3 = 11 free; synced 21:30:00 -> 149 minutes
      { branch: { code: 'DAL' }, onHand: 15, onHold: 1, safetyStock: 3, available: 11, syncAgeMinutes: 149, lastSyncedAt: '2026-11-01T21:30:00.000Z' },
    ]);
    // on hand 40 + 15 = 55; on hold 2 + 1 = 3; safety stock 5 + 3 = 8
    expect([product.networkOnHand, product.networkOnHold, product.networkSafetyStock]).toEqual([55, 3, 8]);
    // Open lines only, soonest ETA first: PO-000002 (ETA 11-05, 50 - 0 = 50 open) then PO-000001 (ETA 11-10, 100 - 60 = 40).
    expect(product.inboundSupply).toEqual([
      { purchaseOrder: { id: 'PO-000002' }, lineNumber: 1, orderedQuantity: 50, receivedQuantity: 0, openQuantity: 50, currentEta: '2026-11-05', unitCost: { amount: '2.45' } },
      { purchaseOrder: { id: 'PO-000001' }, lineNumber: 1, orderedQuantity: 100, receivedQuantity: 60, openQuantity: 40, currentEta: '2026-11-10', unitCost: { amount: '2.40' } },
    ]);
  });

  it('gives exact stock figures to a buyer, and only the branches and sync age to an anonymous caller', async () => {
    const stock = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product {
      inventory { branch { code } onHand onHold safetyStock available syncAgeMinutes } networkOnHand networkOnHold networkSafetyStock } } }`;
    const buyer = await queryData(erp.url, stock, { r: products('BRG-6204') }, testBuyer('ACCT-0001'));
    expect(buyer._entities).toEqual([{
      inventory: [
        { branch: { code: 'CHI' }, onHand: 40, onHold: 2, safetyStock: 5, available: 33, syncAgeMinutes: 59 },
        { branch: { code: 'DAL' }, onHand: 15, onHold: 1, safetyStock: 3, available: 11, syncAgeMinutes: 149 },
      ],
      networkOnHand: 55, networkOnHold: 3, networkSafetyStock: 8,
    }]);
    const anonymous = await queryData(erp.url, stock, { r: products('BRG-6204') }, ANONYMOUS);
    const withheld = { onHand: null, onHold: null, safetyStock: null, available: null };
    expect(anonymous._entities).toEqual([{
      inventory: [{ branch: { code: 'CHI' }, ...withheld, syncAgeMinutes: 59 }, { branch: { code: 'DAL' }, ...withheld, syncAgeMinutes: 149 }],
      networkOnHand: null, networkOnHold: null, networkSafetyStock: null,
    }]);
  });

  it('filters inventory by branch and allows negative free stock', async () => {
    const data = await queryData(
      erp.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { inventory(branchCode: "CHI") { branch { code } available } } } }`,
      { r: products('BRG-6204', 'FAS-1001') },
    );
    // FAS-1001 at CHI: 10 - 4 - 8 = -2
    expect(data._entities).toEqual([
      { inventory: [{ branch: { code: 'CHI' }, available: 33 }] },
      { inventory: [{ branch: { code: 'CHI' }, available: -2 }] },
    ]);
  });

  it('leaves out cancelled purchase orders and fully received lines', async () => {
    const data = await queryData(erp.url, PRODUCT_ENTITIES, { representations: products('FAS-1001', 'VAL-2001') });
    // FAS-1001's only line is on cancelled PO-000003; VAL-2001's line received 20 of 20.
    expect(data._entities.map((product: any) => product.inboundSupply)).toEqual([[], []]);
    // VAL-2001 is carried but stocked nowhere: totals are 0, not null.
    expect(data._entities[1]).toMatchObject({ inventory: [], networkOnHand: 0, networkOnHold: 0, networkSafetyStock: 0 });
    expect(data._entities[1].itemMaster).toMatchObject({ velocityTier: 'C', active: false });
  });

  it('answers for a SKU the ERP does not carry: no item, no stock, totals 0', async () => {
    const data = await queryData(erp.url, PRODUCT_ENTITIES, { representations: products('NOPE-0000') });
    expect(data._entities).toEqual([
      { sku: 'NOPE-0000', itemMaster: null, inventory: [], networkOnHand: 0, networkOnHold: 0, networkSafetyStock: 0, inboundSupply: [] },
    ]);
  });

  it('serves the demand forecast for weeks starting within the range, by week then lag', async () => {
    const data = await queryData(
      erp.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product {
          demandForecast(fromWeek: "2026-11-02", toWeek: "2026-11-09") { weekStart lagWeeks forecastQuantity } } } }`,
      { r: products('BRG-6204') },
    );
    // The 2026-11-16 week is after toWeek and left out.
    expect(data._entities[0].demandForecast).toEqual([
      { weekStart: '2026-11-02', lagWeeks: 1, forecastQuantity: 30 },
      { weekStart: '2026-11-02', lagWeeks: 4, forecastQuantity: 28 },
      { weekStart: '2026-11-09', lagWeeks: 1, forecastQuantity: 32 },
    ]);
  });

  it('refuses a forecast range whose fromWeek is after toWeek, naming fromWeek', async () => {
    const error = await queryError(
      erp.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product {
          demandForecast(fromWeek: "2026-11-09", toWeek: "2026-11-02") { weekStart } } } }`,
      { r: products('BRG-6204') },
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('fromWeek');
  });

  it('serves a purchase order line\'s receipts and its product reference', async () => {
    const data = await queryData(
      erp.url,
      `{ purchaseOrder(id: "PO-000001") { status supplier { id } branch { code } orderedAt
          lines { lineNumber product { sku } openQuantity supplierCommitDate currentEta receipts { id quantity receivedAt } } } }`,
    );
    expect(data.purchaseOrder).toEqual({
      status: 'PARTIALLY_RECEIVED',
      supplier: { id: 'SUP-001' },
      branch: { code: 'CHI' },
      orderedAt: '2026-10-01T09:00:00.000Z',
      lines: [
        {
          lineNumber: 1, product: { sku: 'BRG-6204' }, openQuantity: 40, supplierCommitDate: '2026-10-20', currentEta: '2026-11-10',
          // 40 + 20 = 60 received, oldest first
          receipts: [
            { id: 'RCV-1', quantity: 40, receivedAt: '2026-10-18T14:00:00.000Z' },
            { id: 'RCV-2', quantity: 20, receivedAt: '2026-10-22T10:00:00.000Z' },
          ],
        },
        {
          lineNumber: 2, product: { sku: 'VAL-2001' }, openQuantity: 0, supplierCommitDate: '2026-10-20', currentEta: null,
          receipts: [{ id: 'RCV-3', quantity: 20, receivedAt: '2026-10-19T11:00:00.000Z' }],
        },
      ],
    });
  });
});
