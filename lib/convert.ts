/**
 * Conversions of what node-postgres returns into API values. int8 and numeric arrive as strings;
 * these are the only functions that turn them into numbers or money, so every such conversion is
 * deliberate and checked.
 */

/** An int4/int8 column (or count(*)) as a JavaScript integer; throws past 2^53. */
export function toInt(value: string | number | bigint): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${String(value)}`);
  return n;
}

export function toIntOrNull(value: string | number | bigint | null | undefined): number | null {
  return value === null || value === undefined ? null : toInt(value);
}

/** A numeric column (scores, percentages) as a float. Never used for money. */
export function toFloat(value: string | number): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${String(value)}`);
  return n;
}

/** A date column as YYYY-MM-DD. pg returns DATE as a local-midnight Date unless parsed as text. */
export function toIsoDate(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
