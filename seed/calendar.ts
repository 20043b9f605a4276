import { HISTORY_START, HISTORY_WEEKS } from './config.ts';

/** Instants are epoch milliseconds (UTC) inside the generator; rows get Date or 'YYYY-MM-DD'. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
export const HISTORY_DAYS = HISTORY_WEEKS * 7;

/** US holidays in the history window: no picking, shipping or rep orders on these days. */
const HOLIDAYS = new Set(['2025-11-27', '2025-12-25', '2026-01-01', '2026-05-25', '2026-07-03', '2026-09-07']);

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dateMs(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function endOfDay(ms: number): number {
  return startOfDay(ms) + DAY_MS - 1000;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(ms: number): number {
  return new Date(ms).getUTCDay();
}

export function isHoliday(ms: number): boolean {
  return HOLIDAYS.has(isoDate(ms));
}

export function isBusinessDay(ms: number): boolean {
  const day = weekday(ms);
  return day !== 0 && day !== 6 && !isHoliday(ms);
}

/** Start of the first business day strictly after the day containing `ms`. */
export function nextBusinessDay(ms: number): number {
  let day = startOfDay(ms) + DAY_MS;
  while (!isBusinessDay(day)) day += DAY_MS;
  return day;
}

/** Start of the business day `count` business days after the day containing `ms`. */
export function addBusinessDays(ms: number, count: number): number {
  let day = startOfDay(ms);
  for (let i = 0; i < count; i += 1) day = nextBusinessDay(day);
  return day;
}

/** Index of the ISO week of history containing `ms` (0 = week of 2025-11-03; may be <0 or >51). */
export function historyWeek(ms: number): number {
  return Math.floor((ms - HISTORY_START) / WEEK_MS);
}

export function historyWeekStart(week: number): string {
  return isoDate(HISTORY_START + week * WEEK_MS);
}
