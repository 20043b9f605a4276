/** Instants are epoch milliseconds (UTC) inside the generator; rows get Date or 'YYYY-MM-DD'. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

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

const holidaysByYear = new Map<number, ReadonlySet<string>>();

/**
 * The US holidays the distributor closes for (no picking, shipping or rep orders), as observed in
 * `year`: New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving and Christmas,
 * a Saturday holiday observed on the Friday before and a Sunday one on the Monday after (so New
 * Year's Day of the next year may be observed on December 31).
 */
function observedHolidays(year: number): ReadonlySet<string> {
  let holidays = holidaysByYear.get(year);
  if (holidays) return holidays;
  const nthWeekday = (month: number, day: number, nth: number) => {
    const first = Date.UTC(year, month, 1);
    return first + (((day - weekday(first) + 7) % 7) + (nth - 1) * 7) * DAY_MS;
  };
  const lastMonday = (month: number) => {
    const last = Date.UTC(year, month + 1, 0);
    return last - ((weekday(last) + 6) % 7) * DAY_MS;
  };
  const observed = (ms: number) => (weekday(ms) === 6 ? ms - DAY_MS : weekday(ms) === 0 ? ms + DAY_MS : ms);
  holidays = new Set(
    [
      observed(Date.UTC(year, 0, 1)),
      lastMonday(4),
      observed(Date.UTC(year, 6, 4)),
      nthWeekday(8, 1, 1),
      nthWeekday(10, 4, 4),
      observed(Date.UTC(year, 11, 25)),
      observed(Date.UTC(year + 1, 0, 1)),
    ].map(isoDate),
  );
  holidaysByYear.set(year, holidays);
  return holidays;
}

export function isHoliday(ms: number): boolean {
  return observedHolidays(new Date(ms).getUTCFullYear()).has(isoDate(ms));
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
