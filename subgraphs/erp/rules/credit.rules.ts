/** Credit control rules. Pure functions; worked numbers in tests/erp/credit.rules.unit.test.ts. */

const MS_PER_HOUR = 3_600_000;

/** Credit still available, in minor units: credit limit - open balance. Negative when over the limit. */
export function creditHeadroomMinor(creditLimitMinor: bigint, openBalanceMinor: bigint): bigint {
  return creditLimitMinor - openBalanceMinor;
}

/** Hours a credit hold lasted: to its release, or to the as-of instant while it is still in place. */
export function hoursHeld(heldAt: Date, releasedAt: Date | null, asOf: Date): number {
  return ((releasedAt ?? asOf).getTime() - heldAt.getTime()) / MS_PER_HOUR;
}
