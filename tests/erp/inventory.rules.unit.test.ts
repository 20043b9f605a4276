import { describe, expect, it } from 'vitest';
import { freeStock, isSyncStale, openQuantity, syncAgeMinutes } from '../../subgraphs/erp/rules/inventory.rules.ts';

describe('freeStock', () => {
  it('is on hand minus on hold minus safety stock', () => {
    // 40 on hand - 2 on hold - 5 safety stock = 33
    expect(freeStock({ onHand: 40, onHold: 2, safetyStock: 5 })).toBe(33);
  });

  it('goes negative when holds and safety stock exceed on hand', () => {
    // 10 - 4 - 8 = -2
    expect(freeStock({ onHand: 10, onHold: 4, safetyStock: 8 })).toBe(-2);
  });
});

describe('syncAgeMinutes', () => {
  const asOf = new Date('2026-11-01T23:59:59Z');

  it('counts whole minutes, rounding down', () => {
    // 23:00:00 -> 23:59:59 = 59 min 59 s -> 59
    expect(syncAgeMinutes(new Date('2026-11-01T23:00:00Z'), asOf)).toBe(59);
    // 21:30:00 -> 23:59:59 = 2 h 29 min 59 s -> 149
    expect(syncAgeMinutes(new Date('2026-11-01T21:30:00Z'), asOf)).toBe(149);
  });

  it('treats a sync stamped after the as-of instant as 0 minutes old', () => {
    expect(syncAgeMinutes(new Date('2026-11-02T00:10:00Z'), asOf)).toBe(0);
  });
});

describe('isSyncStale', () => {
  it('is stale only once older than the threshold', () => {
    expect(isSyncStale(149, 60)).toBe(true);
    expect(isSyncStale(60, 60)).toBe(false);
    expect(isSyncStale(59, 60)).toBe(false);
  });
});

describe('openQuantity', () => {
  it('is ordered minus received, never below 0', () => {
    // 100 ordered - 60 received = 40 still expected
    expect(openQuantity(100, 60)).toBe(40);
    // over-received: 20 ordered, 22 received -> 0, not -2
    expect(openQuantity(20, 22)).toBe(0);
  });
});
