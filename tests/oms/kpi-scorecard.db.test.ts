import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWeeks, weeksBetween } from '../../lib/iso-week.ts';
import { SCORECARD_KPIS } from '../../subgraphs/oms/rules/kpi-catalog.ts';
import type { OmsUnderTest } from './harness.ts';
import { kpiPeriod, line, MEASURE, order, periodQuery, shipment, startOmsWithKpis } from './kpi-builders.ts';

/**
 * The scorecard's OMS readings (Scorecard @key week, extended by the OMS) and the batching of
 * KPI entities. Orders:
 *   SO-1 ACCT-A portal placed Oct 13 (W42), delivered Oct 15, promised Oct 16: perfect
 *   SO-2 ACCT-A rep    placed Oct 13 (W42), delivered Oct 15, promised Oct 16: documentation disputed
 *   SO-3 ACCT-B portal placed Oct 6 (W41), delivered Oct 14 damaged, promised Oct 9: late and damaged
 */
let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOmsWithKpis({
    orders: [
      order('SO-1', 'ACCT-A', 'portal', '2026-10-13T09:00:00Z', 'delivered', { promised_date: '2026-10-16' }),
      order('SO-2', 'ACCT-A', 'rep', '2026-10-13T09:00:00Z', 'delivered', { promised_date: '2026-10-16' }),
      order('SO-3', 'ACCT-B', 'portal', '2026-10-06T09:00:00Z', 'delivered', { promised_date: '2026-10-09' }),
    ],
    lines: [line('SO-1', 1, 'SKU-1', 2, 2), line('SO-2', 1, 'SKU-1', 2, 2), line('SO-3', 1, 'SKU-1', 2, 2)],
    documentationDisputedOrderIds: ['SO-2'],
    shipments: [
      shipment('SH-1', 'SO-1', '2026-10-14T17:00:00Z', { packed_at: '2026-10-14T16:00:00Z', shipped_at: '2026-10-14T18:00:00Z', delivered_at: '2026-10-15T10:00:00Z' }),
      shipment('SH-2', 'SO-2', '2026-10-14T17:00:00Z', { packed_at: '2026-10-14T18:00:00Z', shipped_at: '2026-10-14T19:00:00Z', delivered_at: '2026-10-15T10:00:00Z' }),
      shipment('SH-3', 'SO-3', '2026-10-12T17:00:00Z', { packed_at: '2026-10-12T16:00:00Z', shipped_at: '2026-10-12T18:00:00Z', delivered_at: '2026-10-14T10:00:00Z', damaged: true }),
    ],
  });
});
afterAll(async () => {
  await oms?.close();
});

