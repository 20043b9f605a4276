import { describe, expect, it } from 'vitest';
import { reading } from '../../lib/kpi.ts';
import { forecastErrorTotals } from '../../subgraphs/erp/rules/forecast.rules.ts';
import { KPI } from '../../subgraphs/erp/rules/kpi-catalog.ts';

const row = (sku: string, week: string, quantity: number) => ({ sku, week, quantity });

describe('forecastErrorTotals (WAPE and bias)', () => {
  const actuals = [row('X', 'W1', 10), row('X', 'W2', 20), row('Y', 'W1', 5), row('X', 'W9', 1000)];
  const forecasts = [row('X', 'W1', 12), row('X', 'W2', 15), row('Y', 'W2', 4)];

  it('sums errors over every SKU-week with an actual or a forecast, a missing one counting 0', () => {
    // X W1 (A 10, F 12): |A-F| 2, F-A +2;  X W2 (20, 15): 5, -5;  Y W1 (5, 0): 5, -5;  Y W2 (0, 4): 4, +4
    // actual 35, |A-F| 16, F-A -4; W9 is outside the window
    const totals = forecastErrorTotals(actuals, forecasts, new Set(['W1', 'W2']));
    expect(totals).toEqual({ actual: 35, absoluteError: 16, signedError: -4 });
    // WAPE = 16 / 35 = 45.7143%; bias = -4 / 35 = -11.4286% (under-forecast)
    expect(reading(KPI.forecastWape, { numerator: totals.absoluteError, denominator: totals.actual, fromWeek: 'x', toWeek: 'x' }).value).toBe('45.7143');
    expect(reading(KPI.forecastBias, { numerator: totals.signedError, denominator: totals.actual, fromWeek: 'x', toWeek: 'x' }).value).toBe('-11.4286');
  });

  it('gives null WAPE and bias on zero actuals, never a division error', () => {
    const totals = forecastErrorTotals([], [row('X', 'W1', 7)], new Set(['W1']));
    expect(totals).toEqual({ actual: 0, absoluteError: 7, signedError: 7 });
    const wape = reading(KPI.forecastWape, { numerator: totals.absoluteError, denominator: totals.actual, fromWeek: 'x', toWeek: 'x' });
    expect(wape.value).toBeNull();
    expect(wape.numerator).toBe('7.0000');
  });
});
