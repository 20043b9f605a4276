import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmsUnderTest } from './harness.ts';
import { figures, kpiPeriod, line, MEASURE, order, periodQuery, startOmsWithKpis } from './kpi-builders.ts';

/**
 * Order-based KPIs over the orders placed in a period. Accounts: ACCT-A contractor, ACCT-B mro,
 * ACCT-C oem; unit price $10.00 throughout. Placed in 2026-W42 (Oct 12-18):
 *
 *   SO-1 A portal delivered  campaign   L1 SKU-A1 10/10; L2 SKU-B1 5/5 shipped as a substitute
 *   SO-2 A rep    shipped               L1 SKU-A1 4/4 (was backordered, then filled); L2 SKU-C1 3 of 6 (3 short)
 *   SO-3 B edi    delivered             L1 SKU-C1 2/2
 *   SO-4 B api    cancelled by customer L1 SKU-A1 7, none shipped
 *   SO-5 C portal cancelled, stockout   L1 SKU-C1 3, backordered then cancelled
 *   SO-6 C api    partially shipped     L1 SKU-B1 5 of 8, 3 on backorder          campaign
 * Earlier: SO-7 A portal 2026-10-07 (W41) SKU-A1 1/1; SO-8 B 2025-10-11 23:00 and SO-9 C
 * 2025-10-13 00:00 (the 365-day look-back from Oct 12, 2026 starts 2025-10-12 00:00).
 */
const W42 = '2026-10-13T10:00:00Z';
let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOmsWithKpis({
    campaigns: [{ code: 'CMP-1', name: 'Fall', target_segment: null, starts_on: '2026-10-01', ends_on: '2026-10-31' }],
    orders: [
      order('SO-1', 'ACCT-A', 'portal', W42, 'delivered', { campaign_code: 'CMP-1' }),
      order('SO-2', 'ACCT-A', 'rep', W42, 'shipped'),
      order('SO-3', 'ACCT-B', 'edi', W42, 'delivered'),
      order('SO-4', 'ACCT-B', 'api', W42, 'cancelled', { cancelled_by: 'customer' }),
      order('SO-5', 'ACCT-C', 'portal', W42, 'cancelled', { cancelled_by: 'supplier_stockout' }),
      order('SO-6', 'ACCT-C', 'api', W42, 'partially_shipped', { campaign_code: 'CMP-1' }),
      order('SO-7', 'ACCT-A', 'portal', '2026-10-07T10:00:00Z', 'delivered'),
      order('SO-8', 'ACCT-B', 'portal', '2025-10-11T23:00:00Z', 'delivered'),
      order('SO-9', 'ACCT-C', 'rep', '2025-10-13T00:00:00Z', 'delivered'),
    ],
    lines: [
      line('SO-1', 1, 'SKU-A1', 10, 10), line('SO-1', 2, 'SKU-B1', 5, 5, { substituted_sku: 'SKU-B9' }),
      line('SO-2', 1, 'SKU-A1', 4, 4, { backordered_since: '2026-10-13' }), line('SO-2', 2, 'SKU-C1', 6, 3, { cancelled_quantity: 3 }),
      line('SO-3', 1, 'SKU-C1', 2, 2),
      line('SO-4', 1, 'SKU-A1', 7, 0, { cancelled_quantity: 7 }),
      line('SO-5', 1, 'SKU-C1', 3, 0, { cancelled_quantity: 3, backordered_since: '2026-10-14' }),
      line('SO-6', 1, 'SKU-B1', 8, 5, { backordered_quantity: 3, backordered_since: '2026-10-15' }),
      line('SO-7', 1, 'SKU-A1', 1, 1), line('SO-8', 1, 'SKU-A1', 1, 1), line('SO-9', 1, 'SKU-A1', 1, 1),
    ],
  });
});
afterAll(async () => {
  await oms?.close();
});

const PROFILES = {
  accountProfiles: [
    { accountId: 'ACCT-A', segment: 'CONTRACTOR', paymentTermsDays: 30 },
    { accountId: 'ACCT-B', segment: 'MRO', paymentTermsDays: 30 },
    { accountId: 'ACCT-C', segment: 'OEM', paymentTermsDays: 30 },
  ],
};
const TIERS = { itemVelocityTiers: [{ sku: 'SKU-A1', velocityTier: 'A' }, { sku: 'SKU-B1', velocityTier: 'B' }, { sku: 'SKU-C1', velocityTier: 'C' }] };

async function kpi(selection: string, fromWeek = '2026-W42', toWeek = '2026-W42', variables: Record<string, unknown> = {}, declared = '') {
  const { _entities } = await oms.query(periodQuery(selection, declared), { r: [kpiPeriod(fromWeek, toWeek, { ...PROFILES, ...TIERS })], ...variables });
  return _entities[0];
}
const cut = (readings: any[]) => readings.map((r) => [r.dimensionValue, ...figures(r)]);

