import { addWeeks } from '../../../lib/iso-week.ts';
import { reading } from '../../../lib/kpi.ts';
import type { SkuWeekQuantityRecord } from '../db/rows.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { FORECAST_LAG_WEEKS, FORECAST_WINDOWS, forecastErrorTotals } from '../rules/forecast.rules.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import type { Period } from '../rules/measure.rules.ts';
import { periodKey, weekOfDay } from './period.ts';

/**
 * WAPE and bias of the lag-1 forecasts against the OMS's units ordered (sent in the
 * representation), over the 2, 4 and 8 weeks ending the period's last week.
 */
export async function forecastAccuracy(loaders: KpiLoaders, period: Period, actuals: readonly SkuWeekQuantityRecord[]) {
  const widest = Math.max(...FORECAST_WINDOWS);
  const rows = await loaders.forecastWeeks.load(periodKey({ fromWeek: addWeeks(period.toWeek, -(widest - 1)), toWeek: period.toWeek }));
  const forecasts = rows.map((row) => ({ sku: row.sku, week: weekOfDay(row.week_start), quantity: row.forecast_quantity }));
  const window = (weeks: number) => {
    const fromWeek = addWeeks(period.toWeek, -(weeks - 1));
    const span = new Set(Array.from({ length: weeks }, (_, index) => addWeeks(fromWeek, index)));
    const totals = forecastErrorTotals(actuals, forecasts, span);
    const range = { fromWeek, toWeek: period.toWeek };
    return {
      wape: reading(KPI.forecastWape, { numerator: totals.absoluteError, denominator: totals.actual, ...range }),
      bias: reading(KPI.forecastBias, { numerator: totals.signedError, denominator: totals.actual, ...range }),
      lagWeeks: FORECAST_LAG_WEEKS,
    };
  };
  return { trailing2Weeks: window(2), trailing4Weeks: window(4), trailing8Weeks: window(8) };
}
