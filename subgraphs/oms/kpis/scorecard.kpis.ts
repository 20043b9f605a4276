import { toFloat } from '../../../lib/convert.ts';
import { reading, type KpiDefinitionShape, type KpiReading } from '../../../lib/kpi.ts';
import type { WeekTotalsAggregate } from '../db/kpi-rows.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { KPI, SCORECARD_KPIS } from '../rules/kpi-catalog.ts';
import type { KpiPeriodRange } from '../rules/kpi-period.ts';
import { weekOfMonday } from '../rules/kpi-period.ts';

/** The scorecard's weeks: the 13 ending the scorecard week. */
export const SCORECARD_WEEKS = 13;

type Ratio = (week: WeekTotalsAggregate) => [numerator: number | string, denominator: number | string];

/** Each scorecard KPI's weekly numerator and denominator from kpi_week_totals: the same formulas as the KpiPeriod fields. */
const WEEKLY: ReadonlyMap<KpiDefinitionShape, Ratio> = new Map<KpiDefinitionShape, Ratio>([
  [KPI.quoteToOrderCycleTime, (w) => [w.quote_cycle_days, w.quotes_converted]],
  [KPI.quoteConversionRate, (w) => [w.quotes_converted_in_window, w.quotes_issued]],
  [KPI.perfectOrderRate, (w) => [w.perfect, w.delivered]],
  [KPI.otif, (w) => [w.on_time_in_full, w.delivered]],
  [KPI.lineFillRate, (w) => [w.settled_lines_filled, w.settled_lines]],
  [KPI.unitFillRate, (w) => [w.settled_units_shipped, w.settled_units_ordered]],
  [KPI.cancellationRate, (w) => [w.cancelled, w.orders_placed]],
  [KPI.substitutionRate, (w) => [w.substituted_lines, w.lines]],
  [KPI.backorderDaysOutstanding, (w) => [w.backorder_age_days, w.backorder_open_lines]],
  [KPI.returnCycleTime, (w) => [w.return_customer_days, w.returns_credited]],
  [KPI.pickPackSlaAdherence, (w) => [w.shipments_packed_by_cutoff, w.shipments_due]],
  [KPI.selfServeOrderPenetration, (w) => [w.self_serve_orders, w.orders_placed]],
  [KPI.repeatOrderRate, (w) => [w.repeat_accounts, w.ordering_accounts]],
  [KPI.exceptionOwnerCoverage, (w) => [w.exceptions_owned, w.exceptions_opened]],
]);

/** One reading per scorecard KPI and week, oldest week first within each KPI: one statement for all of them. */
export async function omsReadings(period: KpiPeriodRange, loaders: KpiLoaders): Promise<KpiReading[]> {
  const totals = await loaders.weekTotals.load(period);
  const totalsByWeek = new Map(totals.map((row) => [weekOfMonday(row.week_start), row]));
  return SCORECARD_KPIS.flatMap((definition) =>
    period.weeks.map((week) => {
      const row = totalsByWeek.get(week);
      // A week without a row (before the history, after the as-of week) has nothing to measure.
      const [numerator, denominator] = row ? WEEKLY.get(definition)!(row) : [0, 0];
      return reading(definition, { numerator: toFloat(numerator), denominator: toFloat(denominator), fromWeek: week, toWeek: week });
    }),
  );
}
