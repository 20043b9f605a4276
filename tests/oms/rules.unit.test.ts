import { describe, expect, it } from 'vitest';
import {
  extendedPriceMinor,
  filledInFull,
  linesValueMinor,
  packedByCutoff,
  pickToShipHours,
  returnCycleDays,
  slaBreached,
  exceptionAgeHours,
} from '../../subgraphs/oms/rules/fulfilment.rules.ts';
import { availableQuantity } from '../../subgraphs/oms/rules/inventory.rules.ts';

const at = (iso: string) => new Date(iso);

describe('availableQuantity', () => {
  it('is on hand - allocated - on hold - safety stock', () => {
    // 100 on hand - 30 allocated - 5 on hold - 10 safety = 55
    expect(availableQuantity({ onHand: 100, allocated: 30, onHold: 5, safetyStock: 10 })).toBe(55);
  });
  it('goes negative when commitments exceed free stock', () => {
    // 20 - 25 - 2 - 5 = -12
    expect(availableQuantity({ onHand: 20, allocated: 25, onHold: 2, safetyStock: 5 })).toBe(-12);
  });
});

describe('filledInFull', () => {
  it('holds when the shipped quantity reaches the ordered quantity of the ordered product', () => {
    expect(filledInFull({ orderedQuantity: 10, shippedQuantity: 10, substitutedSku: null })).toBe(true);
    expect(filledInFull({ orderedQuantity: 10, shippedQuantity: 12, substitutedSku: null })).toBe(true);
  });
  it('fails on a short ship (12 of 20) or on a substitute, even when fully shipped', () => {
    expect(filledInFull({ orderedQuantity: 20, shippedQuantity: 12, substitutedSku: null })).toBe(false);
    expect(filledInFull({ orderedQuantity: 4, shippedQuantity: 4, substitutedSku: 'BRG-2B' })).toBe(false);
  });
});

describe('pickToShipHours', () => {
  it('is shipped - pick started, in hours', () => {
    // 08:00 to 18:30 the same day = 10.5 hours
    expect(pickToShipHours(at('2026-10-02T08:00:00Z'), at('2026-10-02T18:30:00Z'))).toBe(10.5);
    // 09:00 to 10:00 the next day = 25 hours
    expect(pickToShipHours(at('2026-10-06T09:00:00Z'), at('2026-10-07T10:00:00Z'))).toBe(25);
  });
  it('is null until shipped', () => {
    expect(pickToShipHours(at('2026-10-02T08:00:00Z'), null)).toBeNull();
    expect(pickToShipHours(null, null)).toBeNull();
  });
});

describe('packedByCutoff', () => {
  const shipBy = at('2026-10-06T17:00:00Z');
  it('is true at or before the cutoff, false after, null until packed', () => {
    expect(packedByCutoff(at('2026-10-06T16:30:00Z'), shipBy)).toBe(true);
    expect(packedByCutoff(at('2026-10-06T17:00:00Z'), shipBy)).toBe(true);
    expect(packedByCutoff(at('2026-10-06T17:45:00Z'), shipBy)).toBe(false);
    expect(packedByCutoff(null, shipBy)).toBeNull();
  });
});

describe('exceptionAgeHours', () => {
  const at = (iso: string) => new Date(iso);
  it('counts hours to the resolution, else to the as-of instant, never below zero', () => {
    // Opened 08:00, resolved 14:30 the next day: 30.5 hours.
    expect(exceptionAgeHours(at('2026-10-08T08:00:00Z'), at('2026-10-09T14:30:00Z'), at('2026-11-01T00:00:00Z'))).toBe(30.5);
    // Still open at an as-of instant 2 h 15 min later.
    expect(exceptionAgeHours(at('2026-10-08T08:00:00Z'), null, at('2026-10-08T10:15:00Z'))).toBe(2.25);
    // Opened after the as-of instant (an event received after a demo dataset's as-of time).
    expect(exceptionAgeHours(at('2026-11-27T08:00:00Z'), null, at('2026-11-01T23:59:59Z'))).toBe(0);
  });
});

describe('slaBreached', () => {
  const due = at('2026-10-09T10:00:00Z');
  const asOf = at('2026-11-01T23:59:59Z');
  it('judges a resolved exception by its resolution time, whatever the as-of instant', () => {
    expect(slaBreached(due, at('2026-10-09T09:59:59Z'), asOf)).toBe(false);
    expect(slaBreached(due, at('2026-10-09T10:00:00Z'), asOf)).toBe(false); // resolved exactly at the due instant
    expect(slaBreached(due, at('2026-10-10T01:00:00Z'), asOf)).toBe(true);
  });
  it('judges an open exception by the as-of instant', () => {
    expect(slaBreached(due, null, asOf)).toBe(true); // 23 days past due at the as-of instant
    expect(slaBreached(at('2026-11-02T12:00:00Z'), null, asOf)).toBe(false); // due 12 hours after as-of
  });
});

describe('returnCycleDays', () => {
  it('is credited - requested, in days', () => {
    // 2026-10-05T10:00 to 2026-10-12T22:00 = 7 days 12 hours = 7.5 days
    expect(returnCycleDays(at('2026-10-05T10:00:00Z'), at('2026-10-12T22:00:00Z'))).toBe(7.5);
  });
  it('is null until credited', () => {
    expect(returnCycleDays(at('2026-10-20T00:00:00Z'), null)).toBeNull();
  });
});

describe('order values', () => {
  const lines = [
    { ordered: 20, shipped: 12, price: '1250' },
    { ordered: 5, shipped: 0, price: '999' },
  ];
  it('sums quantity x unit price exactly, in minor units', () => {
    // ordered: 20 x 12.50 + 5 x 9.99 = 250.00 + 49.95 = 299.95
    expect(linesValueMinor(lines, (l) => l.ordered, (l) => l.price)).toBe(29995n);
    // shipped: 12 x 12.50 + 0 x 9.99 = 150.00
    expect(linesValueMinor(lines, (l) => l.shipped, (l) => l.price)).toBe(15000n);
    expect(linesValueMinor([], (l: (typeof lines)[number]) => l.ordered, (l) => l.price)).toBe(0n);
  });
  it('keeps amounts beyond float precision exact', () => {
    // 3 x 3,002,399,751,580,331 cents would lose digits as a float
    expect(extendedPriceMinor(3, '3002399751580331')).toBe(9007199254740993n);
  });
});
