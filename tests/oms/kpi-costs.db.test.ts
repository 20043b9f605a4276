import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmsUnderTest } from './harness.ts';
import { kpiPeriod, line, order, periodQuery, returnOf, shipment, startOmsWithKpis } from './kpi-builders.ts';

/**
 * Cost and stock-position KPIs. Orders placed in W42 (ACCT-A net 30, ACCT-B net 60):
 *   SO-1 A portal  L1 10 x $10 shipped; L2 4 x $25, 2 shipped, 2 cancelled (short ship)
 *                  SH-1a CHI freight $12; SH-1b CHI (re-ship) freight $8, expedite $30; RMA-1 cost $18
 *   SO-2 B edi     L1 20 x $5 shipped; SH-2a DAL freight $15; SH-2b CHI freight $7 (another branch: not a re-ship)
 *   SO-3 B portal  cancelled by the customer: 5 x $10 cancelled, nothing shipped
 * SO-4 (W41) and SO-5/SO-6 (W30) are outside W42; SO-5 holds open allocations, SO-6 (delivered) a stale one.
 */
const at = (day: string, time = '00:00') => `2026-10-${day}T${time}:00Z`;
const sent = (id: string, orderId: string, branch: string, freight: number, extra: Record<string, unknown> = {}) =>
  shipment(id, orderId, at('13', '17:00'), { branch_code: branch, shipped_at: at('13', '18:00'), freight_cost_minor: freight, ...extra });

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOmsWithKpis({
    orders: [
      order('SO-1', 'ACCT-A', 'portal', at('12', '09:00'), 'delivered'),
      order('SO-2', 'ACCT-B', 'edi', at('12', '09:00'), 'shipped'),
      order('SO-3', 'ACCT-B', 'portal', at('12', '09:00'), 'cancelled', { cancelled_by: 'customer' }),
      order('SO-4', 'ACCT-A', 'portal', at('06', '09:00'), 'delivered'),
      order('SO-5', 'ACCT-A', 'portal', '2026-07-21T09:00:00Z', 'allocated'),
      order('SO-6', 'ACCT-A', 'portal', '2026-07-21T09:00:00Z', 'delivered'),
    ],
    lines: [
      line('SO-1', 1, 'SKU-1', 10, 10), line('SO-1', 2, 'SKU-2', 4, 2, { cancelled_quantity: 2, unit_price_minor: 2500 }),
      line('SO-2', 1, 'SKU-1', 20, 20, { unit_price_minor: 500 }),
      line('SO-3', 1, 'SKU-1', 5, 0, { cancelled_quantity: 5 }),
      line('SO-4', 1, 'SKU-1', 1, 1, { unit_price_minor: 99900 }),
      line('SO-5', 1, 'SKU-1', 6, 0, { allocated_quantity: 6 }), line('SO-5', 2, 'SKU-2', 4, 0, { allocated_quantity: 4, sourcing_branch_code: 'DAL' }),
      line('SO-6', 1, 'SKU-1', 9, 9, { allocated_quantity: 9 }),
    ],
    shipments: [
      sent('SH-1a', 'SO-1', 'CHI', 1200),
      sent('SH-1b', 'SO-1', 'CHI', 800, { ship_by: at('16', '17:00'), expedited: true, expedite_cost_minor: 3000 }),
      sent('SH-2a', 'SO-2', 'DAL', 1500),
      sent('SH-2b', 'SO-2', 'CHI', 700),
      sent('SH-4', 'SO-4', 'CHI', 9900, { ship_by: at('07', '17:00') }),
    ],
    returns: [returnOf('RMA-1', 'SO-1', 1, 'not_needed', at('15'), { cost_minor: 1800 })],
  });
});
afterAll(async () => {
  await oms?.close();
});

