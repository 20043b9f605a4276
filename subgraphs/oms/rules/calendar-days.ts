/**
 * Calendar arithmetic for promise and ATP rules. Dates are YYYY-MM-DD; times of day are a
 * branch's wall clock ('YYYY-MM-DDTHH:MM', no zone), held as milliseconds of a UTC clock so that
 * day boundaries are the branch's midnights. Calendar days: no weekends or holidays are skipped.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOfMs(Date.parse(date) + days * DAY_MS);
}

/** The later of two dates (or of many). */
export function latestDate(first: string, ...rest: readonly string[]): string {
  return rest.reduce((latest, date) => (date > latest ? date : latest), first);
}

/** Branch wall-clock 'YYYY-MM-DDTHH:MM' as milliseconds; throws naming `field` when malformed. */
export function localDateTimeMs(field: string, value: string): number {
  const ms = Date.parse(`${value}Z`);
  if (!LOCAL_DATE_TIME.test(value) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 16) !== value) {
    throw new RangeError(`${field} must be a branch-local time written YYYY-MM-DDTHH:MM, got "${value}"`);
  }
  return ms;
}

/**
 * The date of a wall-clock instant. Built from its parts: a promise computes hundreds of these a
 * page, and toISOString formats the whole instant through the C library to keep ten characters.
 */
export function dateOfMs(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return date.toISOString().slice(0, 10);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Midnight at the start of `date`, as wall-clock milliseconds. */
export function startOfDateMs(date: string): number {
  return Date.parse(date);
}
