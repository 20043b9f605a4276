/**
 * Inventory aging buckets (KPI standards, "Inventory and supply"): days since receipt of each
 * FIFO layer. Pure; worked numbers in tests/erp/aging.rules.unit.test.ts.
 */
export const AGING_BUCKETS = [
  { bucket: 'DAYS_0_30', fromDays: 0 },
  { bucket: 'DAYS_31_60', fromDays: 31 },
  { bucket: 'DAYS_61_90', fromDays: 61 },
  { bucket: 'DAYS_91_180', fromDays: 91 },
  { bucket: 'DAYS_181_365', fromDays: 181 },
  { bucket: 'OVER_365', fromDays: 366 },
] as const;

export type AgingBucket = (typeof AGING_BUCKETS)[number]['bucket'];

/** Lower bounds of every bucket after the first, for SQL width_bucket(age, bounds): index 0..5. */
export const AGING_BUCKET_BOUNDS: readonly number[] = AGING_BUCKETS.slice(1).map((bucket) => bucket.fromDays);

/** The bucket of a layer `ageDays` old (0 = received on the day aged to). */
export function agingBucket(ageDays: number): AgingBucket {
  if (ageDays < 0) throw new RangeError(`a layer cannot be aged before its receipt (age ${ageDays} days)`);
  return AGING_BUCKETS[agingBucketIndex(ageDays)]!.bucket;
}

/** Same as SQL width_bucket(ageDays, AGING_BUCKET_BOUNDS). */
export function agingBucketIndex(ageDays: number): number {
  return AGING_BUCKET_BOUNDS.filter((bound) => ageDays >= bound).length;
}
