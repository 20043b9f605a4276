import DataLoader from 'dataloader';
import type { Db } from '../../lib/db.ts';
import type { MondayRange } from './db/kpi-periods.repository.ts';
import {
  exceptionResolutionMedians,
  openAllocationsBySkuBranch,
  pickToShipPercentiles,
  repeatAccounts,
  returnCyclePercentiles,
} from './db/kpi-periods.repository.ts';
import type { PeriodIndexed } from './db/kpi-rows.ts';
import {
  backorderWeeks,
  deliveryWeeks,
  exceptionWeeks,
  orderWeeks,
  quoteLossWeeks,
  quoteWeeks,
  returnWeeks,
  shipmentWeeks,
  skuWeeks,
  weekTotals,
} from './db/kpi-weeks.repository.ts';

/**
 * The KPI loaders of one request. Each aggregate is read once for all the periods a request
 * touches (one range scan covering them all, split per period), so the statements for a batch of
 * KpiPeriod representations do not depend on how many there are; percentiles and distinct counts,
 * which do not add up over weeks, take one statement for all periods.
 */
const rangeKey = (range: MondayRange) => `${range.fromMonday}|${range.toMonday}`;
const within = (range: MondayRange, monday: string) => monday >= range.fromMonday && monday <= range.toMonday;

function covering(ranges: readonly MondayRange[]): MondayRange {
  const fromMonday = ranges.map((r) => r.fromMonday).reduce((a, b) => (b < a ? b : a));
  const toMonday = ranges.map((r) => r.toMonday).reduce((a, b) => (b > a ? b : a));
  return { fromMonday, toMonday };
}

/** Rows of a weekly aggregate per period, from one scan of the weeks covering all the periods asked. */
export function weekRangeLoader<Row extends { week_start: string }>(fetch: (fromMonday: string, toMonday: string) => Promise<Row[]>) {
  return new DataLoader<MondayRange, Row[], string>(
    async (ranges) => {
      const all = covering(ranges);
      const rows = await fetch(all.fromMonday, all.toMonday);
      return ranges.map((range) => rows.filter((row) => within(range, row.week_start)));
    },
    { cacheKeyFn: rangeKey },
  );
}

/** Rows of a per-period statement, split by the period index the statement tags them with. */
export function periodLoader<Row extends PeriodIndexed>(fetch: (ranges: readonly MondayRange[]) => Promise<Row[]>) {
  return new DataLoader<MondayRange, Row[], string>(
    async (ranges) => {
      const byPeriod: Row[][] = ranges.map(() => []);
      for (const row of await fetch(ranges)) byPeriod[Number(row.period_index) - 1]!.push(row);
      return byPeriod;
    },
    { cacheKeyFn: rangeKey },
  );
}

export function createKpiLoaders(db: Db) {
  let allocations: ReturnType<typeof openAllocationsBySkuBranch> | undefined;
  return {
    orderWeeks: weekRangeLoader((from, to) => orderWeeks(db, from, to)),
    deliveryWeeks: weekRangeLoader((from, to) => deliveryWeeks(db, from, to)),
    skuWeeks: weekRangeLoader((from, to) => skuWeeks(db, from, to)),
    backorderWeeks: weekRangeLoader((from, to) => backorderWeeks(db, from, to)),
    shipmentWeeks: weekRangeLoader((from, to) => shipmentWeeks(db, from, to)),
    quoteWeeks: weekRangeLoader((from, to) => quoteWeeks(db, from, to)),
    quoteLossWeeks: weekRangeLoader((from, to) => quoteLossWeeks(db, from, to)),
    returnWeeks: weekRangeLoader((from, to) => returnWeeks(db, from, to)),
    exceptionWeeks: weekRangeLoader((from, to) => exceptionWeeks(db, from, to)),
    weekTotals: weekRangeLoader((from, to) => weekTotals(db, from, to)),
    repeatAccounts: periodLoader((ranges) => repeatAccounts(db, ranges)),
    pickToShipPercentiles: periodLoader((ranges) => pickToShipPercentiles(db, ranges)),
    returnCyclePercentiles: periodLoader((ranges) => returnCyclePercentiles(db, ranges)),
    exceptionResolutionMedians: periodLoader((ranges) => exceptionResolutionMedians(db, ranges)),
    /** Current open allocations per product and branch, read once per request. */
    openAllocations() {
      allocations ??= openAllocationsBySkuBranch(db);
      return allocations;
    },
  };
}

export type KpiLoaders = ReturnType<typeof createKpiLoaders>;
