import { describe, expect, it } from 'vitest';
import { nearestRank, pickPackTimes, slipEstimate } from '../../subgraphs/oms/rules/promise-history.ts';
import { STAFF_READER, type PromiseReader } from '../../subgraphs/oms/rules/promise-reasons.ts';
import { PROMISE_RULES, promiseDelivery, shipOptions, type PromiseRequest } from '../../subgraphs/oms/rules/promise.rules.ts';

// Chicago packs 10 recorded orders in these hours; sorted: 2 3 3 4 4 5 5 6 8 12.
// P50 = rank ceil(0.5 x 10) = 5th = 4 h; P90 = rank ceil(0.9 x 10) = 9th = 8 h. Cut-off 16:00.
const CHI = { code: 'CHI', cutoffHour: 16, pickPackHours: [5, 3, 12, 4, 2, 8, 6, 3, 5, 4] };

// Days late against the ETA held 7 days before each receipt.
// SUP-003, 18 deliveries sorted: -1 0 0 1 1 2 2 2 3 | 3 3 4 4 5 5 6 7 9
//   P50 = rank 9 = 3 days late; P90 = rank ceil(16.2) = 17 = 7 days late.
// SUP-007, 6 deliveries sorted: 0 1 1 2 4 10: P50 = rank 3 = 1; P90 = rank ceil(5.4) = 6 = 10.
const SLIP_DAYS = {
  'SUP-003': [3, 0, 5, 2, -1, 4, 9, 1, 3, 2, 6, 0, 3, 7, 1, 5, 2, 4],
  'SUP-007': [1, 10, 0, 4, 1, 2],
};

// 12 units in stock at CHI, then these two purchase order lines for the other 28 of 40.
const PO_000123_2 = { purchaseOrderId: 'PO-000123', lineNumber: 2, quantityOpen: 20, eta: '2026-11-10', supplierId: 'SUP-003' };
const PO_000130_1 = { purchaseOrderId: 'PO-000130', lineNumber: 1, quantityOpen: 30, eta: '2026-11-16', supplierId: 'SUP-007' };

/** A promise request from raw records: the slip estimates and packing times are taken over them. */
interface Scenario extends Omit<PromiseRequest, 'slips' | 'packing'> {
  slipDays: Record<string, number[]>;
  branch: typeof CHI;
}
const request = (overrides: Partial<Scenario>): PromiseRequest => {
  const { slipDays, branch, ...scenario }: Scenario = {
    quantity: 40,
    asOf: '2026-11-02T10:00',
    availableNow: 0,
    inbound: [],
    slipDays: SLIP_DAYS,
    branch: CHI,
    replenishment: { supplierId: 'SUP-003', leadTimeDays: 21 },
    transitDays: 2,
    reader: STAFF_READER,
    ...overrides,
  };
  const suppliers = new Set([...Object.keys(slipDays), ...scenario.inbound.map((line) => line.supplierId)]);
  const slips = Object.fromEntries([...suppliers].map((id) => [id, slipEstimate(id, slipDays, PROMISE_RULES.minSupplierDeliveries)]));
  return { ...scenario, slips, packing: pickPackTimes(branch) };
};

describe('nearestRank', () => {
  it('takes the value at rank ceil(p x n), always one of the observations', () => {
    expect(nearestRank([4, 1, 3, 2], 50)).toBe(2); // rank ceil(2) = 2
    expect(nearestRank([4, 1, 3, 2], 90)).toBe(4); // rank ceil(3.6) = 4
    expect(nearestRank([7], 90)).toBe(7);
    // 0.9 x 70 is 63.00000000000001 in floating point; the rank must still be 63
    expect(nearestRank(Array.from({ length: 70 }, (_, i) => i + 1), 90)).toBe(63);
  });
});

