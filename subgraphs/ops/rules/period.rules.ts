import { compareWeeks, isoWeekStart, weekRange } from '../../../lib/iso-week.ts';

/** A KPI period is whole ISO weeks, at most two years of them. */
export const MAX_PERIOD_WEEKS = 104;
const WEEK_MS = 7 * 86_400_000;

/** What is wrong with a period, naming the argument at fault, or null. */
export function periodProblem(fromWeek: string, toWeek: string): { argument: 'fromWeek' | 'toWeek'; problem: string } | null {
  if (!isoWeekStart(fromWeek)) return { argument: 'fromWeek', problem: `must be an ISO week such as 2026-W44; got ${fromWeek}` };
  if (!isoWeekStart(toWeek)) return { argument: 'toWeek', problem: `must be an ISO week such as 2026-W44; got ${toWeek}` };
  if (compareWeeks(toWeek, fromWeek) < 0) return { argument: 'toWeek', problem: `must not be before fromWeek (${fromWeek}); got ${toWeek}` };
  const weeks = weekCount(fromWeek, toWeek);
  if (weeks > MAX_PERIOD_WEEKS) {
    return { argument: 'toWeek', problem: `makes a period of ${weeks} weeks from ${fromWeek}; a period covers at most ${MAX_PERIOD_WEEKS} weeks` };
  }
  return null;
}

/** Weeks from `fromWeek` to `toWeek`, both included. */
export function weekCount(fromWeek: string, toWeek: string): number {
  return Math.round(compareWeeks(toWeek, fromWeek) / WEEK_MS) + 1;
}

/** The Monday starting the first week and the Sunday ending the last, as calendar dates. */
export function periodDates(fromWeek: string, toWeek: string): { startsOn: string; endsOn: string } {
  const { start, end } = weekRange(fromWeek, toWeek);
  return { startsOn: isoDate(start), endsOn: isoDate(new Date(end.getTime() - 86_400_000)) };
}

const isoDate = (instant: Date) => instant.toISOString().slice(0, 10);
