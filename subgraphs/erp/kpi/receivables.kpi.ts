import type { MonthlySalesRecord, ReceivableSnapshotRecord } from '../db/rows.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { averageDailySales, countbackDso, monthsBackFrom } from '../rules/dso.rules.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { addDimensionPart, addPart, majorUnits, weeklyMeasure, type Measure, type Part, type Period } from '../rules/measure.rules.ts';
import { periodWeeks, weekEndDay } from './period.ts';
import type { KpiDefinitionShape } from '../../../lib/kpi.ts';

/**
 * DSO and its companions, each as of the end of every week of the period (kpi_receivables_day).
 * Balances are snapshots: the period reads as its last week.
 */
export type ReceivablesDimension = 'cohort';
export type DsoMethod = 'trailing_91' | 'countback';

type Balance = 'receivable' | 'current' | 'pastDue';

const balanceMinor: Record<Balance, (row: ReceivableSnapshotRecord) => bigint> = {
  receivable: (row) => BigInt(row.receivable_minor),
  current: (row) => BigInt(row.current_minor),
  pastDue: (row) => BigInt(row.receivable_minor) - BigInt(row.current_minor),
};

export function dso(loaders: KpiLoaders, period: Period, method: DsoMethod, by: ReceivablesDimension | null): Promise<Measure> {
  return method === 'countback' ? countbackMeasure(loaders, period, by) : trailingMeasure(KPI.dso, 'receivable', loaders, period, by);
}

export const bestPossibleDso = (loaders: KpiLoaders, period: Period, by: ReceivablesDimension | null) =>
  trailingMeasure(KPI.bestPossibleDso, 'current', loaders, period, by);

export const averageDaysDelinquent = (loaders: KpiLoaders, period: Period, by: ReceivablesDimension | null) =>
  trailingMeasure(KPI.averageDaysDelinquent, 'pastDue', loaders, period, by);

/** Balance / average daily credit sales of the trailing 91 days, summed over cohorts before dividing. */
async function trailingMeasure(definition: KpiDefinitionShape, balance: Balance, loaders: KpiLoaders, period: Period, by: ReceivablesDimension | null): Promise<Measure> {
  const weeks = periodWeeks(period);
  const snapshots = await loaders.receivables.loadMany(weeks.map(weekEndDay));
  const weekly = new Map<string, Part>();
  const byCohort = new Map<string, Map<string, Part>>();
  weeks.forEach((week, index) => {
    for (const row of loaded(snapshots[index])) {
      const part = { numerator: majorUnits(balanceMinor[balance](row)), denominator: averageDailySales(majorUnits(row.trailing_sales_minor)) };
      addPart(weekly, week, part);
      if (by) addDimensionPart(byCohort, row.cohort, week, part);
    }
  });
  return weeklyMeasure(definition, period, weekly, { rule: 'last', dimension: by ? { name: by, weekly: byCohort } : undefined });
}

/** Countback days per week end, for the network and per cohort; no credit sales at all reads null. */
async function countbackMeasure(loaders: KpiLoaders, period: Period, by: ReceivablesDimension | null): Promise<Measure> {
  const weeks = periodWeeks(period);
  const ends = weeks.map(weekEndDay);
  const [snapshots, sales] = await Promise.all([loaders.receivables.loadMany(ends), loaders.monthlySales.loadMany(ends)]);
  const weekly = new Map<string, Part>();
  const byCohort = new Map<string, Map<string, Part>>();
  weeks.forEach((week, index) => {
    const balances = loaded(snapshots[index]);
    const months = loaded(sales[index]);
    weekly.set(week, countbackPart(ends[index]!, balances, months));
    if (!by) return;
    for (const cohort of new Set(balances.map((row) => row.cohort))) {
      const part = countbackPart(ends[index]!, balances.filter((row) => row.cohort === cohort), months.filter((row) => row.cohort === cohort));
      addDimensionPart(byCohort, cohort, week, part);
    }
  });
  return weeklyMeasure(KPI.dsoCountback, period, weekly, { rule: 'last', dimension: by ? { name: by, weekly: byCohort } : undefined });
}

function countbackPart(endDay: string, balances: readonly ReceivableSnapshotRecord[], months: readonly MonthlySalesRecord[]): Part {
  if (!months.some((row) => BigInt(row.sales_minor) > 0n)) return { numerator: 0, denominator: 0 };
  const salesByMonth = new Map<string, number>();
  for (const row of months) salesByMonth.set(row.month, (salesByMonth.get(row.month) ?? 0) + majorUnits(row.sales_minor));
  const receivable = balances.reduce((sum, row) => sum + majorUnits(row.receivable_minor), 0);
  const firstMonth = [...salesByMonth.keys()].sort()[0]!;
  return { numerator: countbackDso(receivable, monthsBackFrom(endDay, firstMonth, salesByMonth)), denominator: 1 };
}

function loaded<Row>(result: Row[] | Error | undefined): Row[] {
  if (result instanceof Error) throw result;
  return result ?? [];
}
