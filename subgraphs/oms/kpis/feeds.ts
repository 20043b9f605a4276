import { addWeeks } from '../../../lib/iso-week.ts';
import { toInt } from '../../../lib/convert.ts';
import { kpiPeriod, weekOfMonday, type KpiPeriodRange } from '../rules/kpi-period.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';

/** The OMS figures the ERP @requires for its own KPIs: argument-less fields of KpiPeriod and Scorecard. */

/** Orders placed per week of the period, every week listed. */
export async function ordersPlacedByWeek(period: KpiPeriodRange, loaders: KpiLoaders) {
  const totals = await loaders.weekTotals.load(period);
  const byWeek = new Map(totals.map((row) => [weekOfMonday(row.week_start), row.orders_placed]));
  return period.weeks.map((week) => ({ week, count: byWeek.get(week) ?? 0 }));
}

export const DEMAND_WEEKS = 8;

/** Units ordered per product and week for the 8 weeks ending the period's last week (customer cancellations excluded). */
export async function skuWeeklyDemand(period: KpiPeriodRange, loaders: KpiLoaders) {
  const window = kpiPeriod(addWeeks(period.toWeek, -(DEMAND_WEEKS - 1)), period.toWeek)!;
  const rows = await loaders.skuWeeks.load(window);
  return rows
    .filter((row) => row.units_demanded !== '0')
    .map((row) => ({ sku: row.sku, week: weekOfMonday(row.week_start), quantity: toInt(row.units_demanded) }))
    .sort((a, b) => a.sku.localeCompare(b.sku) || a.week.localeCompare(b.week));
}
