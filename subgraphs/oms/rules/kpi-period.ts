import { addWeeks, compareWeeks, isoWeekOf, isoWeekStart, weeksBetween } from '../../../lib/iso-week.ts';
import type { PeriodWeeks } from './kpi-measure.ts';

/**
 * A KPI period as the aggregates address it: ISO weeks plus the Mondays (YYYY-MM-DD) that key
 * the weekly tables, and the instants it spans.
 */
export interface KpiPeriodRange extends PeriodWeeks {
  /** Monday of fromWeek, e.g. "2026-10-05". */
  fromMonday: string;
  /** Monday of toWeek. */
  toMonday: string;
  /** Start of fromWeek (inclusive). */
  start: Date;
  /** Start of the week after toWeek (exclusive). */
  end: Date;
}

const DAY_MS = 86_400_000;

/** The period of two ISO weeks; null when either is not a real week or they are in the wrong order. */
export function kpiPeriod(fromWeek: string, toWeek: string): KpiPeriodRange | null {
  const start = isoWeekStart(fromWeek);
  const last = isoWeekStart(toWeek);
  if (!start || !last || compareWeeks(fromWeek, toWeek) > 0) return null;
  return {
    fromWeek,
    toWeek,
    weeks: weeksBetween(fromWeek, toWeek),
    fromMonday: isoDay(start),
    toMonday: isoDay(last),
    start,
    end: new Date(last.getTime() + 7 * DAY_MS),
  };
}

/** The `count` weeks ending `week`, e.g. the scorecard's 13. */
export function weeksEnding(week: string, count: number): KpiPeriodRange | null {
  if (!isoWeekStart(week)) return null;
  return kpiPeriod(addWeeks(week, -(count - 1)), week);
}

const weekByMonday = new Map<string, string>();

/** The ISO week of a week_start column value (a Monday, YYYY-MM-DD). */
export function weekOfMonday(monday: string): string {
  let week = weekByMonday.get(monday);
  if (week === undefined) {
    week = isoWeekOf(new Date(`${monday}T00:00:00Z`));
    weekByMonday.set(monday, week);
  }
  return week;
}

function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
