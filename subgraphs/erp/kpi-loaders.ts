import DataLoader from 'dataloader';
import type { Db } from '../../lib/db.ts';
import { onceLoader } from '../../lib/loaders.ts';
import { creditHoldWeeks, releaseQuantiles } from './db/kpi-credit.repository.ts';
import { accountProfiles, inventorySnapshot, itemVelocityTiers } from './db/kpi-inputs.repository.ts';
import { monthlyCreditSales, receivableSnapshots } from './db/kpi-receivables.repository.ts';
import { disputeWeeks, invoiceWeeks } from './db/kpi-sales.repository.ts';
import { agedLayers, forecastsByLag, inboundEtaWeeks, supplierWeeks } from './db/kpi-supply.repository.ts';
import { periodFromKey, periodInstants, weekStartDay } from './kpi/period.ts';
import { AGING_BUCKET_BOUNDS } from './rules/aging.rules.ts';
import { FORECAST_LAG_WEEKS } from './rules/forecast.rules.ts';

/**
 * The KPI loaders of one request. Weekly aggregates load by period key ("2026-W32|2026-W44"):
 * every period asked for in the request is served by ONE statement over the span that covers
 * them all, then each period keeps its weeks. Snapshots load by day, quantiles and order ids by
 * period, each batch in one statement, so N periods cost what one does.
 */
export function createKpiLoaders(db: Db) {
  return {
    invoiceWeeks: weeklySpanLoader((from, to) => invoiceWeeks(db, from, to)),
    disputeWeeks: weeklySpanLoader((from, to) => disputeWeeks(db, from, to)),
    creditHoldWeeks: weeklySpanLoader((from, to) => creditHoldWeeks(db, from, to)),
    supplierWeeks: weeklySpanLoader((from, to) => supplierWeeks(db, from, to)),
    inboundEtaWeeks: weeklySpanLoader((from, to) => inboundEtaWeeks(db, from, to)),
    /** Keyed by Monday: forecasts at the standard lag for the 8 weeks ending that week. */
    forecastWeeks: weeklySpanLoader((from, to) => forecastsByLag(db, FORECAST_LAG_WEEKS, from, to)),

    receivables: dayLoader((days) => receivableSnapshots(db, days)),
    monthlySales: dayLoader((days) => monthlyCreditSales(db, days)),
    agingByFamily: dayLoader((days) => agedLayers(db, days, 'family', AGING_BUCKET_BOUNDS)),
    agingByBranch: dayLoader((days) => agedLayers(db, days, 'branch', AGING_BUCKET_BOUNDS)),

    releaseQuantiles: periodLoader(async (periods) => {
      const instants = periods.map(periodInstants);
      const rows = await releaseQuantiles(db, instants.map((p) => p.start), instants.map((p) => p.end));
      return (n) => rows.find((row) => row.period === n) ?? null;
    }),

    accountProfiles: onceLoader(() => accountProfiles(db)),
    itemVelocityTiers: onceLoader(() => itemVelocityTiers(db)),
    inventorySnapshot: onceLoader(() => inventorySnapshot(db)),
  };
}

export type KpiLoaders = ReturnType<typeof createKpiLoaders>;

/** Rows of a weekly table for each period key, fetched once for the span covering every key. */
function weeklySpanLoader<Row extends { week_start: string }>(fetch: (fromMonday: string, toMonday: string) => Promise<Row[]>) {
  return new DataLoader<string, Row[]>(async (keys) => {
    const spans = keys.map(periodFromKey).map((period) => ({ from: weekStartDay(period.fromWeek), to: weekStartDay(period.toWeek) }));
    const rows = await fetch(spans.map((s) => s.from).sort()[0]!, spans.map((s) => s.to).sort().at(-1)!);
    return spans.map((span) => rows.filter((row) => row.week_start >= span.from && row.week_start <= span.to));
  });
}

/** Rows computed as of the end of each requested day ('YYYY-MM-DD'), one statement per batch. */
function dayLoader<Row extends { end_day: string }>(fetch: (days: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row[]>(async (days) => {
    const rows = await fetch(days);
    return days.map((day) => rows.filter((row) => row.end_day === day));
  });
}

/** One answer per period key; `fetch` gets the periods and returns a picker by 1-based position. */
function periodLoader<Answer>(fetch: (periods: ReturnType<typeof periodFromKey>[]) => Promise<(position: number) => Answer>) {
  return new DataLoader<string, Answer>(async (keys) => {
    const pick = await fetch(keys.map(periodFromKey));
    return keys.map((_, index) => pick(index + 1));
  });
}
