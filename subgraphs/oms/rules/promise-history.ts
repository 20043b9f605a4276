import { requireInteger } from '../../../lib/input-checks.ts';
import { judgeSlip, type SlipEstimate, type Spread } from '../../../lib/supplier-slip.ts';

/**
 * The measured history a promise date leans on: how late each supplier delivers against the ETA
 * it held, and how long a branch takes to pick and pack an order. Pure; worked numbers in
 * tests/oms/storefront-promise.unit.test.ts.
 */

/**
 * Nearest-rank quantile: sort ascending and take the value at rank ceil(percentile / 100 x n),
 * counting from 1. The answer is always one of the observations, and at least `percentile`% of
 * them are at or below it: P50 of [1, 2, 3, 4] is 2 (rank 2), P90 of 18 values is the 17th
 * (ceil 16.2). The percentile is a whole number so the rank is exact integer arithmetic.
 */
export function nearestRank(values: readonly number[], percentile: number): number {
  if (values.length === 0) throw new RangeError('a quantile needs at least one observation');
  if (!Number.isInteger(percentile) || percentile < 1 || percentile > 100) {
    throw new RangeError(`percentile must be a whole number from 1 to 100, got ${percentile}`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((percentile * sorted.length) / 100) - 1]!;
}

function spread(values: readonly number[]): Spread {
  return { p50: nearestRank(values, 50), p90: nearestRank(values, 90), observations: values.length };
}

/**
 * Days late (negative: early) a supplier's deliveries arrive against the ETA held at the time, at
 * P50 and P90. A supplier with fewer than `minDeliveries` of its own is judged by the pooled record
 * of every supplier; with no record anywhere, the ETA is taken as given (0 days).
 */
export function slipEstimate(
  supplierId: string,
  history: Readonly<Record<string, readonly number[]>>,
  minDeliveries: number,
): SlipEstimate {
  for (const [id, slips] of Object.entries(history)) slips.forEach((slip, index) => requireInteger(`slipDays.${id}[${index}]`, slip));
  const own = history[supplierId] ?? [];
  const pooled = Object.values(history).flat();
  return judgeSlip(supplierId, own.length > 0 ? spread(own) : undefined, pooled.length > 0 ? spread(pooled) : undefined, minDeliveries);
}

export interface PickPackTimes extends Spread {
  branchCode: string;
  /** Hour of the day (branch clock, 0 to 24) by which an order must be packed to ship that day. */
  cutoffHour: number;
}

/** A branch's pick/pack hours (order released to packed) at P50 and P90; an empty record is refused. */
export function pickPackTimes(branch: { code: string; cutoffHour: number; pickPackHours: readonly number[] }): PickPackTimes {
  if (branch.pickPackHours.length === 0) {
    throw new RangeError(`branch.pickPackHours is empty: ${branch.code} has no packing record to promise from`);
  }
  branch.pickPackHours.forEach((hours, index) => {
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`branch.pickPackHours[${index}] must be 0 or more hours, got ${hours}`);
  });
  if (!Number.isFinite(branch.cutoffHour) || branch.cutoffHour < 0 || branch.cutoffHour > 24) {
    throw new RangeError(`branch.cutoffHour must be an hour of the day from 0 to 24, got ${branch.cutoffHour}`);
  }
  return { branchCode: branch.code, cutoffHour: branch.cutoffHour, ...spread(branch.pickPackHours) };
}
