import { isIsoDate } from '../../../lib/input-checks.ts';
import { fail } from './batch.ts';

/**
 * Reads of payload fields that refuse the event, naming the field, when a value is missing or
 * malformed. Payloads come from the intake's normalizers, but a partner's document can still omit what
 * the OMS needs; the reason must say which field.
 */

export function requiredText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${field} is missing`);
  return value.trim();
}

export function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 instant with an offset (lib/events/model.ts). */
export function instant(value: unknown, field: string): Date {
  const text = requiredText(value, field);
  const at = new Date(text);
  if (!INSTANT.test(text) || Number.isNaN(at.getTime())) fail(`${field} "${text}" is not an ISO 8601 instant with an offset`);
  return at;
}

export function isoDate(value: unknown, field: string): string {
  const text = requiredText(value, field);
  if (!isIsoDate(text)) fail(`${field} "${text}" is not a date written YYYY-MM-DD`);
  return text;
}

export function positiveWholeNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) fail(`${field} must be a whole number above 0, got ${String(value)}`);
  return value;
}

/** A date's UTC midnight, for documents that give a day but no time. */
export const startOfDay = (date: string) => new Date(`${date}T00:00:00Z`);
