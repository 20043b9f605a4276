import { DAY_MS, WEEK_MS, dateMs, isoDate, weekday } from './calendar.ts';
import { HISTORY_WEEKS } from './config.ts';

/**
 * The dataset's clock: the instant it describes and the history before it. Every date the
 * generator writes is relative to these, so a dataset for another as-of day is the same business
 * moved in time (holidays, seasons and half-years follow the real calendar).
 */
export interface Timeline {
  /** The as-of day, YYYY-MM-DD. */
  asOfDay: string;
  /** 23:59:59Z on the as-of day: everything after it has not happened yet. */
  asOfMs: number;
  /** Monday 00:00Z of the first of the 52 complete ISO weeks of history. */
  historyStartMs: number;
  /**
   * Days of history through the as-of day: the 52 complete weeks (364 days), plus the days of
   * the as-of's own ISO week when it is not over (an as-of on a Sunday closes its week).
   */
  historyDays: number;
}

const AS_OF_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  if (!AS_OF_DAY.test(text)) return false;
  const ms = dateMs(text);
  return !Number.isNaN(ms) && isoDate(ms) === text;
}

/** Today in UTC, YYYY-MM-DD: the as-of day a dataset gets when none is asked for. */
export function todayUtc(nowMs: number = Date.now()): string {
  return isoDate(nowMs);
}

export function timelineFor(asOfDay: string): Timeline {
  if (!isCalendarDay(asOfDay)) throw new RangeError(`asOf must be a calendar day YYYY-MM-DD, e.g. 2026-11-01, got "${asOfDay}"`);
  const dayMs = dateMs(asOfDay);
  const daysAfterSunday = weekday(dayMs);
  const lastCompleteWeekEndMs = dayMs - daysAfterSunday * DAY_MS;
  return {
    asOfDay,
    asOfMs: dayMs + DAY_MS - 1000,
    historyStartMs: lastCompleteWeekEndMs + DAY_MS - HISTORY_WEEKS * WEEK_MS,
    historyDays: HISTORY_WEEKS * 7 + daysAfterSunday,
  };
}

/** Index of the ISO week of history containing `ms` (0 = the first complete week; 52 = a partial as-of week). */
export function historyWeek(timeline: Timeline, ms: number): number {
  return Math.floor((ms - timeline.historyStartMs) / WEEK_MS);
}

export function historyWeekStart(timeline: Timeline, week: number): string {
  return isoDate(timeline.historyStartMs + week * WEEK_MS);
}

/** The last day of each of the next `count` calendar half-years (June 30, December 31) after the as-of day. */
export function halfYearEndsAfter(timeline: Timeline, count: number): string[] {
  const asOf = new Date(timeline.asOfMs);
  const ends: string[] = [];
  for (let month = asOf.getUTCMonth() < 6 ? 6 : 12; ends.length < count; month += 6) {
    const end = isoDate(Date.UTC(asOf.getUTCFullYear(), month, 0));
    if (end > timeline.asOfDay) ends.push(end);
  }
  return ends;
}
