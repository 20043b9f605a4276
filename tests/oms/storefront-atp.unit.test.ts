import { describe, expect, it } from 'vitest';
import { availableNow, timePhasedAtp, type AtpBucket, type AtpInput } from '../../subgraphs/oms/rules/atp.rules.ts';

/** The figures of each bucket as [date, receipts, demand, projected, atp, cumulative ATP]. */
const figures = (buckets: readonly AtpBucket[]) =>
  buckets.map((b) => [b.date, b.receiptQuantity, b.demandQuantity, b.projectedAvailable, b.atp, b.cumulativeAtp]);

const horizon = (overrides: Partial<AtpInput>): AtpInput => ({
  asOf: '2026-11-02',
  horizonDays: 14,
  startingAvailable: 0,
  receipts: [],
  demand: [],
  ...overrides,
});

describe('availableNow', () => {
  it('is on hand - allocated - on hold - safety stock', () => {
    // 100 - 30 - 5 - 10 = 55
    expect(availableNow({ onHand: 100, allocated: 30, onHold: 5, safetyStock: 10 })).toBe(55);
  });

  it('is 0, never negative, when commitments exceed free stock', () => {
    // 20 - 25 - 2 - 5 = -12, shown to a buyer as 0
    expect(availableNow({ onHand: 20, allocated: 25, onHold: 2, safetyStock: 5 })).toBe(0);
    // exactly used up: 40 - 30 - 0 - 10 = 0
    expect(availableNow({ onHand: 40, allocated: 30, onHold: 0, safetyStock: 10 })).toBe(0);
  });
});

