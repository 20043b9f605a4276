import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weeksBetween } from '../../lib/iso-week.ts';
import { recordDocumentationDisputes } from '../../subgraphs/oms/feeds/documentation-disputes.ts';
import { omsSubgraph } from '../../subgraphs/oms/server.ts';
import type { OmsUnderTest } from './harness.ts';
import { kpiPeriod, startOmsWithKpis } from './kpi-builders.ts';
import { rawWeeklyRatios, type WeeklyRatios } from './kpi-raw.ts';
import { variedFixture } from './kpi-varied.fixture.ts';

/**
 * The weekly aggregates agree with the raw rows: on a varied fixture, every scorecard KPI read
 * from the aggregates (through the scorecard's weekly totals and through KpiPeriod) equals the
 * same KPI recomputed one row at a time from the raw tables (kpi-raw.ts). Half the ERP's
 * documentation disputes are recorded before the refresh, half after it (the incremental path).
 */
const fixture = variedFixture();
const half = Math.ceil(fixture.disputedOrderIds.length / 2);
const [disputedBefore, disputedAfter] = [fixture.disputedOrderIds.slice(0, half), fixture.disputedOrderIds.slice(half)];
const WEEKS = weeksBetween('2026-W32', '2026-W44');

const PATHS: Record<string, string> = {
  quote_to_order_cycle_time: 'quoteToOrder { m: cycleTimeDays',
  quote_conversion_rate: 'quoteToOrder { m: conversion',
  perfect_order_rate: 'perfectOrderRate { m: rate',
  otif: 'otif',
  line_fill_rate: 'lineFillRate',
  unit_fill_rate: 'unitFillRate',
  cancellation_rate: 'cancellationRate',
  substitution_rate: 'substitutionRate',
  backorder_days_outstanding: 'backorderDaysOutstanding { m: averageDays',
  return_cycle_time: 'returnCycleTime { m: customerFacing',
  pick_pack_sla_adherence: 'pickPackSlaAdherence',
  self_serve_order_penetration: 'selfServeOrderPenetration',
  repeat_order_rate: 'repeatOrderRate',
  exception_owner_coverage: 'exceptionOwnerCoverage',
};
const READING = 'kpi numerator denominator value fromWeek toWeek';
const PERIOD_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on KpiPeriod {
  ${Object.entries(PATHS).map(([kpi, path]) => {
    const nested = path.includes('{');
    return `${kpi}: ${path} { reading { ${READING} } byWeek { ${READING} } }${nested ? ' }' : ''}`;
  }).join('\n  ')}
} } }`;
const SCORECARD_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Scorecard { week omsReadings { ${READING} dimension } } } }`;

let oms: OmsUnderTest;
let raw: WeeklyRatios;
beforeAll(async () => {
  oms = await startOmsWithKpis({ ...fixture, documentationDisputedOrderIds: disputedBefore });
  const later = disputedAfter.map((orderId, i) => ({ disputeId: `DSP-LATER-${i + 1}`, orderId, openedAt: new Date('2026-11-01T12:00:00Z') }));
  // Each later dispute twice, as a feed re-read after a crash would deliver it: recorded once.
  expect(await recordDocumentationDisputes(oms.db, [...later, ...later], String(fixture.disputedOrderIds.length))).toBe(later.length);
  raw = await rawWeeklyRatios(oms.db, WEEKS, fixture.disputedOrderIds);
});
afterAll(async () => {
  await oms?.close();
});

const ERP_INPUTS = {
  accountProfiles: [1, 2, 3, 4, 5, 6].map((i) => ({ accountId: `ACCT-${i}`, segment: 'MRO', paymentTermsDays: 30 })),
};
const rounded = (n: number) => n.toFixed(4);
const expected = (kpi: string, week: string) => (raw.get(week)!.get(kpi) ?? [0, 0]).map(rounded);
const unwrap = (value: any) => (value.m ?? value);

describe('aggregate-based readings equal the raw computation', () => {
  it('the fixture exercises every KPI in several weeks, and disputes on both paths', () => {
    expect(disputedBefore.length).toBeGreaterThanOrEqual(5);
    expect(disputedAfter.length).toBeGreaterThanOrEqual(5);
    for (const kpi of Object.keys(PATHS)) {
      const measured = WEEKS.filter((week) => (raw.get(week)!.get(kpi)?.[1] ?? 0) > 0);
      expect(measured.length, kpi).toBeGreaterThanOrEqual(kpi === 'backorder_days_outstanding' ? 4 : 3);
    }
  });

  it('omsReadings (weekly totals) match, week by week', async () => {
    const { _entities } = await oms.query(SCORECARD_QUERY, { r: [{ __typename: 'Scorecard', week: '2026-W44' }] });
    const readings = _entities[0].omsReadings;
    expect(readings).toHaveLength(Object.keys(PATHS).length * WEEKS.length);
    for (const r of readings) expect([r.kpi, r.fromWeek, r.numerator, r.denominator]).toEqual([r.kpi, r.fromWeek, ...expected(r.kpi, r.fromWeek)]);
  });

  it('KpiPeriod fields (fine-grained aggregates) match, week by week and for the period', async () => {
    const { _entities } = await oms.query(PERIOD_QUERY, { r: [kpiPeriod('2026-W32', '2026-W44', ERP_INPUTS)] });
    const period = _entities[0];
    for (const kpi of Object.keys(PATHS)) {
      const measure = unwrap(period[kpi]);
      expect(measure.byWeek.map((r: any) => [r.fromWeek, r.numerator, r.denominator]), kpi).toEqual(WEEKS.map((week) => [week, ...expected(kpi, week)]));
      if (kpi === 'repeat_order_rate') continue; // accounts counted once per period: not a sum of weeks
      const sum = (i: 0 | 1) => WEEKS.reduce((s, week) => s + (raw.get(week)!.get(kpi)?.[i] ?? 0), 0);
      const whole = kpi === 'backorder_days_outstanding' ? expected(kpi, '2026-W44') : [rounded(sum(0)), rounded(sum(1))];
      expect([measure.reading.numerator, measure.reading.denominator], kpi).toEqual(whole);
    }
  });

  it('stays consistent after the raw data changes and the aggregates are refreshed again', async () => {
    const before = await oms.query(SCORECARD_QUERY, { r: [{ __typename: 'Scorecard', week: '2026-W44' }] });
    await omsSubgraph.refreshAggregates!(oms.db);
    const again = await oms.query(SCORECARD_QUERY, { r: [{ __typename: 'Scorecard', week: '2026-W44' }] });
    expect(again).toEqual(before);
    await oms.db.query(`UPDATE orders SET status = 'cancelled', cancelled_by = 'customer' WHERE id = 'SO-001'`);
    await omsSubgraph.refreshAggregates!(oms.db);
    const changed = await rawWeeklyRatios(oms.db, WEEKS, fixture.disputedOrderIds);
    const { _entities } = await oms.query(SCORECARD_QUERY, { r: [{ __typename: 'Scorecard', week: '2026-W44' }] });
    const cancellations = (readings: any[]) => readings.filter((r) => r.kpi === 'cancellation_rate').map((r) => r.numerator);
    expect(cancellations(_entities[0].omsReadings)).not.toEqual(cancellations(before._entities[0].omsReadings));
    for (const r of _entities[0].omsReadings) {
      expect([r.kpi, r.fromWeek, r.numerator, r.denominator]).toEqual([r.kpi, r.fromWeek, ...(changed.get(r.fromWeek)!.get(r.kpi) ?? [0, 0]).map(rounded)]);
    }
  });
});