describe('fill rates over the settled orders placed in W42 (SO-1, SO-2, SO-3, SO-5; customer-cancelled SO-4 and open SO-6 left out)', () => {
  it('line fill = lines filled (in full, no substitute) / lines', async () => {
    // SO-1 L1 yes, L2 substitute no; SO-2 L1 yes (filled after a backorder), L2 3 of 6 no; SO-3 yes; SO-5 no -> 3 / 6
    const { lineFillRate } = await kpi(`lineFillRate { ${MEASURE} }`);
    expect(figures(lineFillRate.reading)).toEqual(['50.0000', '3.0000', '6.0000']);
    expect(lineFillRate.reading.kpi).toBe('line_fill_rate');
  });
  it('order fill = orders filled without substitution or backorder / orders', async () => {
    // only SO-3 -> 1 / 4
    const { orderFillRate } = await kpi(`orderFillRate { ${MEASURE} }`);
    expect(figures(orderFillRate.reading)).toEqual(['25.0000', '1.0000', '4.0000']);
  });
  it('unit fill = units shipped / units ordered', async () => {
    // shipped 15 + 7 + 2 + 0 = 24 of ordered 15 + 10 + 2 + 3 = 30 -> 80%
    const { unitFillRate } = await kpi(`unitFillRate { ${MEASURE} }`);
    expect(figures(unitFillRate.reading)).toEqual(['80.0000', '24.0000', '30.0000']);
  });
});

describe('cancellationRate', () => {
  const CANCELLATION = `cancellationRate(by: $by) { ${MEASURE} }`;
  const query = (by?: string) => kpi(CANCELLATION, '2026-W42', '2026-W42', { by }, ', $by: CancellationDimension');
  it('is cancelled orders / orders placed, split by initiator over all orders placed', async () => {
    const { cancellationRate } = await query('INITIATOR');
    // SO-4 (customer) + SO-5 (stockout) = 2 of 6 placed = 33.3333%
    expect(figures(cancellationRate.reading)).toEqual(['33.3333', '2.0000', '6.0000']);
    // customer 1 / 6, supplier_stockout 1 / 6: they add up to the total
    expect(cut(cancellationRate.byDimension)).toEqual([
      ['customer', '16.6667', '1.0000', '6.0000'],
      ['supplier_stockout', '16.6667', '1.0000', '6.0000'],
    ]);
    expect(cancellationRate.byDimension[0].dimension).toBe('initiator');
  });
  it('cuts by segment', async () => {
    const { cancellationRate } = await query('SEGMENT');
    // contractor SO-1, SO-2: 0 / 2; mro SO-3, SO-4: 1 / 2; oem SO-5, SO-6: 1 / 2
    expect(cut(cancellationRate.byDimension)).toEqual([
      ['contractor', '0.0000', '0.0000', '2.0000'],
      ['mro', '50.0000', '1.0000', '2.0000'],
      ['oem', '50.0000', '1.0000', '2.0000'],
    ]);
  });
  it('is null in a week without orders', async () => {
    const { cancellationRate } = await kpi(CANCELLATION, '2026-W41', '2026-W43', {}, ', $by: CancellationDimension');
    // W41: SO-7, not cancelled -> 0 / 1; W42: 2 / 6; W43: no orders -> null
    expect(cancellationRate.byWeek.map((r: any) => r.value)).toEqual(['0.0000', '33.3333', null]);
  });
});

describe('substitutionRate', () => {
  it('is lines shipped with a substitute / lines ordered, by segment', async () => {
    const { substitutionRate } = await kpi('substitutionRate(by: SEGMENT) { ' + MEASURE + ' }');
    // 8 lines on W42 orders, SO-1 L2 substituted -> 1 / 8 = 12.5%
    expect(figures(substitutionRate.reading)).toEqual(['12.5000', '1.0000', '8.0000']);
    // contractor 1 / 4; mro 0 / 2; oem 0 / 2
    expect(cut(substitutionRate.byDimension)).toEqual([
      ['contractor', '25.0000', '1.0000', '4.0000'],
      ['mro', '0.0000', '0.0000', '2.0000'],
      ['oem', '0.0000', '0.0000', '2.0000'],
    ]);
  });
});

describe('selfServeOrderPenetration', () => {
  it('is portal and API orders / orders placed; EDI and rep orders are not self-serve', async () => {
    const { selfServeOrderPenetration: s } = await kpi('selfServeOrderPenetration(by: SEGMENT) { ' + MEASURE + ' }');
    // SO-1 portal, SO-4 api, SO-5 portal, SO-6 api = 4 of 6 -> 66.6667%
    expect(figures(s.reading)).toEqual(['66.6667', '4.0000', '6.0000']);
    // contractor SO-1 of SO-1, SO-2: 1 / 2; mro SO-4 of SO-3 (edi), SO-4: 1 / 2; oem 2 / 2
    expect(cut(s.byDimension)).toEqual([
      ['contractor', '50.0000', '1.0000', '2.0000'],
      ['mro', '50.0000', '1.0000', '2.0000'],
      ['oem', '100.0000', '2.0000', '2.0000'],
    ]);
  });
});