const READING = 'kpi value numerator denominator unit direction fromWeek toWeek dimension dimensionValue';
const SCORECARD = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Scorecard { week omsReadings { ${READING} } ordersPlacedByWeek { week count } } } }`;
const scorecard = (week: string) => ({ __typename: 'Scorecard', week });
const WEEKS = weeksBetween('2026-W30', '2026-W42');

describe('Scorecard.omsReadings', () => {
  it('gives 13 weekly readings ending the week for each of the 14 OMS scorecard KPIs, oldest first, uncut', async () => {
    const { _entities } = await oms.query(SCORECARD, { r: [scorecard('2026-W42')] });
    const readings = _entities[0].omsReadings;
    expect(readings).toHaveLength(14 * 13);
    expect(readings.map((r: any) => `${r.kpi}@${r.fromWeek}`)).toEqual(SCORECARD_KPIS.flatMap((k) => WEEKS.map((week) => `${k.kpi}@${week}`)));
    expect(readings.every((r: any) => r.fromWeek === r.toWeek && r.dimension === null && r.dimensionValue === null)).toBe(true);
  });

  it('computes each week as KpiPeriod does, with the documentation disputes recorded from the ERP', async () => {
    const { _entities } = await oms.query(SCORECARD, { r: [scorecard('2026-W42')] });
    const at = (kpi: string, week: string) => _entities[0].omsReadings.find((r: any) => r.kpi === kpi && r.fromWeek === week);
    // delivered in W42: SO-1 (perfect), SO-2 (disputed), SO-3 (late and damaged: one imperfect order) -> 1 / 3
    expect(at('perfect_order_rate', '2026-W42')).toMatchObject({ value: '33.3333', numerator: '1.0000', denominator: '3.0000', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER' });
    // on time and in full: SO-1, SO-2 -> 2 / 3
    expect(at('otif', '2026-W42')).toMatchObject({ value: '66.6667', numerator: '2.0000', denominator: '3.0000' });
    // placed in W42: SO-1 portal, SO-2 rep -> self-serve 1 / 2
    expect(at('self_serve_order_penetration', '2026-W42')).toMatchObject({ value: '50.0000', numerator: '1.0000', denominator: '2.0000' });
    // ship cutoffs in W42: SH-1 packed before, SH-2 after, SH-3 (Oct 12) before -> 2 / 3
    expect(at('pick_pack_sla_adherence', '2026-W42')).toMatchObject({ value: '66.6667', numerator: '2.0000', denominator: '3.0000' });
    // a week with no orders, shipments or quotes: null values, no error
    expect(at('cancellation_rate', '2026-W30')).toMatchObject({ value: null, numerator: '0.0000', denominator: '0.0000', unit: 'PERCENT', direction: 'LOWER_IS_BETTER' });
    expect(at('backorder_days_outstanding', '2026-W42')).toMatchObject({ value: null, unit: 'DAYS' });
  });


  it('lists the orders placed in each of the 13 weeks for the ERP', async () => {
    const { _entities } = await oms.query(SCORECARD, { r: [scorecard('2026-W42')] });
    expect(_entities[0].ordersPlacedByWeek).toEqual(WEEKS.map((week) => ({ week, count: week === '2026-W42' ? 2 : week === '2026-W41' ? 1 : 0 })));
  });

  it('agrees with the KpiPeriod fields for the same weeks', async () => {
    const [{ _entities: [card] }, { _entities: [period] }] = await Promise.all([
      oms.query(SCORECARD, { r: [scorecard('2026-W42')] }),
      oms.query(periodQuery(`perfectOrderRate { rate { ${MEASURE} } } otif { ${MEASURE} } pickPackSlaAdherence { ${MEASURE} }`), {
        r: [kpiPeriod('2026-W30', '2026-W42', { accountProfiles: [] })],
      }),
    ]);
    for (const [kpi, measure] of [['perfect_order_rate', period.perfectOrderRate.rate], ['otif', period.otif], ['pick_pack_sla_adherence', period.pickPackSlaAdherence]]) {
      expect(card.omsReadings.filter((r: any) => r.kpi === kpi)).toEqual(measure.byWeek);
    }
  });

  it('answers null for a malformed week', async () => {
    const { _entities } = await oms.query(SCORECARD, { r: [scorecard('2026-W99'), scorecard('2026-W42')] });
    expect(_entities[0]).toBeNull();
    expect(_entities[1].week).toBe('2026-W42');
  });
});

describe('_entities: KpiPeriod', () => {
  it('resolves a period to its key and answers null for a malformed or reversed one', async () => {
    const { _entities } = await oms.query(periodQuery('ordersPlacedByWeek { count }'), {
      r: [kpiPeriod('2026-W41', '2026-W42'), kpiPeriod('2026-W42', '2026-W41'), kpiPeriod('2026-W60', '2026-W61')],
    });
    expect(_entities).toEqual([{ fromWeek: '2026-W41', toWeek: '2026-W42', ordersPlacedByWeek: [{ count: 1 }, { count: 2 }] }, null, null]);
  });
});

describe('statements do not depend on how many scorecards or periods are asked for', () => {
  async function statements(document: string, representations: unknown[]) {
    const before = oms.db.stats.statements;
    const { _entities } = await oms.query(document, { r: representations });
    expect(_entities).toHaveLength(representations.length);
    return oms.db.stats.statements - before;
  }
  const weeks = (count: number) => Array.from({ length: count }, (_, i) => addWeeks('2026-W44', -i));

  it('omsReadings: one statement for 1, 10 or 100 scorecards', async () => {
    // The weekly totals covering every scorecard's 13 weeks.
    for (const n of [1, 10, 100]) expect(await statements(SCORECARD, weeks(n).map((week) => scorecard(week)))).toBe(1);
  });

  it('every KpiPeriod field for 10 and for 100 periods', async () => {
    const inputs = {
      accountProfiles: [{ accountId: 'ACCT-A', segment: 'MRO', paymentTermsDays: 30 }],
      itemVelocityTiers: [{ sku: 'SKU-1', velocityTier: 'A' }],
      priceLeakage: { minorUnits: '0', currencyCode: 'USD' },
      inventorySnapshot: [{ sku: 'SKU-1', branchCode: 'CHI', onHand: 1, onHold: 0, safetyStock: 0 }],
    };
    const EVERYTHING = periodQuery(`perfectOrderRate(by: SEGMENT) { rate { reading { value } } } otif { reading { value } }
      lineFillRate { reading { value } } orderFillRate { reading { value } } unitFillRate { reading { value } }
      cancellationRate(by: INITIATOR) { reading { value } } substitutionRate(by: SEGMENT) { reading { value } }
      backorderIncidence(by: VELOCITY_TIER) { reading { value } } backorderDaysOutstanding { unitDaysLate }
      returnCycleTime { customerFacingP90Days } pickPackSlaAdherence(by: BRANCH) { reading { value } } pickToShipHours { median }
      quoteToOrder { conversion { reading { value } } cycleTimeDays { reading { value } } } repeatOrderRate { reading { value } }
      selfServeOrderPenetration { reading { value } } campaignInfluencedOrders { orderShare { reading { value } } }
      quoteWinLoss { lost } topExceptions { type medianResolutionHours } exceptionOwnerCoverage { reading { value } }
      marginLeakage { total { amount } } costToServe(by: ACCOUNT) { total { amount } } onHandVsAtpVariance { variance }
      ordersPlacedByWeek { count } fulfilmentCostTotals { pickPack { amount } } skuWeeklyDemand { quantity }`);
    const periods = (count: number) => weeks(count).map((week) => kpiPeriod(addWeeks(week, -3), week, inputs));
    const ten = await statements(EVERYTHING, periods(10));
    expect(await statements(EVERYTHING, periods(100))).toBe(ten);
    expect(ten).toBeLessThanOrEqual(17);
  });
});
