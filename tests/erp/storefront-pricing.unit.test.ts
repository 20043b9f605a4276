import { describe, expect, it } from 'vitest';
import { checkQuantity, netPrice, type AccountPrices } from '../../subgraphs/erp/rules/pricing.rules.ts';

// One SKU, list price 12.00. The account's price list: 11.00 from 1, 10.00 from 25, 9.00 from 100.
// Its contract: 8.50 from 50 during 2026, 8.00 from 200 from 2026-07-01 on, and 9.50 from 1 during 2025 (expired).
const prices: AccountPrices = {
  listPriceMinor: 1200n,
  priceListPrices: [
    { minQuantity: 1, unitPriceMinor: 1100n },
    { minQuantity: 25, unitPriceMinor: 1000n },
    { minQuantity: 100, unitPriceMinor: 900n },
  ],
  contractPrices: [
    { minQuantity: 50, unitPriceMinor: 850n, validFrom: '2026-01-01', validTo: '2026-12-31' },
    { minQuantity: 200, unitPriceMinor: 800n, validFrom: '2026-07-01', validTo: null },
    { minQuantity: 1, unitPriceMinor: 950n, validFrom: '2025-01-01', validTo: '2025-12-31' },
  ],
};
const today = '2026-11-02';

describe('netPrice', () => {
  it('uses the price list below the lowest contract break, and points at the next cheaper break', () => {
    // no contract break in force is <= 10 (50 and 200); price list break 1 -> 11.00; 10 x 11.00 = 110.00
    // next: at 25 the price list gives 10.00 < 11.00
    expect(netPrice(prices, 10, today)).toEqual({
      source: 'price_list', unitPriceMinor: 1100n, breakMinQuantity: 1, extendedPriceMinor: 11_000n,
      nextBreak: { minQuantity: 25, unitPriceMinor: 1000n },
    });
  });

  it('takes the highest break at or below the quantity; the next break may come from the contract', () => {
    // 30: price list break 25 -> 10.00; 30 x 10.00 = 300.00; at 50 the contract gives 8.50
    expect(netPrice(prices, 30, today)).toEqual({
      source: 'price_list', unitPriceMinor: 1000n, breakMinQuantity: 25, extendedPriceMinor: 30_000n,
      nextBreak: { minQuantity: 50, unitPriceMinor: 850n },
    });
  });

  it('prefers the contract, and skips a larger break that would not be cheaper', () => {
    // 60: contract break 50 -> 8.50; 60 x 8.50 = 510.00
    // at 100 the contract still gives 8.50 (the price list's 9.00 does not apply): no drop; at 200 the contract gives 8.00
    expect(netPrice(prices, 60, today)).toEqual({
      source: 'contract', unitPriceMinor: 850n, breakMinQuantity: 50, extendedPriceMinor: 51_000n,
      nextBreak: { minQuantity: 200, unitPriceMinor: 800n },
    });
    // 250: contract break 200 -> 8.00 = 2,000.00; nothing cheaper beyond
    expect(netPrice(prices, 250, today)).toMatchObject({ source: 'contract', breakMinQuantity: 200, extendedPriceMinor: 200_000n, nextBreak: null });
  });

  it('applies a contract only from valid_from to valid_to, both days included', () => {
    // 2025-12-31: the 2025 contract (9.50 from 1) is in force and nothing cheaper is: 10 x 9.50 = 95.00
    expect(netPrice(prices, 10, '2025-12-31')).toEqual({
      source: 'contract', unitPriceMinor: 950n, breakMinQuantity: 1, extendedPriceMinor: 9_500n, nextBreak: null,
    });
    // 2026-01-01: it has ended and the 2026 break starts at 50, so the price list applies
    expect(netPrice(prices, 10, '2026-01-01').source).toBe('price_list');
    // 2026-06-30: the 200 break has not started; 250 units get the 50 break, 8.50
    expect(netPrice(prices, 250, '2026-06-30')).toMatchObject({ source: 'contract', breakMinQuantity: 50, unitPriceMinor: 850n, nextBreak: null });
  });

  it('falls back to the list price below the price list first break', () => {
    const sparse: AccountPrices = { listPriceMinor: 1200n, priceListPrices: [{ minQuantity: 10, unitPriceMinor: 1050n }], contractPrices: [] };
    // 4 x 12.00 = 48.00; from 10 the price list gives 10.50
    expect(netPrice(sparse, 4, today)).toEqual({
      source: 'list', unitPriceMinor: 1200n, breakMinQuantity: null, extendedPriceMinor: 4_800n,
      nextBreak: { minQuantity: 10, unitPriceMinor: 1050n },
    });
  });

  it('keeps extended prices exact beyond float precision', () => {
    const huge: AccountPrices = { listPriceMinor: 3_002_399_751_580_331n, priceListPrices: [], contractPrices: [] };
    // 3 x 3,002,399,751,580,331 = 9,007,199,254,740,993 (2^53 + 1: a float would round it)
    expect(netPrice(huge, 3, today).extendedPriceMinor).toBe(9_007_199_254_740_993n);
  });

  it('refuses a quantity that is not a whole number of at least 1', () => {
    expect(() => netPrice(prices, 0, today)).toThrow('quantity must be a whole number of at least 1, got 0');
    expect(() => netPrice(prices, 2.5, today)).toThrow('quantity must be a whole number of at least 1, got 2.5');
  });
});