describe('campaignInfluencedOrders', () => {
  it('is the share of orders and of booked value carrying a campaign', async () => {
    const { campaignInfluencedOrders: c } = await kpi(`campaignInfluencedOrders(by: SEGMENT) { orderShare { ${MEASURE} } revenueShare { ${MEASURE} } }`);
    // orders: SO-1, SO-6 of 6 -> 33.3333%
    expect(figures(c.orderShare.reading)).toEqual(['33.3333', '2.0000', '6.0000']);
    // booked value of orders not cancelled: SO-1 $150 + SO-2 $100 + SO-3 $20 + SO-6 $80 = $350;
    // campaign SO-1 $150 + SO-6 $80 = $230 -> 65.7143%
    expect(figures(c.revenueShare.reading)).toEqual(['65.7143', '230.0000', '350.0000']);
    // oem: SO-6 $80 of $80 (SO-5 cancelled) -> 100%
    expect(cut(c.revenueShare.byDimension).at(-1)).toEqual(['oem', '100.0000', '80.0000', '80.0000']);
  });
});

describe('repeatOrderRate', () => {
  it('counts accounts that had ordered in the 365 days before the period start', async () => {
    const { repeatOrderRate: r } = await kpi('repeatOrderRate(by: SEGMENT) { ' + MEASURE + ' }');
    // W42 accounts A, B, C. A ordered in W41: repeat. B's last order 2025-10-11 23:00 is 365 days and
    // one hour before Oct 12: not. C's 2025-10-13 is inside the year: repeat. -> 2 / 3
    expect(figures(r.reading)).toEqual(['66.6667', '2.0000', '3.0000']);
    expect(cut(r.byDimension)).toEqual([
      ['contractor', '100.0000', '1.0000', '1.0000'],
      ['mro', '0.0000', '0.0000', '1.0000'],
      ['oem', '100.0000', '1.0000', '1.0000'],
    ]);
  });
  it('counts each account once per period, so the period is not the sum of its weeks', async () => {
    const { repeatOrderRate: r } = await kpi('repeatOrderRate { ' + MEASURE + ' }', '2026-W41', '2026-W42');
    // Period from Oct 5: look-back from 2025-10-05. A: nothing before W41 -> no; B: 2025-10-11 -> yes;
    // C: 2025-10-13 -> yes -> 2 / 3. Weeks: W41 A (nothing in the year before Oct 5) 0 / 1; W42 2 / 3.
    expect(figures(r.reading)).toEqual(['66.6667', '2.0000', '3.0000']);
    expect(r.byWeek.map((w: any) => figures(w))).toEqual([['0.0000', '0.0000', '1.0000'], ['66.6667', '2.0000', '3.0000']]);
  });
});

describe('backorderIncidence', () => {
  it('is lines ever backordered / lines, by velocity tier (ERP)', async () => {
    const { backorderIncidence: b } = await kpi('backorderIncidence(by: VELOCITY_TIER) { ' + MEASURE + ' }');
    // backordered: SO-2 L1 (A1), SO-5 L1 (C1), SO-6 L1 (B1) of 8 lines -> 37.5%
    expect(figures(b.reading)).toEqual(['37.5000', '3.0000', '8.0000']);
    // A: SO-1 L1, SO-2 L1, SO-4 L1 -> 1 / 3; B: SO-1 L2, SO-6 L1 -> 1 / 2; C: SO-2 L2, SO-3, SO-5 -> 1 / 3
    expect(cut(b.byDimension)).toEqual([
      ['A', '33.3333', '1.0000', '3.0000'],
      ['B', '50.0000', '1.0000', '2.0000'],
      ['C', '33.3333', '1.0000', '3.0000'],
    ]);
    expect(b.byDimension[0].dimension).toBe('velocity_tier');
  });
});

describe('inputs for the ERP', () => {
  it('ordersPlacedByWeek lists every week of the period', async () => {
    const { ordersPlacedByWeek } = await kpi('ordersPlacedByWeek { week count }', '2026-W41', '2026-W43');
    expect(ordersPlacedByWeek).toEqual([{ week: '2026-W41', count: 1 }, { week: '2026-W42', count: 6 }, { week: '2026-W43', count: 0 }]);
  });
  it('skuWeeklyDemand gives units per product and week for the 8 weeks ending toWeek, customer cancellations excluded', async () => {
    const { skuWeeklyDemand } = await kpi('skuWeeklyDemand { sku week quantity }', '2026-W42', '2026-W42');
    // W42: A1 10 + 4 (SO-4's 7 cancelled by the customer left out); B1 5 + 8; C1 6 + 2 + 3. W41: A1 1.
    // SO-8 and SO-9 (2025) are outside the 8 weeks W35-W42.
    expect(skuWeeklyDemand).toEqual([
      { sku: 'SKU-A1', week: '2026-W41', quantity: 1 },
      { sku: 'SKU-A1', week: '2026-W42', quantity: 14 },
      { sku: 'SKU-B1', week: '2026-W42', quantity: 13 },
      { sku: 'SKU-C1', week: '2026-W42', quantity: 11 },
    ]);
  });
});
