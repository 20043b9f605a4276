/**
 * Checks on the plain values handed to pure business rules. Each failure is a RangeError that
 * names the field, so whoever built the input (a resolver, a test fixture) can see which value
 * was wrong without a debugger. Resolvers turn these into BAD_USER_INPUT where a caller chose the value.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `value` must be an integer of at least `min` (units, days, line numbers). */
export function requireWholeNumber(field: string, value: number, min = 0): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${field} must be a whole number of at least ${min}, got ${value}`);
  }
  return value;
}

/** `value` must be an integer, of either sign (a signed difference, an unclamped balance). */
export function requireInteger(field: string, value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${field} must be a whole number, got ${value}`);
  return value;
}

/** True for a real calendar date written YYYY-MM-DD; 2026-02-30 and 2026-2-3 are not. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `value` must be a real calendar date written YYYY-MM-DD. */
export function requireIsoDate(field: string, value: string): string {
  if (!isIsoDate(value)) throw new RangeError(`${field} must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}
