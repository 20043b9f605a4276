import { beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES } from '../../seed/catalog/families.ts';
import { PINNED_AS_OF, RATES, VOLUMES, scaledVolumes } from '../../seed/config.ts';
import { generateDataset, type Dataset } from '../../seed/dataset.ts';

const SCALE = 0.02;
let small: Dataset;
let double: Dataset;

beforeAll(() => {
  small = generateDataset({ seed: 11, scale: SCALE, asOf: PINNED_AS_OF });
  double = generateDataset({ seed: 11, scale: SCALE * 2, asOf: PINNED_AS_OF });
});

describe('volumes follow the scale', () => {
  it('scales master data with sqrt(scale), exactly as configured', () => {
    // sqrt(0.02) = 0.1414: 2,200 SKUs -> 311, 330 accounts -> 47, 44 suppliers -> 6, floored at 12.
    const expected = scaledVolumes(SCALE, FAMILIES.length);
    expect(expected).toMatchObject({ skus: 311, accounts: 47, suppliers: 12, habituallyLateSuppliers: 1 });
    expect(small.pim.products).toHaveLength(expected.skus);
    expect(small.erp.items).toHaveLength(expected.skus);
    expect(small.erp.customer_accounts).toHaveLength(expected.accounts);
    expect(small.erp.suppliers).toHaveLength(expected.suppliers);
    expect(small.erp.branches).toHaveLength(6);
    expect(new Set(small.pim.products.map((product) => product.family_code)).size).toBe(FAMILIES.length);
  });

  it('scales orders and quotes linearly, near the expectation computed from the config', () => {
    // Direct orders 51,500 x 0.02 = 1,030, plus quotes 14,000 x 0.02 = 280 converting at ~27% = ~76.
    const conversion = (RATES.quotes.conversion.self_serve + RATES.quotes.conversion.assisted) / 2;
    const expectedOrders = (VOLUMES.directOrders + VOLUMES.quotes * conversion) * SCALE;
    expect(small.oms.orders.length).toBeGreaterThan(expectedOrders * 0.9);
    expect(small.oms.orders.length).toBeLessThan(expectedOrders * 1.1);
    expect(small.oms.quotes.length).toBeGreaterThan(VOLUMES.quotes * SCALE * 0.85);
    expect(small.oms.quotes.length).toBeLessThan(VOLUMES.quotes * SCALE * 1.15);
    const linesPerOrder = small.oms.order_lines.length / small.oms.orders.length;
    expect(linesPerOrder).toBeGreaterThan(3.5);
    expect(linesPerOrder).toBeLessThan(5.5);
  });

  it('roughly doubles transactional volume when the scale doubles', () => {
    for (const table of ['orders', 'order_lines', 'quotes', 'shipments'] as const) {
      const ratio = double.oms[table].length / small.oms[table].length;
      expect(ratio, table).toBeGreaterThan(1.8);
      expect(ratio, table).toBeLessThan(2.2);
    }
    expect(double.erp.invoices.length / small.erp.invoices.length).toBeGreaterThan(1.7);
  });

  it('covers the 52 weeks of history with forecasts for every sellable SKU, lag 1', () => {
    const sellable = small.erp.items.filter((item) => item.active).length;
    expect(small.erp.demand_forecasts).toHaveLength(sellable * 53);
    expect(small.erp.demand_forecasts[0]).toMatchObject({ week_start: '2025-11-03', lag_weeks: 1 });
    expect(new Set(small.erp.demand_forecasts.map((row) => row.week_start)).size).toBe(53);
  });
});
