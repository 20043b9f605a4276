import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmsUnderTest } from './harness.ts';
import { figures, kpiPeriod, line, MEASURE, order, periodQuery, returnOf, shipment, startOmsWithKpis } from './kpi-builders.ts';

/**
 * Perfect order and OTIF over the orders delivered in a period. Accounts: ACCT-A contractor,
 * ACCT-B mro. Delivered in 2026-W42 (Oct 12-18; last shipment delivered that week):
 *
 *   SO-P1 A portal  two shipments, last delivered Oct 13 23:30, promised Oct 13  perfect (on time to the end of the day)
 *   SO-P2 A rep     delivered Oct 14 00:30, promised Oct 13                      late
 *   SO-P3 B portal  8 of 10 shipped (2 short)                                    not in full
 *   SO-P4 B edi     late AND its shipment damaged                                two failures, counted once
 *   SO-P5 A portal  invoice disputed for documentation (ERP)                     documentation
 *   SO-P6 B rep     a return with reason damaged                                 not damage free
 *   SO-P7 A portal  shipped a substitute AND documentation disputed             two failures, counted once
 *   SO-S1 B portal  cancelled for a supplier stockout after 4 of 10 arrived      not in full (included)
 * Not counted in W42:
 *   SO-C1 A portal  cancelled by the customer after a partial delivery: excluded from perfect order
 *   SO-O1 A portal  one shipment delivered in W42, the other still in transit: not delivered yet
 *   SO-X  A portal  delivered Oct 8 (W41), perfect but documentation disputed
 * The ERP's documentation disputes (recorded from its feed): SO-P5, SO-P7, SO-X and SO-NOT-DELIVERED
 * (an order the OMS has not delivered).
 */
