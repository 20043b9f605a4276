import { toFloat } from '../../../lib/convert.ts';
import { formatDecimal } from '../../../lib/kpi.ts';
import type { WeeklyCountRecord } from '../db/rows.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { addPart, weeklyMeasure, type Measure, type Part, type Period } from '../rules/measure.rules.ts';
import { periodKey, weekOfDay } from './period.ts';

/** Credit hold frequency and release time (kpi_credit_hold_week; quantiles from the raw holds). */

/** Orders held per hold week / orders placed per week (the OMS's counts, sent in the representation). */
export async function creditHoldFrequency(loaders: KpiLoaders, period: Period, ordersPlaced: readonly WeeklyCountRecord[]): Promise<Measure> {
  const rows = await loaders.creditHoldWeeks.load(periodKey(period));
  const weekly = new Map<string, Part>();
  for (const row of rows) addPart(weekly, weekOfDay(row.week_start), { numerator: row.orders_held, denominator: 0 });
  for (const placed of ordersPlaced) addPart(weekly, placed.week, { numerator: 0, denominator: placed.count });
  return weeklyMeasure(KPI.creditHoldFrequency, period, weekly);
}

/** Mean hours held of the holds released in each week: released hours / holds released. */
export async function creditHoldReleaseMean(loaders: KpiLoaders, period: Period): Promise<Measure> {
  const rows = await loaders.creditHoldWeeks.load(periodKey(period));
  const weekly = new Map<string, Part>();
  for (const row of rows) addPart(weekly, weekOfDay(row.week_start), { numerator: toFloat(row.released_hours), denominator: row.holds_released });
  return weeklyMeasure(KPI.creditHoldReleaseTime, period, weekly);
}

export async function creditHoldReleaseTime(loaders: KpiLoaders, period: Period) {
  const [mean, quantiles] = await Promise.all([creditHoldReleaseMean(loaders, period), loaders.releaseQuantiles.load(periodKey(period))]);
  return {
    mean,
    medianHours: decimalOrNull(quantiles?.median_hours ?? null),
    p90Hours: decimalOrNull(quantiles?.p90_hours ?? null),
  };
}

export function decimalOrNull(value: number | null): string | null {
  return value === null ? null : formatDecimal(value);
}
