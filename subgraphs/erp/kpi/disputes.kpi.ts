import { toFloat } from '../../../lib/convert.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { addPart, weeklyMeasure, type Measure, type Part, type Period } from '../rules/measure.rules.ts';
import { periodKey, weekOfDay } from './period.ts';
import { invoicesIssuedByWeek } from './sales.kpi.ts';

/** Dispute rates and cycle time (kpi_dispute_week over kpi_invoice_week's invoices issued). */
export type DisputeDimension = 'reason';

const REASONS = ['pricing', 'quantity', 'documentation', 'damage'] as const;

export async function disputeRate(loaders: KpiLoaders, period: Period, by: DisputeDimension | null): Promise<Measure> {
  const shares = await disputedShare(loaders, period);
  const byReason = new Map(REASONS.map((reason) => [reason, shares(reason)]));
  return weeklyMeasure(KPI.disputeRate, period, shares('any'), { dimension: by ? { name: by, weekly: byReason } : undefined });
}

export async function disputeRateOrderQuality(loaders: KpiLoaders, period: Period): Promise<Measure> {
  const shares = await disputedShare(loaders, period);
  return weeklyMeasure(KPI.disputeRateOrderQuality, period, shares('order_quality'));
}

/** Sum of opened-to-resolved days / disputes resolved, by resolution week. */
export async function disputeCycleTimeDays(loaders: KpiLoaders, period: Period): Promise<Measure> {
  const rows = await loaders.disputeWeeks.load(periodKey(period));
  const weekly = new Map<string, Part>();
  for (const row of rows.filter((row) => row.category === 'any')) {
    addPart(weekly, weekOfDay(row.week_start), { numerator: toFloat(row.resolved_days), denominator: row.resolved_disputes });
  }
  return weeklyMeasure(KPI.disputeCycleTime, period, weekly);
}

/**
 * Weekly parts of a dispute category ('any', a reason, 'order_quality'): invoices first disputed
 * in the week over invoices issued in the week.
 */
async function disputedShare(loaders: KpiLoaders, period: Period): Promise<(category: string) => Map<string, Part>> {
  const [rows, issued] = await Promise.all([loaders.disputeWeeks.load(periodKey(period)), invoicesIssuedByWeek(loaders, period)]);
  return (category) => {
    const weekly = new Map<string, Part>();
    for (const [week, invoices] of issued) addPart(weekly, week, { numerator: 0, denominator: invoices });
    for (const row of rows.filter((row) => row.category === category)) {
      addPart(weekly, weekOfDay(row.week_start), { numerator: row.first_disputed_invoices, denominator: 0 });
    }
    return weekly;
  };
}