const delivered = (id: string, orderId: string, deliveredAt: string, extra: Record<string, unknown> = {}) =>
  shipment(id, orderId, '2026-10-09T17:00:00Z', { shipped_at: '2026-10-09T18:00:00Z', delivered_at: deliveredAt, ...extra });

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOmsWithKpis({
    orders: [
      order('SO-P1', 'ACCT-A', 'portal', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-13' }),
      order('SO-P2', 'ACCT-A', 'rep', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-13' }),
      order('SO-P3', 'ACCT-B', 'portal', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-15' }),
      order('SO-P4', 'ACCT-B', 'edi', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-12' }),
      order('SO-P5', 'ACCT-A', 'portal', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-15' }),
      order('SO-P6', 'ACCT-B', 'rep', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-15' }),
      order('SO-P7', 'ACCT-A', 'portal', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-15' }),
      order('SO-S1', 'ACCT-B', 'portal', '2026-10-06T09:00:00Z', 'cancelled', { promised_date: '2026-10-15', cancelled_by: 'supplier_stockout' }),
      order('SO-C1', 'ACCT-A', 'portal', '2026-10-06T09:00:00Z', 'cancelled', { promised_date: '2026-10-15', cancelled_by: 'customer' }),
      order('SO-O1', 'ACCT-A', 'portal', '2026-10-06T09:00:00Z', 'shipped', { promised_date: '2026-10-15' }),
      order('SO-X', 'ACCT-A', 'portal', '2026-10-01T09:00:00Z', 'delivered', { promised_date: '2026-10-08' }),
    ],
    lines: [
      line('SO-P1', 1, 'SKU-1', 10, 10), line('SO-P1', 2, 'SKU-2', 5, 5),
      line('SO-P2', 1, 'SKU-1', 10, 10),
      line('SO-P3', 1, 'SKU-1', 10, 8, { cancelled_quantity: 2 }),
      line('SO-P4', 1, 'SKU-1', 10, 10),
      line('SO-P5', 1, 'SKU-1', 10, 10),
      line('SO-P6', 1, 'SKU-1', 10, 10),
      line('SO-P7', 1, 'SKU-1', 5, 5, { substituted_sku: 'SKU-9' }),
      line('SO-S1', 1, 'SKU-1', 10, 4, { cancelled_quantity: 6 }),
      line('SO-C1', 1, 'SKU-1', 10, 4, { cancelled_quantity: 6 }),
      line('SO-O1', 1, 'SKU-1', 10, 10),
      line('SO-X', 1, 'SKU-1', 10, 10),
    ],
    shipments: [
      delivered('SH-P1a', 'SO-P1', '2026-10-09T12:00:00Z'),
      delivered('SH-P1b', 'SO-P1', '2026-10-13T23:30:00Z'),
      delivered('SH-P2', 'SO-P2', '2026-10-14T00:30:00Z'),
      delivered('SH-P3', 'SO-P3', '2026-10-15T10:00:00Z'),
      delivered('SH-P4', 'SO-P4', '2026-10-13T10:00:00Z', { damaged: true }),
      delivered('SH-P5', 'SO-P5', '2026-10-15T10:00:00Z'),
      delivered('SH-P6', 'SO-P6', '2026-10-15T10:00:00Z'),
      delivered('SH-P7', 'SO-P7', '2026-10-15T10:00:00Z'),
      delivered('SH-S1', 'SO-S1', '2026-10-15T10:00:00Z'),
      delivered('SH-C1', 'SO-C1', '2026-10-15T10:00:00Z'),
      delivered('SH-O1a', 'SO-O1', '2026-10-15T10:00:00Z'),
      shipment('SH-O1b', 'SO-O1', '2026-10-16T17:00:00Z', { shipped_at: '2026-10-16T18:00:00Z' }),
      delivered('SH-X', 'SO-X', '2026-10-08T10:00:00Z'),
    ],
    returns: [returnOf('RMA-P6', 'SO-P6', 1, 'damaged', '2026-10-20T10:00:00Z', { account_id: 'ACCT-B' })],
    documentationDisputedOrderIds: ['SO-P5', 'SO-P7', 'SO-X', 'SO-NOT-DELIVERED'],
  });
});
afterAll(async () => {
  await oms?.close();
});

// As the gateway sends them: the @requires selection of the ERP, enum values as GraphQL names.
const ERP_INPUTS = {
  accountProfiles: [
    { accountId: 'ACCT-A', segment: 'CONTRACTOR', paymentTermsDays: 30 },
    { accountId: 'ACCT-B', segment: 'MRO', paymentTermsDays: 45 },
  ],
};
const PERFECT = periodQuery(`perfectOrderRate(by: $by) {
  rate { ${MEASURE} } inFull { ${MEASURE} } onTime { ${MEASURE} } documentationAccurate { ${MEASURE} } damageFree { ${MEASURE} } }
  otif { ${MEASURE} }`, ', $by: PerfectOrderDimension');

async function perfect(fromWeek: string, toWeek: string, by?: string) {
  const { _entities } = await oms.query(PERFECT, { r: [kpiPeriod(fromWeek, toWeek, ERP_INPUTS)], by });
  return _entities[0];
}

describe('perfectOrderRate over the orders delivered in 2026-W42', () => {
  it('counts an order perfect only when it meets all four criteria, each imperfect order once', async () => {
    const { perfectOrderRate: p } = await perfect('2026-W42', '2026-W42');
    // 8 delivered (P1-P7, S1); perfect: P1 only -> 1 / 8 = 12.5%. Failures: P2, P3, P4 x2, P5, P6,
    // P7 x2, S1 = 9 criteria failed by 7 orders; 8 - 9 would be negative if each failure counted.
    expect(figures(p.rate.reading)).toEqual(['12.5000', '1.0000', '8.0000']);
    expect(p.rate.reading).toMatchObject({ kpi: 'perfect_order_rate', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', fromWeek: '2026-W42', toWeek: '2026-W42', dimension: null });
  });

  it('serves the four SCOR components', async () => {
    const { perfectOrderRate: p } = await perfect('2026-W42', '2026-W42');
    // in full: all but P3 (short), P7 (substitute), S1 (4 of 10) -> 5 / 8 = 62.5%
    expect(figures(p.inFull.reading)).toEqual(['62.5000', '5.0000', '8.0000']);
    // on time: all but P2 (00:30 the day after) and P4 -> 6 / 8 = 75%; P1 at 23:30 on the day is on time
    expect(figures(p.onTime.reading)).toEqual(['75.0000', '6.0000', '8.0000']);
    // documentation: P5 and P7 disputed (SO-X is outside the week, SO-NOT-DELIVERED unknown) -> 6 / 8
    expect(figures(p.documentationAccurate.reading)).toEqual(['75.0000', '6.0000', '8.0000']);
    // damage free: all but P4 (damaged shipment) and P6 (return for damage) -> 6 / 8
    expect(figures(p.damageFree.reading)).toEqual(['75.0000', '6.0000', '8.0000']);
    expect([p.inFull, p.onTime, p.documentationAccurate, p.damageFree].map((m) => m.reading.kpi)).toEqual([
      'perfect_order_in_full', 'perfect_order_on_time', 'perfect_order_documentation_accurate', 'perfect_order_damage_free',
    ]);
  });

  it('is not the product of the component rates', async () => {
    const { perfectOrderRate: p } = await perfect('2026-W42', '2026-W42');
    // 0.625 x 0.75 x 0.75 x 0.75 = 26.37% (APQC's index), not 12.5%
    const index = [p.inFull, p.onTime, p.documentationAccurate, p.damageFree].reduce((x, m) => x * Number(m.reading.value) / 100, 1);
    expect(index).toBeCloseTo(0.2637, 4);
    expect(Number(p.rate.reading.value)).not.toBeCloseTo(index * 100, 1);
  });

  it('leaves out orders cancelled by the customer, even after a delivery', async () => {
    // SO-C1 had a shipment delivered in W42 and is not in full: counted, the rate would be 1 / 9
    // and in full 5 / 9. It is excluded, while the supplier-stockout cancellation SO-S1 counts.
    const { perfectOrderRate: p } = await perfect('2026-W42', '2026-W42');
    expect(p.rate.reading.denominator).toBe('8.0000');
    expect(p.inFull.reading.numerator).toBe('5.0000');
  });

  it('cuts by segment (ERP account profiles) and by channel', async () => {
    const bySegment = (await perfect('2026-W42', '2026-W42', 'SEGMENT')).perfectOrderRate.rate.byDimension;
    // contractor (ACCT-A): P1, P2, P5, P7 -> 1 / 4 = 25%; mro (ACCT-B): P3, P4, P6, S1 -> 0 / 4
    expect(bySegment.map((r: any) => [r.dimension, r.dimensionValue, ...figures(r)])).toEqual([
      ['segment', 'contractor', '25.0000', '1.0000', '4.0000'],
      ['segment', 'mro', '0.0000', '0.0000', '4.0000'],
    ]);
    const byChannel = (await perfect('2026-W42', '2026-W42', 'CHANNEL')).perfectOrderRate.rate.byDimension;
    // edi: P4 0 / 1; portal: P1, P3, P5, P7, S1 -> 1 / 5 = 20%; rep: P2, P6 -> 0 / 2
    expect(byChannel.map((r: any) => [r.dimensionValue, ...figures(r)])).toEqual([
      ['edi', '0.0000', '0.0000', '1.0000'],
      ['portal', '20.0000', '1.0000', '5.0000'],
      ['rep', '0.0000', '0.0000', '2.0000'],
    ]);
  });

  it('reads week by week, null for a week with no deliveries', async () => {
    const { perfectOrderRate: p } = await perfect('2026-W41', '2026-W43');
    // W41: SO-X, documentation disputed -> 0 / 1; W42: 1 / 8; W43: nothing delivered -> null
    expect(p.rate.byWeek.map((r: any) => [r.fromWeek, ...figures(r)])).toEqual([
      ['2026-W41', '0.0000', '0.0000', '1.0000'],
      ['2026-W42', '12.5000', '1.0000', '8.0000'],
      ['2026-W43', null, '0.0000', '0.0000'],
    ]);
    // The period: (0 + 1) / (1 + 8) = 11.1111%
    expect(figures(p.rate.reading)).toEqual(['11.1111', '1.0000', '9.0000']);
  });

  it('answers null values, not an error, for a period with no orders at all', async () => {
    const { perfectOrderRate: p, otif } = await perfect('2025-W01', '2025-W02');
    expect([p.rate.reading.value, p.damageFree.reading.value, otif.reading.value]).toEqual([null, null, null]);
    expect(p.rate.byWeek.map((r: any) => r.value)).toEqual([null, null]);
  });

  it('refuses a segment cut without the ERP\'s account profiles rather than guessing', async () => {
    const error = await oms.error(PERFECT, { r: [kpiPeriod('2026-W42', '2026-W42')], by: 'SEGMENT' });
    expect(error.message).toMatch(/accountProfiles/);
  });
});

describe('otif', () => {
  it('is the share of orders on time AND in full, not the product of the two rates', async () => {
    const { otif, perfectOrderRate: p } = await perfect('2026-W42', '2026-W42');
    // on time and in full: P1, P5, P6 -> 3 / 8 = 37.5%; on time x in full = 75% x 62.5% = 46.875%
    expect(figures(otif.reading)).toEqual(['37.5000', '3.0000', '8.0000']);
    expect(Number(p.onTime.reading.value) * Number(p.inFull.reading.value) / 100).toBe(46.875);
    expect(otif.reading.kpi).toBe('otif');
  });
});
