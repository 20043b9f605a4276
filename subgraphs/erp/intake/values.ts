import { Failure } from './batch.ts';

/**
 * Checks of the plain JSON values in event payloads. Payloads come from partners through the integration
 * domain; the types in lib/events/model.ts say what they should hold, these say whether they do.
 */

/** An ISO 8601 instant (or a YYYY-MM-DD date, taken as midnight UTC) as a Date. */
export function instant(value: unknown, what: string): Date | Failure {
  const date = typeof value === 'string' && isCalendarDay(value.slice(0, 10)) ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : new Failure(`${what} ${JSON.stringify(value)} is not an ISO 8601 date or time`);
}

/** A YYYY-MM-DD calendar date, or null when absent. */
export function calendarDate(value: unknown, what: string): string | null | Failure {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && isCalendarDay(value)) return value;
  return new Failure(`${what} ${JSON.stringify(value)} is not a YYYY-MM-DD date`);
}

/** A YYYY-MM-DD that names a real day: JavaScript would roll 2026-02-30 over to March; PostgreSQL refuses it. */
function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;
}

/** The largest stock count an integer column holds. */
const MAX_COUNT = 2_147_483_647;

/** A stock count: a whole number of zero or more (that fits the integer columns). */
export function count(value: unknown, what: string): number | Failure {
  const valid = Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;
  return valid ? (value as number) : new Failure(`${what} ${JSON.stringify(value)} is not a whole number of zero or more`);
}

/** A non-empty string, or why not. */
export function text(value: unknown, what: string): string | Failure {
  if (typeof value === 'string' && value.trim() !== '') return value;
  return new Failure(value === undefined || value === null || value === '' ? `${what} is missing` : `${what} ${JSON.stringify(value)} is not text`);
}

/** A partner's line number ("1", "0010") as our integer line number, or null when absent or not a number. */
export function lineNumberOf(value: string | null | undefined): number | null {
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number.parseInt(value, 10) : null;
}

/** Every id an item reference could be our SKU under: the normalizer's guess first, then the qualified ids. */
export function skuCandidates(item: { sku: string | null; ids?: Record<string, string> } | undefined): string[] {
  if (!item) return [];
  return [...new Set([item.sku, ...Object.values(item.ids ?? {})].filter((id): id is string => typeof id === 'string' && id !== ''))];
}

/** How an item reference reads in a reason: its SKU, else its qualified ids. */
export function describeItem(item: { sku: string | null; ids?: Record<string, string> } | undefined): string {
  if (item?.sku) return `SKU "${item.sku}"`;
  const ids = Object.entries(item?.ids ?? {}).map(([qualifier, id]) => `${qualifier} ${id}`);
  return ids.length > 0 ? `item ${ids.join(' / ')}` : 'an item with no id';
}

/** "SKU "A" is" / "SKUs "A", "B" are", for reasons that name several. */
export function listed(noun: string, values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`).join(', ');
  return values.length === 1 ? `${noun} ${quoted} is` : `${noun}s ${quoted} are`;
}