describe('promiseDelivery', () => {
  it('dates stock now and two inbound lines from each supplier record, P50 and P90 worked by hand', () => {
    const promise = promiseDelivery(request({
      availableNow: 12,
      inbound: [PO_000130_1, PO_000123_2], // given out of ETA order: the earlier ETA is still drawn first
    }));
    // 12 from stock: picking starts 10:00; P50 packed 14:00 (by 16:00, ships 11-02), P90 18:00 (after, ships 11-03); +2 days transit
    // 20 on PO-000123/2 (earlier ETA, drawn first): ETA 11-10 + 3 = 11-13 (P50), + 7 = 11-17 (P90);
    //    picked from 00:00 of arrival, packed 04:00 / 08:00, ship the arrival day; deliver 11-15 / 11-19
    // 8 on PO-000130/1: ETA 11-16 + 1 = 11-17 (P50), + 10 = 11-26 (P90); deliver 11-19 / 11-28
    // whole order: latest P50 11-19, latest P90 11-28
    expect(promise.parts).toEqual([
      { kind: 'stock', quantity: 12, shipDate: { p50: '2026-11-02', p90: '2026-11-03' }, deliveryDate: { p50: '2026-11-04', p90: '2026-11-05' } },
      {
        kind: 'inbound', quantity: 20,
        supply: PO_000123_2,
        arrivalDate: { p50: '2026-11-13', p90: '2026-11-17' },
        shipDate: { p50: '2026-11-13', p90: '2026-11-17' },
        deliveryDate: { p50: '2026-11-15', p90: '2026-11-19' },
      },
      {
        kind: 'inbound', quantity: 8,
        supply: PO_000130_1,
        arrivalDate: { p50: '2026-11-17', p90: '2026-11-26' },
        shipDate: { p50: '2026-11-17', p90: '2026-11-26' },
        deliveryDate: { p50: '2026-11-19', p90: '2026-11-28' },
      },
    ]);
    expect(promise.deliveryDate).toEqual({ p50: '2026-11-19', p90: '2026-11-28' });
    expect(promise.reasons.map((reason) => reason.message)).toEqual([
      '12 of 40 units are in stock at CHI and ship on 2026-11-02 (P50), by 2026-11-03 9 times in 10 (P90).',
      '20 of 40 units arrive on PO-000123 line 2, ETA 2026-11-10; supplier SUP-003 has been 3 days late at the median over 18 deliveries (7 days late at the 90th percentile); expected on 2026-11-13 (P50), by 2026-11-17 9 times in 10 (P90).',
      '8 of 40 units arrive on PO-000130 line 1, ETA 2026-11-16; supplier SUP-007 has been 1 day late at the median over 6 deliveries (10 days late at the 90th percentile); expected on 2026-11-17 (P50), by 2026-11-26 9 times in 10 (P90).',
      'CHI picks and packs an order in 4 hours at the median and 8 hours at the 90th percentile (over 10 orders); an order packed after its 16:00 cut-off ships the next day.',
      'Delivery from CHI to the ship-to takes 2 days in transit.',
    ]);
  });

  it('offers complete (with the last part) and split (each part when ready) for the same promise', () => {
    const promise = promiseDelivery(request({
      availableNow: 12,
      inbound: [PO_000123_2, PO_000130_1],
    }));
    const shipment = (quantity: number, ship: [string, string], delivery: [string, string]) => ({
      quantity, branchCode: 'CHI', shipDate: { p50: ship[0], p90: ship[1] }, deliveryDate: { p50: delivery[0], p90: delivery[1] },
    });
    expect(shipOptions(promise)).toEqual([
      // all 40 leave with the last part: latest ship P50 11-17, latest ship P90 11-26
      { kind: 'complete', shipments: [shipment(40, ['2026-11-17', '2026-11-26'], ['2026-11-19', '2026-11-28'])] },
      {
        kind: 'split',
        shipments: [
          shipment(12, ['2026-11-02', '2026-11-03'], ['2026-11-04', '2026-11-05']),
          shipment(20, ['2026-11-13', '2026-11-17'], ['2026-11-15', '2026-11-19']),
          shipment(8, ['2026-11-17', '2026-11-26'], ['2026-11-19', '2026-11-28']),
        ],
      },
    ]);
  });

  it('with no inbound supply, orders from the supplier and dates the arrival by its lead time', () => {
    const promise = promiseDelivery(request({ quantity: 30 }));
    // ordered 11-02 + 21 days = 11-23; picked from 00:00, packed 04:00 (P50) or 08:00 (P90): ships 11-23 either way; +2 = 11-25
    expect(promise.parts).toEqual([{
      kind: 'lead_time', quantity: 30, supplierId: 'SUP-003', orderDate: '2026-11-02', arrivalDate: '2026-11-23',
      shipDate: { p50: '2026-11-23', p90: '2026-11-23' }, deliveryDate: { p50: '2026-11-25', p90: '2026-11-25' },
    }]);
    expect(promise.reasons[0]).toEqual({
      code: 'SUPPLIER_LEAD_TIME',
      message: '30 of 30 units have no inbound supply: they are ordered from SUP-003 on 2026-11-02 and arrive after its 21-day lead time, on 2026-11-23.',
    });
    // nothing ships now, so there is nothing to split
    expect(shipOptions(promise).map((option) => option.kind)).toEqual(['complete']);
  });

  it('sends what stock and inbound cannot cover to the lead time', () => {
    const promise = promiseDelivery(request({
      quantity: 30,
      availableNow: 5,
      inbound: [{ ...PO_000123_2, quantityOpen: 10 }],
    }));
    // 5 now + 10 on the PO + 15 to the 21-day lead time; the lead-time part (delivered 11-25) is the latest P50,
    // the PO part's P90 (11-19) is earlier than 11-25 too
    expect(promise.parts.map((part) => [part.kind, part.quantity])).toEqual([['stock', 5], ['inbound', 10], ['lead_time', 15]]);
    expect(promise.deliveryDate).toEqual({ p50: '2026-11-25', p90: '2026-11-25' });
    expect(shipOptions(promise).map((option) => [option.kind, option.shipments.map((s) => s.quantity)])).toEqual([
      ['complete', [30]],
      ['split', [5, 10, 15]],
    ]);
  });

  it('ships a fully stocked order from stock alone; packed after the cut-off it leaves the next day', () => {
    const promise = promiseDelivery(request({ quantity: 8, availableNow: 12, asOf: '2026-11-02T13:30' }));
    // P50: 13:30 + 4 h = 17:30, after 16:00 -> 11-03; P90: 13:30 + 8 h = 21:30 -> 11-03
    expect(promise.parts).toEqual([
      { kind: 'stock', quantity: 8, shipDate: { p50: '2026-11-03', p90: '2026-11-03' }, deliveryDate: { p50: '2026-11-05', p90: '2026-11-05' } },
    ]);
    expect(promise.reasons.map((reason) => reason.code)).toEqual(['IN_STOCK', 'PICK_PACK', 'TRANSIT']);
    expect(promise.reasons[0]!.message).toBe('8 of 8 units are in stock at CHI and ship on 2026-11-03.');
    expect(shipOptions(promise)).toEqual([
      { kind: 'complete', shipments: [{ quantity: 8, branchCode: 'CHI', shipDate: promise.parts[0]!.shipDate, deliveryDate: promise.deliveryDate }] },
    ]);
  });

  it('ships the same day when packing ends exactly at the cut-off', () => {
    // 12:00 + 4 h = 16:00, at the cut-off: ships 11-02; P90 12:00 + 8 h = 20:00 -> 11-03
    const promise = promiseDelivery(request({ quantity: 1, availableNow: 1, asOf: '2026-11-02T12:00' }));
    expect(promise.parts[0]!.shipDate).toEqual({ p50: '2026-11-02', p90: '2026-11-03' });
  });

  it('judges a supplier with fewer than 5 deliveries by the pooled record of all suppliers, and says so', () => {
    const slipDays = { 'SUP-001': [0, 1, 2], 'SUP-002': [1, 3, 5, -2], 'SUP-009': [6, 8] };
    // pooled, 9 deliveries sorted: -2 0 1 1 2 3 5 6 8; P50 = rank ceil(4.5) = 5 = 2; P90 = rank ceil(8.1) = 9 = 8
    // (SUP-009's own two deliveries are too few to judge it by)
    const promise = promiseDelivery(request({
      quantity: 10,
      slipDays,
      inbound: [{ purchaseOrderId: 'PO-000200', lineNumber: 3, quantityOpen: 10, eta: '2026-11-09', supplierId: 'SUP-009' }],
    }));
    // arrival 11-09 + 2 = 11-11 (P50), + 8 = 11-17 (P90); ships those days; +2 transit
    expect(promise.deliveryDate).toEqual({ p50: '2026-11-13', p90: '2026-11-19' });
    expect(promise.reasons.slice(0, 2)).toEqual([
      {
        code: 'POOLED_SUPPLIER_HISTORY',
        message: 'Supplier SUP-009 has only 2 deliveries on record, fewer than the 5 needed to judge it alone, so its ETAs are judged by the record of all suppliers (9 deliveries).',
      },
      {
        code: 'INBOUND_SUPPLY',
        message: '10 of 10 units arrive on PO-000200 line 3, ETA 2026-11-09; suppliers overall have been 2 days late at the median over 9 deliveries (8 days late at the 90th percentile); expected on 2026-11-11 (P50), by 2026-11-17 9 times in 10 (P90).',
      },
    ]);
    expect(slipEstimate('SUP-009', slipDays, 2)).toMatchObject({ basis: 'supplier', p50: 6, p90: 8, observations: 2 });
  });

  it('never promises before the ETA when a supplier usually delivers early', () => {
    // SUP-004 sorted: -3 -2 -2 -1 0; P50 = rank 3 = -2 (early), P90 = rank 5 = 0: both count as the ETA itself
    const promise = promiseDelivery(request({
      quantity: 5,
      slipDays: { 'SUP-004': [-1, -3, 0, -2, -2] },
      inbound: [{ purchaseOrderId: 'PO-000210', lineNumber: 1, quantityOpen: 5, eta: '2026-11-09', supplierId: 'SUP-004' }],
    }));
    expect(promise.parts[0]).toMatchObject({ arrivalDate: { p50: '2026-11-09', p90: '2026-11-09' } });
    expect(promise.reasons[0]).toEqual({
      code: 'EARLY_DELIVERIES_NOT_COUNTED',
      message: 'Deliveries from SUP-004 have been 2 days early at the median, but the promise never counts on arriving before the ETA.',
    });
  });

  it('takes an overdue ETA as arriving today when no supplier has a record', () => {
    const promise = promiseDelivery(request({
      quantity: 5,
      slipDays: {},
      inbound: [{ purchaseOrderId: 'PO-000099', lineNumber: 4, quantityOpen: 9, eta: '2026-10-28', supplierId: 'SUP-005' }],
    }));
    // slip 0; ETA 10-28 is past, so arrival is the as-of date and picking starts at 10:00: ships 11-02 (P50) / 11-03 (P90)
    expect(promise.parts[0]).toMatchObject({
      arrivalDate: { p50: '2026-11-02', p90: '2026-11-02' },
      shipDate: { p50: '2026-11-02', p90: '2026-11-03' },
    });
    expect(promise.reasons[0]!.code).toBe('NO_SUPPLIER_HISTORY');
  });

  it('refuses a quantity below 1 and a branch with no packing record, naming the field', () => {
    expect(() => promiseDelivery(request({ quantity: 0 }))).toThrow('quantity must be a whole number of at least 1, got 0');
    expect(() => promiseDelivery(request({ branch: { ...CHI, pickPackHours: [] } })))
      .toThrow('branch.pickPackHours is empty: CHI has no packing record to promise from');
    const inbound = [{ purchaseOrderId: 'PO-000300', lineNumber: 1, quantityOpen: 5, eta: '2026-11-09', supplierId: 'SUP-404' }];
    expect(() => promiseDelivery({ ...request({ quantity: 5, inbound }), slips: {} }))
      .toThrow('slips has no estimate for supplier SUP-404 of PO-000300 line 1');
    expect(() => promiseDelivery(request({ asOf: '2026-11-02 10:00' })))
      .toThrow('asOf must be a branch-local time written YYYY-MM-DDTHH:MM, got "2026-11-02 10:00"');
  });
});