describe('timePhasedAtp', () => {
  it('lets a larger later commitment borrow the stock that looked free before a receipt', () => {
    const projection = timePhasedAtp(horizon({
      startingAvailable: 30,
      receipts: [{ date: '2026-11-05', quantity: 20, ref: 'PO-000123/2' }],
      demand: [
        { date: '2026-11-04', openQuantity: 8, allocatedQuantity: 3, ref: 'SO-000401/1' }, // 5 unallocated
        { date: '2026-11-07', openQuantity: 10, allocatedQuantity: 10, ref: 'SO-000403/1' }, // already in `allocated`
        { date: '2026-11-09', openQuantity: 40, allocatedQuantity: 0, ref: 'SO-000402/1' },
      ],
    }));
    // projected: 11-02 30 | 11-04 30-5 = 25 | 11-05 25+20 = 45 | 11-09 45-40 = 5 | 11-16 (horizon end) 5
    // cumulative ATP, backwards as the lowest projection ahead: 5, 5, min(45, 5) = 5, min(25, 5) = 5, min(30, 5) = 5
    // so only 5 units can be promised on any date: the 40-unit order takes the 20 received and 20 of today's 30 (less the 5)
    // SO-000403/1 is fully allocated: it adds no demand and no bucket
    expect(projection.horizonEnd).toBe('2026-11-16');
    expect(figures(projection.buckets)).toEqual([
      ['2026-11-02', 0, 0, 30, 5, 5],
      ['2026-11-04', 0, 5, 25, 0, 5],
      ['2026-11-05', 20, 0, 45, 0, 5],
      ['2026-11-09', 0, 40, 5, 0, 5],
      ['2026-11-16', 0, 0, 5, 0, 5],
    ]);
    expect(projection.buckets[1]!.demandRefs).toEqual(['SO-000401/1']);
    expect(projection.buckets[2]!.receiptRefs).toEqual(['PO-000123/2']);
  });

  it('nets a shortfall after a second receipt against the first receipt, not against today', () => {
    const projection = timePhasedAtp(horizon({
      startingAvailable: 10,
      receipts: [
        { date: '2026-11-05', quantity: 30, ref: 'PO-000201/1' },
        { date: '2026-11-12', quantity: 10, ref: 'PO-000202/1' },
      ],
      demand: [
        { date: '2026-11-09', openQuantity: 15, allocatedQuantity: 0, ref: 'SO-000501/1' },
        { date: '2026-11-14', openQuantity: 12, allocatedQuantity: 0, ref: 'SO-000502/1' },
      ],
    }));
    // projected: 10 | +30 = 40 | -15 = 25 | +10 = 35 | -12 = 23 | 23
    // cumulative: 11-02 min(10, 40, 25, 35, 23, 23) = 10; from 11-05 on the lowest ahead is 23
    // discrete: 10 today; 23 - 10 = 13 on 11-05 (30 received - 15 ordered - 2 the 11-14 order needs beyond the 11-12 receipt)
    expect(figures(projection.buckets)).toEqual([
      ['2026-11-02', 0, 0, 10, 10, 10],
      ['2026-11-05', 30, 0, 40, 13, 23],
      ['2026-11-09', 0, 15, 25, 0, 23],
      ['2026-11-12', 10, 0, 35, 0, 23],
      ['2026-11-14', 0, 12, 23, 0, 23],
      ['2026-11-16', 0, 0, 23, 0, 23],
    ]);
  });

  it('with no receipts, promises today what is left after every commitment in the horizon', () => {
    const projection = timePhasedAtp(horizon({
      startingAvailable: 50,
      demand: [
        { date: '2026-11-06', openQuantity: 20, allocatedQuantity: 0, ref: 'SO-000601/1' },
        { date: '2026-11-10', openQuantity: 10, allocatedQuantity: 0, ref: 'SO-000602/1' },
      ],
    }));
    // projected: 50 | 30 | 20 | 20; lowest ahead of every date is 20, all of it promisable today
    expect(figures(projection.buckets)).toEqual([
      ['2026-11-02', 0, 0, 50, 20, 20],
      ['2026-11-06', 0, 20, 30, 0, 20],
      ['2026-11-10', 0, 10, 20, 0, 20],
      ['2026-11-16', 0, 0, 20, 0, 20],
    ]);
  });

  it('ignores receipts and demand after the horizon end, and keeps those on it', () => {
    const projection = timePhasedAtp(horizon({
      horizonDays: 7, // 2026-11-02 + 7 = 2026-11-09
      startingAvailable: 12,
      receipts: [
        { date: '2026-11-09', quantity: 6, ref: 'PO-000301/1' }, // on the horizon end: counted
        { date: '2026-11-20', quantity: 100, ref: 'PO-000302/1' }, // after it: ignored
      ],
      demand: [
        { date: '2026-11-03', openQuantity: 4, allocatedQuantity: 0, ref: 'SO-000701/1' },
        { date: '2026-11-12', openQuantity: 50, allocatedQuantity: 0, ref: 'SO-000702/1' }, // after it: ignored
      ],
    }));
    // projected: 12 | 12-4 = 8 | 8+6 = 14; cumulative: min(12, 8, 14) = 8, 8, 14
    expect(projection.horizonEnd).toBe('2026-11-09');
    expect(figures(projection.buckets)).toEqual([
      ['2026-11-02', 0, 0, 12, 8, 8],
      ['2026-11-03', 0, 4, 8, 0, 8],
      ['2026-11-09', 6, 0, 14, 6, 14],
    ]);
  });

  it('starts from a negative availability and lets the next receipt make good the over-allocation first', () => {
    const projection = timePhasedAtp(horizon({
      startingAvailable: -5, // e.g. 20 on hand - 25 allocated
      receipts: [{ date: '2026-11-05', quantity: 20, ref: 'PO-000401/1' }],
      demand: [{ date: '2026-11-09', openQuantity: 3, allocatedQuantity: 0, ref: 'SO-000801/1' }],
    }));
    // projected: -5 | -5+20 = 15 | 15-3 = 12 | 12
    // cumulative: today max(0, min(-5, ...)) = 0; from 11-05 min(15, 12, 12) = 12: 20 received - 5 owed - 3 ordered
    expect(figures(projection.buckets)).toEqual([
      ['2026-11-02', 0, 0, -5, 0, 0],
      ['2026-11-05', 20, 0, 15, 12, 12],
      ['2026-11-09', 0, 3, 12, 0, 12],
      ['2026-11-16', 0, 0, 12, 0, 12],
    ]);
  });

  it('promises nothing anywhere while the shortfall is never made good', () => {
    const projection = timePhasedAtp(horizon({ horizonDays: 3, startingAvailable: -5 }));
    expect(figures(projection.buckets)).toEqual([
      ['2026-11-02', 0, 0, -5, 0, 0],
      ['2026-11-05', 0, 0, -5, 0, 0],
    ]);
  });

  it('counts a past-due receipt and a past-due order on the as-of date', () => {
    const projection = timePhasedAtp(horizon({
      horizonDays: 0,
      startingAvailable: 2,
      receipts: [{ date: '2026-10-28', quantity: 10, ref: 'PO-000501/1' }],
      demand: [{ date: '2026-10-30', openQuantity: 7, allocatedQuantity: 0, ref: 'SO-000901/1' }],
    }));
    // one bucket: 2 + 10 - 7 = 5
    expect(figures(projection.buckets)).toEqual([['2026-11-02', 10, 7, 5, 5, 5]]);
  });

  it('refuses input that would count allocated units twice, or names the bad field', () => {
    expect(() => timePhasedAtp(horizon({ demand: [{ date: '2026-11-03', openQuantity: 4, allocatedQuantity: 6, ref: 'SO-1/1' }] })))
      .toThrow('demand[0].allocatedQuantity (6) exceeds its openQuantity (4)');
    expect(() => timePhasedAtp(horizon({ horizonDays: -1 }))).toThrow('horizonDays must be a whole number of at least 0, got -1');
    expect(() => timePhasedAtp(horizon({ receipts: [{ date: '2026-11-31', quantity: 1, ref: 'PO-1/1' }] })))
      .toThrow('receipts[0].date must be a date written YYYY-MM-DD, got "2026-11-31"');
  });
});
