import { describe, expect, it } from 'vitest';
import { creditHeadroomMinor, hoursHeld } from '../../subgraphs/erp/rules/credit.rules.ts';

describe('creditHeadroomMinor', () => {
  it('is the credit limit minus the open balance', () => {
    // 5,000.00 limit - 1,500.00 owed = 3,500.00 of headroom
    expect(creditHeadroomMinor(500_000n, 150_000n)).toBe(350_000n);
  });

  it('is negative when the account owes more than its limit', () => {
    // 1,000.00 limit - 1,500.00 owed = -500.00
    expect(creditHeadroomMinor(100_000n, 150_000n)).toBe(-50_000n);
  });

  it('is the whole limit when nothing is owed', () => {
    expect(creditHeadroomMinor(200_000n, 0n)).toBe(200_000n);
  });
});

describe('hoursHeld', () => {
  const asOf = new Date('2026-11-01T23:59:59Z');

  it('measures a released hold from held to released', () => {
    // 2026-10-20 12:00 -> 2026-10-21 06:30 = 12 h + 6.5 h = 18.5 h
    expect(hoursHeld(new Date('2026-10-20T12:00:00Z'), new Date('2026-10-21T06:30:00Z'), asOf)).toBe(18.5);
  });

  it('measures a hold still in place to the as-of instant', () => {
    // 11:59:59 -> 23:59:59 the same day = 12 h
    expect(hoursHeld(new Date('2026-11-01T11:59:59Z'), null, asOf)).toBe(12);
  });
});
