import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphCaller } from '../../lib/testing/graphql.ts';
import { ORDERS_PLACED, startKpiFixture } from './kpi-fixture.ts';

let erp: Awaited<ReturnType<typeof startKpiFixture>>;
beforeAll(async () => {
  erp = await startKpiFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const SCORECARD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Scorecard {
  week erpReadings { kpi value numerator denominator unit direction fromWeek toWeek dimension dimensionValue } } } }`;

async function scorecards(representations: object[]) {
  const before = erp.db.stats.statements;
  const response = await subgraphCaller(erp).post(SCORECARD, { r: representations });
  return { response, statements: erp.db.stats.statements - before };
}

const WEEKS = ['W32', 'W33', 'W34', 'W35', 'W36', 'W37', 'W38', 'W39', 'W40', 'W41', 'W42', 'W43', 'W44'].map((w) => `2026-${w}`);
const series = (readings: any[], kpi: string) => readings.filter((r) => r.kpi === kpi).map((r) => r.value);

describe('Scorecard.erpReadings', () => {
  it('gives 13 weekly readings, oldest first, of each of the six ERP scorecard KPIs', async () => {
    const { response } = await scorecards([{ __typename: 'Scorecard', week: '2026-W44', ordersPlacedByWeek: ORDERS_PLACED }]);
    expect(response.errors).toBeUndefined();
    const [scorecard] = (response.data as any)._entities;
    const readings = scorecard.erpReadings;
    expect(readings).toHaveLength(6 * 13);
    const kpis = ['dso', 'credit_hold_release_time', 'credit_hold_frequency', 'dispute_rate_order_quality', 'gross_margin_percent', 'supplier_on_time_delivery'];
    expect([...new Set(readings.map((r: any) => r.kpi))]).toEqual(kpis);
    for (const kpi of kpis) {
      const weekly = readings.filter((r: any) => r.kpi === kpi);
      expect(weekly.map((r: any) => r.fromWeek)).toEqual(WEEKS);
      expect(weekly.map((r: any) => r.toWeek)).toEqual(WEEKS);
      expect(weekly.every((r: any) => r.dimension === null && r.dimensionValue === null)).toBe(true);
    }
    expect(readings[0]).toMatchObject({ kpi: 'dso', unit: 'DAYS', direction: 'LOWER_IS_BETTER' });

    // DSO at each Sunday: W32 nothing invoiced yet; W33-W37 every invoice unpaid (INV-7 200.00 from 08-15, INV-6
    // 300.00 from 09-10): AR = trailing sales, 91 days; W38-W40 INV-7 paid: 300 / 500 x 91 = 54.6; W41 INV-6 paid: 0;
    // W42-W44 as in the KpiPeriod test
    expect(series(readings, 'dso')).toEqual([
      null, '91.0000', '91.0000', '91.0000', '91.0000', '91.0000', '54.6000', '54.6000', '54.6000', '0.0000', '3.5000', '45.7198', '36.9275',
    ]);
    const quiet = (values: (string | null)[]) => [...Array(10).fill(null), ...values];
    expect(series(readings, 'credit_hold_release_time')).toEqual(quiet([null, '13.0000', '33.0000']));
    // ordersPlacedByWeek covers W42-W44 only: earlier weeks have no orders to divide by
    expect(series(readings, 'credit_hold_frequency')).toEqual(quiet(['0.0000', '7.5000', '5.0000']));
    // W33 (INV-7) and W37 (INV-6) each issued one undisputed invoice: 0%
    expect(series(readings, 'dispute_rate_order_quality')).toEqual([
      null, '0.0000', null, null, null, '0.0000', null, null, null, null, '100.0000', '25.0000', null,
    ]);
    // manual INV-7 and INV-6 have no lines (no cost): 100%
    expect(series(readings, 'gross_margin_percent')).toEqual([
      null, '100.0000', null, null, null, '100.0000', null, null, null, null, '100.0000', '35.9223', null,
    ]);
    expect(series(readings, 'supplier_on_time_delivery')).toEqual(quiet(['0.0000', '50.0000', null]));
  });

  it('reads the aggregates in a few statements, however many weeks and scorecards', async () => {
    const one = await scorecards([{ __typename: 'Scorecard', week: '2026-W44', ordersPlacedByWeek: ORDERS_PLACED }]);
    // invoices, disputes, receivables (13 week ends), holds, supplier lines
    expect(one.statements).toBe(5);
    const weeks = ['2026-W30', '2026-W35', '2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45'];
    const many = await scorecards(weeks.map((week) => ({ __typename: 'Scorecard', week, ordersPlacedByWeek: [] })));
    expect(many.response.errors).toBeUndefined();
    expect(many.statements).toBe(one.statements);
  });

  it('refuses a representation without the orders placed it requires, naming the field', async () => {
    const { response } = await scorecards([{ __typename: 'Scorecard', week: '2026-W44' }]);
    expect(response.errors?.[0]?.message).toMatch(/ordersPlacedByWeek/);
  });
});
