import { describe, expect, it } from 'vitest';
import { KPI, SCORECARD_KPIS } from '../../subgraphs/oms/rules/kpi-catalog.ts';
import { measure, periodReading, snapshotMeasure } from '../../subgraphs/oms/rules/kpi-measure.ts';
import { kpiPeriod, weekOfMonday, weeksEnding } from '../../subgraphs/oms/rules/kpi-period.ts';

const period = kpiPeriod('2026-W41', '2026-W43')!;

describe('kpiPeriod', () => {
  it('lists the weeks and the Mondays that key the aggregates', () => {
    expect(period).toMatchObject({
      weeks: ['2026-W41', '2026-W42', '2026-W43'],
      fromMonday: '2026-10-05',
      toMonday: '2026-10-19',
      start: new Date('2026-10-05T00:00:00Z'),
      end: new Date('2026-10-26T00:00:00Z'),
    });
  });
  it('refuses malformed or reversed weeks', () => {
    expect(kpiPeriod('2026-W54', '2026-W54')).toBeNull();
    expect(kpiPeriod('2026-W43', '2026-W41')).toBeNull();
  });
  it('gives the 13 weeks ending a week, across a year end', () => {
    const weeks = weeksEnding('2026-W03', 13)!;
    expect([weeks.fromWeek, weeks.weeks.length, weeks.toWeek]).toEqual(['2025-W43', 13, '2026-W03']);
  });
  it('reads a week_start Monday back as its ISO week', () => {
    expect(weekOfMonday('2025-12-29')).toBe('2026-W01');
  });
});

describe('measure', () => {
  // Three weeks of cancellations cut by segment:
  //   W41 mro 1/10, W41 oem 0/5, W42 mro 3/10; W43 has no orders.
  const parts = [
    { week: '2026-W41', dimensionValue: 'mro', numerator: 1, denominator: 10 },
    { week: '2026-W41', dimensionValue: 'oem', numerator: 0, denominator: 5 },
    { week: '2026-W42', dimensionValue: 'mro', numerator: 3, denominator: 10 },
  ];
  const cancellations = measure(KPI.cancellationRate, period, parts, 'segment');

  it('rolls the period up as a ratio of sums, not an average of ratios', () => {
    // (1 + 0 + 3) / (10 + 5 + 10) = 4 / 25 = 16% (the mean of the weekly rates 6.67% and 30% would be 18.33%)
    expect(cancellations.reading).toEqual({
      kpi: 'cancellation_rate', value: '16.0000', numerator: '4.0000', denominator: '25.0000', unit: 'PERCENT',
      direction: 'LOWER_IS_BETTER', fromWeek: '2026-W41', toWeek: '2026-W43', dimension: null, dimensionValue: null,
    });
  });
  it('cuts by the dimension, values sorted', () => {
    // mro (1 + 3) / (10 + 10) = 20%; oem 0 / 5 = 0%
    expect(cancellations.byDimension.map((r) => [r.dimension, r.dimensionValue, r.value])).toEqual([
      ['segment', 'mro', '20.0000'],
      ['segment', 'oem', '0.0000'],
    ]);
  });
  it('reads every week, null where there is nothing to measure', () => {
    // W41 1 / 15 = 6.6667%; W42 3 / 10 = 30%; W43 0 / 0: null
    expect(cancellations.byWeek.map((r) => [r.fromWeek, r.toWeek, r.value])).toEqual([
      ['2026-W41', '2026-W41', '6.6667'],
      ['2026-W42', '2026-W42', '30.0000'],
      ['2026-W43', '2026-W43', null],
    ]);
  });
  it('has no dimension readings when none was asked for', () => {
    expect(measure(KPI.cancellationRate, period, parts, null).byDimension).toEqual([]);
  });
  it('takes separate parts for a cut whose values overlap (each initiator over all orders)', () => {
    // total (2 + 1) / 20 = 15%; customer 2 / 20 = 10%, supplier 1 / 20 = 5%
    const total = [{ week: '2026-W41', numerator: 3, denominator: 20 }];
    const byInitiator = [
      { week: '2026-W41', dimensionValue: 'customer', numerator: 2, denominator: 20 },
      { week: '2026-W41', dimensionValue: 'supplier_stockout', numerator: 1, denominator: 20 },
    ];
    const result = measure(KPI.cancellationRate, period, total, 'initiator', byInitiator);
    expect([result.reading.value, ...result.byDimension.map((r) => r.value)]).toEqual(['15.0000', '10.0000', '5.0000']);
  });
});

describe('snapshotMeasure', () => {
  it('reads the period as its latest snapshot, never the sum of its weeks', () => {
    // W41: 2 lines, 10 days; W42: 4 lines, 6 days; W43 no snapshot (after the as-of week)
    const result = snapshotMeasure(KPI.backorderDaysOutstanding, period, [
      { week: '2026-W41', numerator: 10, denominator: 2 },
      { week: '2026-W42', numerator: 6, denominator: 4 },
    ]);
    // 6 / 4 = 1.5 days, not (10 + 6) / (2 + 4) = 2.6667
    expect([result.reading.value, result.reading.numerator, result.reading.fromWeek, result.reading.toWeek]).toEqual(['1.5000', '6.0000', '2026-W41', '2026-W43']);
    expect(result.byWeek.map((r) => r.value)).toEqual(['5.0000', '1.5000', null]);
  });
});

describe('periodReading', () => {
  it('is one reading over the period, optionally cut', () => {
    // 3 of 4 exceptions owned: 75%
    expect(periodReading(KPI.exceptionOwnerCoverage, period, 3, 4, { dimension: 'exception_type', dimensionValue: 'short_ship' })).toMatchObject({
      value: '75.0000', dimension: 'exception_type', dimensionValue: 'short_ship', fromWeek: '2026-W41', toWeek: '2026-W43',
    });
  });
});

describe('the scorecard catalog', () => {
  it('names the 14 OMS scorecard KPIs with the units and directions of the brief', () => {
    expect(SCORECARD_KPIS.map((k) => `${k.kpi}:${k.unit}:${k.direction === 'HIGHER_IS_BETTER' ? 'H' : 'L'}`)).toEqual([
      'quote_to_order_cycle_time:DAYS:L', 'quote_conversion_rate:PERCENT:H', 'perfect_order_rate:PERCENT:H', 'otif:PERCENT:H',
      'line_fill_rate:PERCENT:H', 'unit_fill_rate:PERCENT:H', 'cancellation_rate:PERCENT:L', 'substitution_rate:PERCENT:L',
      'backorder_days_outstanding:DAYS:L', 'return_cycle_time:DAYS:L', 'pick_pack_sla_adherence:PERCENT:H',
      'self_serve_order_penetration:PERCENT:H', 'repeat_order_rate:PERCENT:H', 'exception_owner_coverage:PERCENT:H',
    ]);
  });
});
