/**
 * What StockFigures (stock-disclosure.graphql) answers for VLV-1 at CHI, 40 units, worked by hand
 * from tests/e2e/storefront.fixture.ts: exact for a caller who sees exact stock, banded otherwise.
 */
export const VLV1_FIGURES = { sku: 'VLV-1', quantity: 40, branch: 'CHI' };

const nullStock = { onHand: null, allocated: null, onHold: null, safetyStock: null, available: null };
// Both readings promise the same dates: 5 from stock (delivered 11-04), 25 on PO-2 (11-24 / 12-02), 10 at SUP-A's lead time (11-17).
const deliveryDate = { p50: '2026-11-24', p90: '2026-12-02' };

export const EXACT_VLV1 = {
  product: {
    // CHI: on hand 30, on hold 2, safety stock 3; SO-1 holds 10 allocated (SO-2 none)
    networkOnHand: 30, networkOnHold: 2, networkSafetyStock: 3, allocatedQuantity: 10,
    // 30 - 10 - 2 - 3
    availableQuantity: 15,
    // the ERP's free stock is before allocations: 30 - 2 - 3 = 25; synced 23:50, as of 23:59:59
    inventory: [{ branch: { code: 'CHI' }, onHand: 30, onHold: 2, safetyStock: 3, available: 25, syncAgeMinutes: 9 }],
    availability: {
      disclosure: 'EXACT',
      network: { band: 'IN_STOCK', onHand: 30, allocated: 10, onHold: 2, safetyStock: 3, available: 15 },
      branches: [{
        stock: { band: 'IN_STOCK', onHand: 30, allocated: 10, onHold: 2, safetyStock: 3, available: 15 },
        atp: ['2026-11-01', '2026-11-10', '2026-11-12', '2026-11-20', '2026-11-29'].map((date) => ({ date })),
      }],
    },
    promise: {
      // today's cumulative ATP: SO-2 claims 10 of the 15
      availableNow: 5,
      deliveryDate,
      parts: [{ kind: 'STOCK', quantity: 5 }, { kind: 'INBOUND', quantity: 25 }, { kind: 'LEAD_TIME', quantity: 10 }],
      options: [
        { kind: 'COMPLETE', shipments: [{ quantity: 40 }] },
        { kind: 'SPLIT', shipments: [{ quantity: 5 }, { quantity: 25 }, { quantity: 10 }] },
      ],
    },
  },
};

export const BANDED_VLV1 = {
  product: {
    networkOnHand: null, networkOnHold: null, networkSafetyStock: null, allocatedQuantity: null, availableQuantity: null,
    // which branch holds it and how old the figures are stay public
    inventory: [{ branch: { code: 'CHI' }, onHand: null, onHold: null, safetyStock: null, available: null, syncAgeMinutes: 9 }],
    availability: {
      disclosure: 'BANDED',
      // 15 available, threshold 10
      network: { band: 'IN_STOCK', ...nullStock },
      branches: [{ stock: { band: 'IN_STOCK', ...nullStock }, atp: [] }],
    },
    promise: {
      availableNow: null,
      deliveryDate,
      parts: [{ kind: 'STOCK', quantity: null }, { kind: 'INBOUND', quantity: null }, { kind: 'LEAD_TIME', quantity: null }],
      // shipping complete sends the 40 asked for; the split's units would tell the stock free now
      options: [
        { kind: 'COMPLETE', shipments: [{ quantity: 40 }] },
        { kind: 'SPLIT', shipments: [{ quantity: null }, { quantity: null }, { quantity: null }] },
      ],
    },
  },
};
