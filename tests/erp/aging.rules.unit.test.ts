import { describe, expect, it } from 'vitest';
import { AGING_BUCKET_BOUNDS, agingBucket } from '../../subgraphs/erp/rules/aging.rules.ts';

describe('agingBucket', () => {
  it('puts each bucket boundary on the documented side', () => {
    const cases: [number, string][] = [
      [0, 'DAYS_0_30'], [30, 'DAYS_0_30'], [31, 'DAYS_31_60'], [60, 'DAYS_31_60'], [61, 'DAYS_61_90'], [90, 'DAYS_61_90'],
      [91, 'DAYS_91_180'], [180, 'DAYS_91_180'], [181, 'DAYS_181_365'], [365, 'DAYS_181_365'], [366, 'OVER_365'], [426, 'OVER_365'],
    ];
    for (const [days, bucket] of cases) expect(agingBucket(days), `${days} days`).toBe(bucket);
  });

  it('hands SQL the lower bounds of buckets 2 to 6, for width_bucket', () => {
    expect(AGING_BUCKET_BOUNDS).toEqual([31, 61, 91, 181, 366]);
  });

  it('refuses a layer aged before its receipt', () => {
    expect(() => agingBucket(-1)).toThrow(RangeError);
  });
});
