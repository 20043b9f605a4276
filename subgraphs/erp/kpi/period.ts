import { addWeeks, compareWeeks, isoWeekOf, isoWeekStart, weeksBetween } from '../../../lib/iso-week.ts';
import { badUserInput } from '../../../lib/errors.ts';
import type { Period } from '../rules/measure.rules.ts';

/**
 * The ISO-week calendar as the ERP's KPI tables key it: a week is stored as its Monday
 * ('YYYY-MM-DD', UTC) and ends on its Sunday.
 */
const DAY_MS = 86_400_000;

/** The longest period ops serves; a longer one in a representation is refused the same way. */
export const MAX_PERIOD_WEEKS = 104;
/** A scorecard shows the 13 weeks ending its week. */
export const SCORECARD_WEEKS = 13;

export function weekStartDay(week: string): string {
  return isoDate(startOf(week));
}

/** The Sunday that ends the week: balances "at the end of the week" are as of the end of this day. */
export function weekEndDay(week: string): string {
  return isoDate(new Date(startOf(week).getTime() + 6 * DAY_MS));
}

export function weekOfDay(day: string): string {
  return isoWeekOf(new Date(`${day}T00:00:00Z`));
}

/** The instant a period starts (Monday 00:00 UTC of fromWeek) and the instant after it ends. */
export function periodInstants(period: Period): { start: Date; end: Date } {
  return { start: startOf(period.fromWeek), end: new Date(startOf(period.toWeek).getTime() + 7 * DAY_MS) };
}

export function periodWeeks(period: Period): string[] {
  return weeksBetween(period.fromWeek, period.toWeek);
}

export function periodKey(period: Period): string {
  return `${period.fromWeek}|${period.toWeek}`;
}

export function periodFromKey(key: string): Period {
  const [fromWeek, toWeek] = key.split('|') as [string, string];
  return { fromWeek, toWeek };
}

/** The scorecard's window: the 13 weeks ending `week`. */
export function scorecardPeriod(week: string): Period {
  return { fromWeek: addWeeks(week, -(SCORECARD_WEEKS - 1)), toWeek: week };
}

/** The KpiPeriod key of a representation, checked as ops checks the kpis(...) arguments. */
export function periodOf(reference: { fromWeek: unknown; toWeek: unknown }): Period {
  const fromWeek = week(reference.fromWeek, 'fromWeek');
  const toWeek = week(reference.toWeek, 'toWeek');
  if (compareWeeks(toWeek, fromWeek) < 0) throw badUserInput('toWeek', `must not be before fromWeek (got ${toWeek} < ${fromWeek})`);
  if (weeksBetween(fromWeek, toWeek).length > MAX_PERIOD_WEEKS) throw badUserInput('toWeek', `must be at most ${MAX_PERIOD_WEEKS} weeks after fromWeek`);
  return { fromWeek, toWeek };
}

export function week(value: unknown, argumentName: string): string {
  if (typeof value !== 'string' || !isoWeekStart(value)) throw badUserInput(argumentName, `must be an ISO week such as 2026-W44 (got ${JSON.stringify(value)})`);
  return value;
}

function startOf(week: string): Date {
  const start = isoWeekStart(week);
  if (!start) throw new RangeError(`not an ISO week: ${week}`);
  return start;
}

function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
