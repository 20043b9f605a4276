/**
 * Forecast accuracy against actual demand (KPI standards, "Demand"). Pure functions; worked
 * numbers in tests/erp/forecast.rules.unit.test.ts.
 */

/** The forecast snapshot compared with each week: the one made 1 week before the week started. */
export const FORECAST_LAG_WEEKS = 1;

/** The trailing windows the accuracy is reported for, in weeks ending the period's last week. */
export const FORECAST_WINDOWS = [2, 4, 8] as const;

export interface SkuWeekQuantity {
  sku: string;
  week: string;
  quantity: number;
}

export interface ForecastErrorTotals {
  /** Sum of actual units: the denominator of WAPE and bias. */
  actual: number;
  /** Sum of |actual - forecast| over SKU-weeks: the WAPE numerator. */
  absoluteError: number;
  /** Sum of (forecast - actual): the bias numerator; positive means over-forecasting. */
  signedError: number;
}

/**
 * Totals over every SKU-week of `weeks` that has an actual or a forecast; a missing actual or
 * forecast counts as 0 units. WAPE = absoluteError / actual, bias = signedError / actual: with
 * zero actuals both are undefined (the reading's value is null), never a division error.
 */
export function forecastErrorTotals(
  actuals: readonly SkuWeekQuantity[],
  forecasts: readonly SkuWeekQuantity[],
  weeks: ReadonlySet<string>,
): ForecastErrorTotals {
  const pairs = new Map<string, { actual: number; forecast: number }>();
  const pair = (row: SkuWeekQuantity) => {
    const key = `${row.sku}|${row.week}`;
    let entry = pairs.get(key);
    if (!entry) pairs.set(key, (entry = { actual: 0, forecast: 0 }));
    return entry;
  };
  for (const row of actuals) if (weeks.has(row.week)) pair(row).actual += row.quantity;
  for (const row of forecasts) if (weeks.has(row.week)) pair(row).forecast += row.quantity;
  const totals: ForecastErrorTotals = { actual: 0, absoluteError: 0, signedError: 0 };
  for (const { actual, forecast } of pairs.values()) {
    totals.actual += actual;
    totals.absoluteError += Math.abs(actual - forecast);
    totals.signedError += forecast - actual;
  }
  return totals;
}