const ERP_INPUTS = {
  accountProfiles: [
    { accountId: 'ACCT-A', segment: 'CONTRACTOR', paymentTermsDays: 30 },
    { accountId: 'ACCT-B', segment: 'MRO', paymentTermsDays: 60 },
  ],
  priceLeakage: { minorUnits: '1234', currencyCode: 'USD' },
  inventorySnapshot: [
    { sku: 'SKU-1', branchCode: 'CHI', onHand: 50, onHold: 2, safetyStock: 6 },
    { sku: 'SKU-1', branchCode: 'DAL', onHand: 20, onHold: 0, safetyStock: 5 },
    { sku: 'SKU-3', branchCode: 'CHI', onHand: 10, onHold: 1, safetyStock: 0 },
  ],
};
async function kpi(selection: string, fromWeek = '2026-W42', toWeek = fromWeek, variables: Record<string, unknown> = {}, declared = '') {
  const { _entities } = await oms.query(periodQuery(selection, declared), { r: [kpiPeriod(fromWeek, toWeek, ERP_INPUTS)], ...variables });
  return _entities[0];
}
const amounts = (row: Record<string, any>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v?.amount ?? v]));

describe('money KPIs over the orders placed in W42 (SO-1, SO-2, SO-3)', () => {
  it('marginLeakage adds expedite, short ship, returns and the ERP\'s price leakage', async () => {
    const { marginLeakage: m } = await kpi('marginLeakage { expedite { amount } shortShip { amount } returns { amount } price { amount } total { amount } percentOfRevenue { kpi value numerator denominator } }');
    // expedite SH-1b $30; short ship 2 x $25 credited + SH-1b re-ship freight $8 = $58 (SO-3's
    // cancellation is not a short ship); returns RMA-1 $18; price $12.34 -> $118.34
    expect(amounts(m)).toMatchObject({ expedite: '30.00', shortShip: '58.00', returns: '18.00', price: '12.34', total: '118.34' });
    // revenue = shipped value: SO-1 10 x $10 + 2 x $25 = $150, SO-2 20 x $5 = $100 -> 118.34 / 250 = 47.336%
    expect(m.percentOfRevenue).toEqual({ kpi: 'margin_leakage_percent', value: '47.3360', numerator: '118.3400', denominator: '250.0000' });
  });

  it('fulfilmentCostTotals gives the ERP freight, expedite, pick/pack, returns and short ship', async () => {
    const { fulfilmentCostTotals: f } = await kpi('fulfilmentCostTotals { outboundFreight { amount } expedite { amount } pickPack { amount } returns { amount } shortShip { amount } }');
    // freight 12 + 8 + 15 + 7 = $42; pick/pack: 3 lines picked x $1.50 + 4 shipments x $4.00 = $20.50
    expect(amounts(f)).toEqual({ outboundFreight: '42.00', expedite: '30.00', pickPack: '20.50', returns: '18.00', shortShip: '58.00' });
  });

  const COST = `costToServe(by: $by, first: $first) { dimension dimensionValue orders revenue { amount } picking { amount } handling { amount }
    freight { amount } expeditePremium { amount } returnsHandling { amount } paymentTermsCarrying { amount } total { amount } perOrder { amount }
    percentOfRevenue { value numerator denominator dimension dimensionValue } }`;
  const cost = (by: string, first?: number) => kpi(COST, '2026-W42', '2026-W42', { by, first }, ', $by: CostToServeDimension!, $first: Int');

  it('costToServe by account prices each activity at the configured rates, most expensive first', async () => {
    const { costToServe } = await cost('ACCOUNT');
    expect(costToServe.map(amounts)).toEqual([
      // A: 2 lines x $1.50; 2 shipments x $4; freight $20; expedite $30; 1 return x $25;
      // carrying $150 x 30 / 365 x 8% = $0.986 -> $0.99. Total $86.99 over 1 order.
      { dimension: 'account', dimensionValue: 'ACCT-A', orders: 1, revenue: '150.00', picking: '3.00', handling: '8.00', freight: '20.00',
        expeditePremium: '30.00', returnsHandling: '25.00', paymentTermsCarrying: '0.99', total: '86.99', perOrder: '86.99',
        percentOfRevenue: { value: '57.9933', numerator: '86.9900', denominator: '150.0000', dimension: 'account', dimensionValue: 'ACCT-A' } },
      // B: SO-2 1 line, 2 shipments, freight $22, carrying $100 x 60 / 365 x 8% = $1.315 -> $1.32; SO-3 costs
      // nothing. Total 1.50 + 8 + 22 + 1.32 = $32.82 over 2 orders -> $16.41
      { dimension: 'account', dimensionValue: 'ACCT-B', orders: 2, revenue: '100.00', picking: '1.50', handling: '8.00', freight: '22.00',
        expeditePremium: '0.00', returnsHandling: '0.00', paymentTermsCarrying: '1.32', total: '32.82', perOrder: '16.41',
        percentOfRevenue: { value: '32.8200', numerator: '32.8200', denominator: '100.0000', dimension: 'account', dimensionValue: 'ACCT-B' } },
    ]);
  });

  it('costToServe by order type (channel), first n', async () => {
    const { costToServe } = await cost('ORDER_TYPE', 1);
    // portal: SO-1 $86.99 + SO-3 $0 over 2 orders -> $43.495, rounded half up to $43.50; edi ($32.82) cut by first: 1
    expect(costToServe.map((row: any) => [row.dimension, row.dimensionValue, row.orders, row.total.amount, row.perOrder.amount])).toEqual([
      ['order_type', 'portal', 2, '86.99', '43.50'],
    ]);
  });

  it('costToServe refuses a first over 200, naming it', async () => {
    const error = await oms.error(periodQuery(COST, ', $by: CostToServeDimension!, $first: Int'), { r: [kpiPeriod('2026-W42', '2026-W42', ERP_INPUTS)], by: 'ACCOUNT', first: 500 });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});

describe('onHandVsAtpVariance of the current positions', () => {
  it('compares on hand with ATP per position and flags storefront mismatches, by branch', async () => {
    const SELECTION = 'onHandVsAtpVariance(by: BRANCH) { onHand availableToPromise variance positions storefrontMismatch { kpi value numerator denominator } byBranch { branchCode onHand availableToPromise variance positions storefrontMismatch { value numerator denominator dimension dimensionValue } } }';
    const { onHandVsAtpVariance: v } = await kpi(SELECTION);
    // Open allocations: SO-5 6 x SKU-1 at CHI, 4 x SKU-2 at DAL (SO-6's 9 are on a delivered order).
    //   SKU-1/CHI 50 on hand, ATP 44; storefront 50 - 2 - 6 = 42 = shippable 50 - 6 - 2: same
    //   SKU-1/DAL 20, ATP 20; storefront 20 - 0 - 5 = 15 vs shippable 20: differs
    //   SKU-3/CHI 10, ATP 10; storefront 9 = shippable 9: same
    //   SKU-2/DAL not in the ERP snapshot: 0 on hand, ATP -4; storefront 0 vs shippable -4: differs
    expect(v).toMatchObject({ onHand: 80, availableToPromise: 70, variance: 10, positions: 4 });
    expect(v.storefrontMismatch).toEqual({ kpi: 'storefront_availability_mismatch', value: '50.0000', numerator: '2.0000', denominator: '4.0000' });
    expect(v.byBranch).toEqual([
      { branchCode: 'CHI', onHand: 60, availableToPromise: 54, variance: 6, positions: 2,
        storefrontMismatch: { value: '0.0000', numerator: '0.0000', denominator: '2.0000', dimension: 'branch', dimensionValue: 'CHI' } },
      { branchCode: 'DAL', onHand: 20, availableToPromise: 16, variance: 4, positions: 2,
        storefrontMismatch: { value: '100.0000', numerator: '2.0000', denominator: '2.0000', dimension: 'branch', dimensionValue: 'DAL' } },
    ]);
  });
});