// A buyer sees exact stock but not our sourcing; an anonymous visitor neither (lib/access.ts).
const BUYER: PromiseReader = { sourcing: false, quantities: true };
const ANONYMOUS: PromiseReader = { sourcing: false, quantities: false };
const messages = (scenario: Partial<Scenario>) => promiseDelivery(request(scenario)).reasons.map((reason) => reason.message);

describe('promise reasons for readers who may not see sourcing or stock', () => {
  it('tell a buyer the units and dates, an anonymous visitor the dates only, and neither the purchase order or supplier', () => {
    const scenario = { availableNow: 12, inbound: [PO_000123_2, PO_000130_1] };
    // The same dates as for staff above; only the wording of who supplies them and how many changes.
    expect(messages({ ...scenario, reader: BUYER }).slice(0, 3)).toEqual([
      '12 of 40 units are in stock at CHI and ship on 2026-11-02 (P50), by 2026-11-03 9 times in 10 (P90).',
      "20 of 40 units are already on order from the supplier and expected on 2026-11-13 (P50), by 2026-11-17 9 times in 10 (P90), allowing for how late the supplier's deliveries have run.",
      "8 of 40 units are already on order from the supplier and expected on 2026-11-17 (P50), by 2026-11-26 9 times in 10 (P90), allowing for how late the supplier's deliveries have run.",
    ]);
    expect(messages({ ...scenario, reader: ANONYMOUS }).slice(0, 3)).toEqual([
      'Some of the 40 units are in stock at CHI and ship on 2026-11-02 (P50), by 2026-11-03 9 times in 10 (P90).',
      "Some of the 40 units are already on order from the supplier and expected on 2026-11-13 (P50), by 2026-11-17 9 times in 10 (P90), allowing for how late the supplier's deliveries have run.",
      "Some of the 40 units are already on order from the supplier and expected on 2026-11-17 (P50), by 2026-11-26 9 times in 10 (P90), allowing for how late the supplier's deliveries have run.",
    ]);
  });

  it('name no supplier in the lead time, and say "all" when one part covers the quantity', () => {
    expect(messages({ quantity: 30, reader: ANONYMOUS })[0]).toBe(
      'All 30 units have no inbound supply: they are ordered from the supplier on 2026-11-02 and arrive after its 21-day lead time, on 2026-11-23.',
    );
    expect(messages({ quantity: 30, availableNow: 5, reader: BUYER }).slice(0, 2)).toEqual([
      '5 of 30 units are in stock at CHI and ship on 2026-11-02 (P50), by 2026-11-03 9 times in 10 (P90).',
      '25 of 30 units have no inbound supply: they are ordered from the supplier on 2026-11-02 and arrive after its 21-day lead time, on 2026-11-23.',
    ]);
  });

  it('give the caveats about a supplier\'s record without the supplier or its figures', () => {
    const pooled = { quantity: 10, slipDays: { 'SUP-001': [0, 1, 2], 'SUP-009': [6, 8] }, inbound: [{ ...PO_000123_2, quantityOpen: 10, supplierId: 'SUP-009' }] };
    // pooled, 5 deliveries sorted 0 1 2 6 8: P50 rank 3 = 2, P90 rank 5 = 8; ETA 11-10 -> 11-12 / 11-18
    expect(messages({ ...pooled, reader: BUYER }).slice(0, 2)).toEqual([
      'The supplier has too few deliveries on record to be judged alone, so its dates are judged by the record of all suppliers.',
      "10 of 10 units are already on order from the supplier and expected on 2026-11-12 (P50), by 2026-11-18 9 times in 10 (P90), allowing for how late suppliers' deliveries have run.",
    ]);
    const early = { quantity: 5, slipDays: { 'SUP-004': [-1, -3, 0, -2, -2] }, inbound: [{ ...PO_000123_2, supplierId: 'SUP-004' }] };
    expect(messages({ ...early, reader: ANONYMOUS })[0]).toBe(
      "The supplier's deliveries have tended to arrive early, but the promise never counts on arriving before the supplier's own date.",
    );
    const unrecorded = { quantity: 5, slipDays: {}, inbound: [{ ...PO_000123_2, eta: '2026-10-28', supplierId: 'SUP-005' }] };
    expect(messages({ ...unrecorded, reader: ANONYMOUS }).slice(0, 2)).toEqual([
      "No supplier has a delivery on record, so the supplier's own date is taken as given.",
      "All 5 units are already on order from the supplier and expected on 2026-11-02, as no delivery record adjusts the supplier's own date.",
    ]);
    for (const scenario of [pooled, early, unrecorded]) {
      for (const reader of [BUYER, ANONYMOUS]) expect(messages({ ...scenario, reader }).join(' ')).not.toMatch(/PO-|SUP-|ETA/);
    }
  });
});
