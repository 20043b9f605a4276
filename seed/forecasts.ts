import type { Sku } from './catalog/products.ts';
import { HISTORY_WEEKS, RATES } from './config.ts';
import { historyWeekStart, type Timeline } from './timeline.ts';
import { Random } from './random.ts';
import type { DemandForecastRow } from './tables/erp.ts';

/**
 * Lag-1 weekly forecasts: the forecast for week w is made at the start of week w-1, from
 * exponentially smoothed actuals up to week w-2, times the family's bias and lognormal noise.
 * Covers the 52 complete weeks and the week after them (the as-of's own week when it is partial,
 * else the week after the as-of), whose forecast was made the week before.
 */
export function generateForecasts(seed: number, timeline: Timeline, skus: readonly Sku[], weeklyActuals: ReadonlyMap<string, Float64Array>): DemandForecastRow[] {
  const rng = new Random(seed, 'forecasts');
  const { smoothing, familyBias, noiseSigmaByTier } = RATES.forecasts;
  const rows: DemandForecastRow[] = [];
  for (const sku of skus) {
    if (!sku.sellable) continue;
    const actuals = weeklyActuals.get(sku.sku) ?? new Float64Array(HISTORY_WEEKS);
    const mean = actuals.reduce((sum, value) => sum + value, 0) / HISTORY_WEEKS;
    let level = mean * rng.between(0.8, 1.2);
    const bias = 1 + (familyBias[sku.family.code] ?? 0);
    for (let week = 0; week <= HISTORY_WEEKS; week += 1) {
      if (week >= 2) level = smoothing * actuals[week - 2]! + (1 - smoothing) * level;
      const sigma = noiseSigmaByTier[sku.tier];
      // Mean-one lognormal noise, so the family bias is the only systematic error.
      const forecast = level * bias * Math.exp(sigma * rng.normal() - (sigma * sigma) / 2);
      rows.push({ sku: sku.sku, week_start: historyWeekStart(timeline, week), lag_weeks: 1, forecast_quantity: Math.max(0, Math.round(forecast)) });
    }
  }
  return rows;
}
