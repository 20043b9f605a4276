import { toMinorBigInt } from '../../../lib/money.ts';

/**
 * Fulfilment rules: line fill, warehouse timings, exception SLAs, return cycle time and order
 * values. Pure functions over plain values so each can be checked with worked numbers.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A line is filled in full when everything ordered shipped, and shipped as the product ordered. */
export function filledInFull(line: { orderedQuantity: number; shippedQuantity: number; substitutedSku: string | null }): boolean {
  return line.shippedQuantity >= line.orderedQuantity && line.substitutedSku === null;
}

/** Hours from pick start to leaving the dock; null until shipped (or when picking was never logged). */
export function pickToShipHours(pickStartedAt: Date | null, shippedAt: Date | null): number | null {
  if (pickStartedAt === null || shippedAt === null) return null;
  return (shippedAt.getTime() - pickStartedAt.getTime()) / HOUR_MS;
}

/** Packed and staged by the ship cutoff (at the cutoff counts as on time); null until packed. */
export function packedByCutoff(packedAt: Date | null, shipBy: Date): boolean | null {
  return packedAt === null ? null : packedAt.getTime() <= shipBy.getTime();
}

/**
 * An exception breached its SLA when it was resolved after the due instant, or is still open
 * after the due instant at `asOf` (the dataset's as-of instant, not the wall clock).
 */
export function slaBreached(slaDueAt: Date, resolvedAt: Date | null, asOf: Date): boolean {
  const settledAt = resolvedAt ?? asOf;
  return settledAt.getTime() > slaDueAt.getTime();
}

/**
 * How long an exception has been open, in hours: to its resolution, else to `asOf`. An exception
 * opened after the as-of instant (an integration event received after a demo dataset's as-of
 * time) is 0 hours old rather than negative.
 */
export function exceptionAgeHours(openedAt: Date, resolvedAt: Date | null, asOf: Date): number {
  const until = resolvedAt ?? asOf;
  return Math.max(0, until.getTime() - openedAt.getTime()) / HOUR_MS;
}

/** Customer-facing return cycle time in days, requested to credited; null until credited. */
export function returnCycleDays(requestedAt: Date, creditedAt: Date | null): number | null {
  return creditedAt === null ? null : (creditedAt.getTime() - requestedAt.getTime()) / DAY_MS;
}

/** Quantity x unit price, in minor units (exact: bigint, never a float). */
export function extendedPriceMinor(quantity: number, unitPriceMinor: string): bigint {
  return BigInt(quantity) * toMinorBigInt(unitPriceMinor);
}

/** Sum over lines of quantity x unit price, in minor units. */
export function linesValueMinor<Line>(
  lines: readonly Line[],
  quantityOf: (line: Line) => number,
  unitPriceMinorOf: (line: Line) => string,
): bigint {
  return lines.reduce((sum, line) => sum + extendedPriceMinor(quantityOf(line), unitPriceMinorOf(line)), 0n);
}
