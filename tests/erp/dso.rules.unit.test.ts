import { describe, expect, it } from 'vitest';
import { averageDailySales, countbackDso, monthsBackFrom, trailingDso } from '../../subgraphs/erp/rules/dso.rules.ts';

describe('trailingDso (default method)', () => {
  it('is ending AR / credit sales of the trailing 91 days x 91', () => {
    // 49,000 owed on 91,000 of sales in 91 days: 49,000 / 91,000 x 91 = 49 days
    expect(trailingDso(49_000, 91_000)).toBe(49);
    // 42,000 / 103,500 x 91 = 36.9275...
    expect(trailingDso(42_000, 103_500)!.toFixed(4)).toBe('36.9275');
  });

  it('is null without credit sales, never a division error', () => {
    expect(trailingDso(5_000, 0)).toBeNull();
  });

  it('divides by average daily sales: 103,500 over 91 days = 1,137.36 a day', () => {
    expect(averageDailySales(103_500).toFixed(2)).toBe('1137.36');
  });
});

describe('countbackDso', () => {
  it('reproduces the KPI standards example: 73.7 days', () => {
    // AR 212,000; monthly sales newest first 100,000 / 80,000 / 70,000, 30-day months:
    // 212,000 - 100,000 = 112,000 (30 days); - 80,000 = 32,000 (60 days); 32,000 < 70,000:
    // 60 + 32,000 / 70,000 x 30 = 60 + 13.714 = 73.714 -> 73.7
    const months = [100_000, 80_000, 70_000].map((sales) => ({ sales, days: 30 }));
    const days = countbackDso(212_000, months);
    expect(days.toFixed(1)).toBe('73.7');
    expect(days).toBeCloseTo(73.7143, 4);
  });

  it('stops in the newest month when the AR is less than its sales', () => {
    // 50,000 / 100,000 x 30 = 15 days
    expect(countbackDso(50_000, [{ sales: 100_000, days: 30 }, { sales: 80_000, days: 31 }])).toBe(15);
  });

  it('counts a month whose sales the AR exactly uses up in full, and no further', () => {
    // 36,000 - 36,000 = 0 after the first month: 1 (running month, no sales) + 31 = 32 days
    expect(countbackDso(36_000, [{ sales: 0, days: 1 }, { sales: 36_000, days: 31 }, { sales: 20_000, days: 30 }])).toBe(32);
  });

  it('gives every month of history when the AR exceeds all sales (a floor), and 0 without AR', () => {
    expect(countbackDso(500, [{ sales: 100, days: 30 }, { sales: 100, days: 31 }])).toBe(61);
    expect(countbackDso(0, [{ sales: 100, days: 30 }])).toBe(0);
  });
});

describe('monthsBackFrom', () => {
  it('starts with the elapsed days of the running month, then whole months, newest first', () => {
    const sales = new Map([['2026-10', 53_500], ['2026-09', 30_000], ['2026-08', 20_000]]);
    expect(monthsBackFrom('2026-11-01', '2026-08', sales)).toEqual([
      { sales: 0, days: 1 },
      { sales: 53_500, days: 31 },
      { sales: 30_000, days: 30 },
      { sales: 20_000, days: 31 },
    ]);
  });

  it('crosses a year boundary and counts February by the calendar', () => {
    expect(monthsBackFrom('2028-03-15', '2027-12', new Map()).map((month) => month.days)).toEqual([15, 29, 31, 31]);
  });
});
