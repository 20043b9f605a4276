import { toInt } from '../../../lib/convert.ts';
import { formatDecimal } from '../../../lib/kpi.ts';
import { money } from '../../../lib/money.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { AGING_BUCKETS } from '../rules/aging.rules.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { addDimensionPart, addPart, weeklyMeasure, type Measure, type Part, type Period } from '../rules/measure.rules.ts';
import { periodKey, weekEndDay, weekOfDay } from './period.ts';

/** Supplier delivery, inbound ETA accuracy and inventory aging. */
export type SupplierDimension = 'supplier';
export type InventoryAgingDimension = 'family' | 'branch';

/** PO lines received within 2 days early to 0 days late of the commit date / lines due, by commit week. */
export async function supplierOnTimeDelivery(loaders: KpiLoaders, period: Period, by: SupplierDimension | null): Promise<Measure> {
  const rows = await loaders.supplierWeeks.load(periodKey(period));
  const weekly = new Map<string, Part>();
  const bySupplier = new Map<string, Map<string, Part>>();
  for (const row of rows) {
    const part = { numerator: row.lines_on_time, denominator: row.lines_due };
    addPart(weekly, weekOfDay(row.week_start), part);
    if (by) addDimensionPart(bySupplier, row.supplier_id, weekOfDay(row.week_start), part);
  }
  return weeklyMeasure(KPI.supplierOnTimeDelivery, period, weekly, { dimension: by ? { name: by, weekly: bySupplier } : undefined });
}

/** First receipts of the period within +-2 days of the 7-days-prior ETA, with mean absolute error and bias. */
export async function inboundEtaAccuracy(loaders: KpiLoaders, period: Period) {
  const rows = await loaders.inboundEtaWeeks.load(periodKey(period));
  const weekly = new Map<string, Part>();
  let receipts = 0;
  let absoluteError = 0;
  let error = 0;
  for (const row of rows) {
    addPart(weekly, weekOfDay(row.week_start), { numerator: row.within_two_days, denominator: row.receipts });
    receipts += row.receipts;
    absoluteError += row.abs_error_days;
    error += row.error_days;
  }
  return {
    withinTwoDays: weeklyMeasure(KPI.inboundEtaWithinTwoDays, period, weekly),
    meanAbsoluteErrorDays: receipts === 0 ? null : formatDecimal(absoluteError / receipts),
    biasDays: receipts === 0 ? null : formatDecimal(error / receipts),
  };
}

/** Every age bucket of every family or branch holding stock at the Sunday ending the period. */
export async function inventoryAging(loaders: KpiLoaders, period: Period, by: InventoryAgingDimension) {
  const loader = by === 'family' ? loaders.agingByFamily : loaders.agingByBranch;
  const rows = await loader.load(weekEndDay(period.toWeek));
  const values = [...new Set(rows.map((row) => row.dimension_value))].sort();
  return values.flatMap((value) =>
    AGING_BUCKETS.map(({ bucket }, index) => {
      const row = rows.find((candidate) => candidate.dimension_value === value && candidate.bucket === index);
      return { dimension: by, dimensionValue: value, bucket, quantity: toInt(row?.quantity ?? 0), value: money(row?.value_minor ?? 0) };
    }),
  );
}