describe('checkQuantity', () => {
  it('accepts a multiple of the increment at or above the minimum', () => {
    expect(checkQuantity(7, { minOrderQuantity: 1, orderIncrement: 1 })).toEqual({ ok: true });
    expect(checkQuantity(50, { minOrderQuantity: 25, orderIncrement: 25 })).toEqual({ ok: true });
  });

  it('names the minimum a quantity falls below', () => {
    expect(checkQuantity(7, { minOrderQuantity: 10, orderIncrement: 1 })).toEqual({
      ok: false,
      violations: [{ code: 'BELOW_MINIMUM', message: 'quantity 7 is below the minimum order quantity 10', nearestValid: [10] }],
    });
  });

  it('offers the valid quantities either side of one off the increment', () => {
    // 25 / 10 leaves 5: 20 below, 30 above
    expect(checkQuantity(25, { minOrderQuantity: 10, orderIncrement: 10 })).toEqual({
      ok: false,
      violations: [{ code: 'NOT_A_MULTIPLE', message: 'quantity 25 is not a multiple of the order increment 10 (nearest valid: 20 or 30)', nearestValid: [20, 30] }],
    });
  });

  it('lists every rule broken, and never offers a quantity below the minimum', () => {
    // 7 with minimum 10, increment 10: below the minimum, and the multiple below (0) is not valid
    expect(checkQuantity(7, { minOrderQuantity: 10, orderIncrement: 10 })).toMatchObject({
      ok: false,
      violations: [
        { code: 'BELOW_MINIMUM', nearestValid: [10] },
        { code: 'NOT_A_MULTIPLE', message: 'quantity 7 is not a multiple of the order increment 10 (nearest valid: 10)' },
      ],
    });
    // minimum 15, increment 10: 15 is not a multiple and 10 is below the minimum, so the smallest valid is 20
    expect(checkQuantity(15, { minOrderQuantity: 15, orderIncrement: 10 })).toMatchObject({
      ok: false,
      violations: [{ code: 'NOT_A_MULTIPLE', nearestValid: [20] }],
    });
  });

  it('throws on a quantity of 0, a negative or a fraction', () => {
    const rules = { minOrderQuantity: 1, orderIncrement: 1 };
    expect(() => checkQuantity(0, rules)).toThrow('quantity must be a whole number of at least 1, got 0');
    expect(() => checkQuantity(-3, rules)).toThrow('quantity must be a whole number of at least 1, got -3');
    expect(() => checkQuantity(1.5, rules)).toThrow('quantity must be a whole number of at least 1, got 1.5');
  });
});
