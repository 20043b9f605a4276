/**
 * ISO 8601 weeks (Monday start, UTC): the calendar every KPI is reported in. A week is written
 * "2026-W44"; week 1 is the week with the year's first Thursday.
 */
const PATTERN = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

/** The Monday (00:00 UTC) that starts the ISO week, or null when the text is not a real week. */
export function isoWeekStart(week: string): Date | null {
  const match = PATTERN.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > weeksInYear(year)) return null;
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(jan4 - jan4Weekday * DAY_MS + (number - 1) * 7 * DAY_MS);
}

function weeksInYear(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  return Number(isoWeekOf(dec28).slice(6));
}

/** The ISO week an instant falls in (UTC). */
export function isoWeekOf(instant: Date): string {
  const day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
  const weekday = (day.getUTCDay() + 6) % 7;
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursdayWeekStart = Date.UTC(year, 0, 4) - ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) * DAY_MS;
  const number = Math.floor((thursday.getTime() - 3 * DAY_MS - firstThursdayWeekStart) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(number).padStart(2, '0')}`;
}

export function addWeeks(week: string, count: number): string {
  const start = isoWeekStart(week);
  if (!start) throw new RangeError(`not an ISO week: ${week}`);
  return isoWeekOf(new Date(start.getTime() + count * 7 * DAY_MS));
}

/** Every week from `from` to `to`, inclusive, in order. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = from; compareWeeks(week, to) <= 0; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

export function compareWeeks(a: string, b: string): number {
  return isoWeekStart(a)!.getTime() - isoWeekStart(b)!.getTime();
}

/** The half-open instant range [start of `from`, start of the week after `to`). */
export function weekRange(from: string, to: string): { start: Date; end: Date } {
  const start = isoWeekStart(from);
  const last = isoWeekStart(to);
  if (!start || !last) throw new RangeError(`not an ISO week range: ${from}..${to}`);
  return { start, end: new Date(last.getTime() + 7 * DAY_MS) };
}
