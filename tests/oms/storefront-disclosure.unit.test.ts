import { describe, expect, it } from 'vitest';
import { disclosureConfig, discloseAvailability, stockBand } from '../../subgraphs/oms/rules/disclosure.rules.ts';

const anonymous = false;
const contracted = true;

describe('stockBand', () => {
  it('is IN_STOCK from the threshold up, LOW_STOCK between 0 and it, OUT_OF_STOCK at 0', () => {
    // threshold 10: 10 and 11 are in stock, 9 and 1 are low, 0 is out
    expect([11, 10, 9, 1, 0].map((available) => stockBand(available, 10))).toEqual([
      'IN_STOCK', 'IN_STOCK', 'LOW_STOCK', 'LOW_STOCK', 'OUT_OF_STOCK',
    ]);
  });

  it('never says LOW_STOCK with a threshold of 0 or 1', () => {
    expect([stockBand(1, 0), stockBand(1, 1), stockBand(0, 0)]).toEqual(['IN_STOCK', 'IN_STOCK', 'OUT_OF_STOCK']);
  });
});

describe('discloseAvailability', () => {
  const config = disclosureConfig({ familyLowStockThresholds: { CABLE: 500 } });

  it('tells a contracted buyer the exact quantity, and the lead time only when there is none', () => {
    expect(discloseAvailability({ available: 7, family: 'FASTENERS', leadTimeDays: 14 }, contracted, config))
      .toEqual({ kind: 'exact', available: 7, leadTimeDays: null });
    expect(discloseAvailability({ available: 0, family: 'FASTENERS', leadTimeDays: 14 }, contracted, config))
      .toEqual({ kind: 'exact', available: 0, leadTimeDays: 14 });
  });

  it('tells an anonymous visitor a band against the default threshold of 10', () => {
    expect(discloseAvailability({ available: 7, family: 'FASTENERS', leadTimeDays: 14 }, anonymous, config))
      .toEqual({ kind: 'band', band: 'LOW_STOCK', leadTimeDays: null });
    expect(discloseAvailability({ available: 10, family: 'FASTENERS', leadTimeDays: 14 }, anonymous, config))
      .toEqual({ kind: 'band', band: 'IN_STOCK', leadTimeDays: null });
    expect(discloseAvailability({ available: 0, family: 'FASTENERS', leadTimeDays: 14 }, anonymous, config))
      .toEqual({ kind: 'band', band: 'OUT_OF_STOCK', leadTimeDays: 14 });
  });

  it('uses the family override: 300 feet of cable is low against 500', () => {
    expect(discloseAvailability({ available: 300, family: 'CABLE', leadTimeDays: 21 }, anonymous, config))
      .toEqual({ kind: 'band', band: 'LOW_STOCK', leadTimeDays: null });
  });

  it('discloses a negative availability as 0, never as a shortfall', () => {
    // -12 means commitments exceed stock: the visitor sees out of stock, the buyer 0
    expect(discloseAvailability({ available: -12, family: 'FASTENERS', leadTimeDays: 5 }, anonymous, config))
      .toEqual({ kind: 'band', band: 'OUT_OF_STOCK', leadTimeDays: 5 });
    expect(discloseAvailability({ available: -12, family: 'FASTENERS', leadTimeDays: 5 }, contracted, config))
      .toEqual({ kind: 'exact', available: 0, leadTimeDays: 5 });
  });
});

describe('disclosureConfig', () => {
  it('keeps the defaults it is not given', () => {
    expect(disclosureConfig()).toEqual({ lowStockThreshold: 10, familyLowStockThresholds: {} });
    expect(disclosureConfig({ lowStockThreshold: 25 })).toEqual({ lowStockThreshold: 25, familyLowStockThresholds: {} });
  });

  it('refuses a negative or fractional threshold, naming the field', () => {
    expect(() => disclosureConfig({ lowStockThreshold: -1 })).toThrow('lowStockThreshold must be a whole number of at least 0, got -1');
    expect(() => disclosureConfig({ familyLowStockThresholds: { CABLE: -5 } }))
      .toThrow('familyLowStockThresholds.CABLE must be a whole number of at least 0, got -5');
    expect(() => disclosureConfig({ lowStockThreshold: 2.5 })).toThrow('lowStockThreshold must be a whole number of at least 0, got 2.5');
  });
});
