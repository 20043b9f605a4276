import { toInt } from '../../../lib/convert.ts';
import { reading, type KpiReading } from '../../../lib/kpi.ts';
import { money, type Money } from '../../../lib/money.ts';
import type { FulfilmentCostRecord, InvoiceWeekRecord } from '../db/rows.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { addDimensionPart, addPart, majorUnits, weeklyMeasure, type Measure, type Part, type Period } from '../rules/measure.rules.ts';
import { periodKey, weekOfDay } from './period.ts';

/** Revenue, margins and price leakage of the invoices issued in a period (kpi_invoice_week). */
export type RevenueDimension = 'segment' | 'channel';

const revenuePart = (row: InvoiceWeekRecord): Part => ({ numerator: majorUnits(row.revenue_minor), denominator: 1 });
const grossMarginPart = (row: InvoiceWeekRecord): Part => ({
  numerator: majorUnits(BigInt(row.revenue_minor) - BigInt(row.cogs_minor)),
  denominator: majorUnits(row.revenue_minor),
});

export async function revenue(loaders: KpiLoaders, period: Period, by: RevenueDimension | null): Promise<Measure> {
  const { weekly, dimension } = await invoiceParts(loaders, period, by, revenuePart);
  return weeklyMeasure(KPI.revenue, period, weekly, { dimension });
}

export async function grossMarginPercent(loaders: KpiLoaders, period: Period, by: RevenueDimension | null): Promise<Measure> {
  const { weekly, dimension } = await invoiceParts(loaders, period, by, grossMarginPart);
  return weeklyMeasure(KPI.grossMarginPercent, period, weekly, { dimension });
}

/** Revenue - COGS of the period's invoices, minus the OMS's freight, expedite, pick/pack and return costs. */
export async function contributionMargin(loaders: KpiLoaders, period: Period, costs: FulfilmentCostRecord): Promise<KpiReading> {
  const { weekly } = await invoiceParts(loaders, period, null, grossMarginPart);
  const grossMargin = [...weekly.values()].reduce((sum, part) => sum + part.numerator, 0);
  const subtracted = [costs.outboundFreight, costs.expedite, costs.pickPack, costs.returns].reduce((sum, cost) => sum + majorUnits(cost.minorUnits), 0);
  return reading(KPI.contributionMargin, { numerator: grossMargin - subtracted, denominator: 1, ...period });
}

export async function priceLeakage(loaders: KpiLoaders, period: Period): Promise<Money> {
  const rows = await loaders.invoiceWeeks.load(periodKey(period));
  return money(rows.filter((row) => row.dimension === null).reduce((sum, row) => sum + BigInt(row.price_leakage_minor), 0n));
}

/** Invoices issued per week of the period (void included): the dispute rates' denominator. */
export async function invoicesIssuedByWeek(loaders: KpiLoaders, period: Period): Promise<Map<string, number>> {
  const rows = await loaders.invoiceWeeks.load(periodKey(period));
  return new Map(rows.filter((row) => row.dimension === null).map((row) => [weekOfDay(row.week_start), toInt(row.invoices)]));
}

async function invoiceParts(loaders: KpiLoaders, period: Period, by: RevenueDimension | null, part: (row: InvoiceWeekRecord) => Part) {
  const rows = await loaders.invoiceWeeks.load(periodKey(period));
  const weekly = new Map<string, Part>();
  const byValue = new Map<string, Map<string, Part>>();
  for (const row of rows) {
    const week = weekOfDay(row.week_start);
    if (row.dimension === null) addPart(weekly, week, part(row));
    else if (row.dimension === by) addDimensionPart(byValue, row.dimension_value!, week, part(row));
  }
  return { weekly, dimension: by ? { name: by, weekly: byValue } : undefined };
}
