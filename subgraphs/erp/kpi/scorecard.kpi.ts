import type { KpiReading } from '../../../lib/kpi.ts';
import type { WeeklyCountRecord } from '../db/rows.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { SCORECARD_KPIS } from '../rules/kpi-catalog.ts';
import type { Measure, Period } from '../rules/measure.rules.ts';
import { creditHoldFrequency, creditHoldReleaseMean } from './credit.kpi.ts';
import { disputeRateOrderQuality } from './disputes.kpi.ts';
import { scorecardPeriod } from './period.ts';
import { dso } from './receivables.kpi.ts';
import { grossMarginPercent } from './sales.kpi.ts';
import { supplierOnTimeDelivery } from './supply.kpi.ts';

type WeeklyMeasure = (loaders: KpiLoaders, period: Period, ordersPlaced: readonly WeeklyCountRecord[]) => Promise<Measure>;

/** Each scorecard KPI's measure: the same function its KpiPeriod field uses, headline cut only. */
const MEASURES: Record<(typeof SCORECARD_KPIS)[number]['kpi'], WeeklyMeasure> = {
  dso: (loaders, period) => dso(loaders, period, 'trailing_91', null),
  credit_hold_release_time: (loaders, period) => creditHoldReleaseMean(loaders, period),
  credit_hold_frequency: (loaders, period, ordersPlaced) => creditHoldFrequency(loaders, period, ordersPlaced),
  dispute_rate_order_quality: (loaders, period) => disputeRateOrderQuality(loaders, period),
  gross_margin_percent: (loaders, period) => grossMarginPercent(loaders, period, null),
  supplier_on_time_delivery: (loaders, period) => supplierOnTimeDelivery(loaders, period, null),
};

/**
 * The ERP's scorecard-eligible KPIs (SCORECARD_KPIS, in that order), one reading per week of the
 * 13 weeks ending `week`. The loaders make it one statement per aggregate table (invoices,
 * disputes, receivables, holds, suppliers), whatever the number of weeks.
 */
export async function erpReadings(loaders: KpiLoaders, week: string, ordersPlaced: readonly WeeklyCountRecord[]): Promise<KpiReading[]> {
  const period = scorecardPeriod(week);
  const measures = await Promise.all(SCORECARD_KPIS.map((definition) => MEASURES[definition.kpi](loaders, period, ordersPlaced)));
  return measures.flatMap((measure) => measure.byWeek);
}
