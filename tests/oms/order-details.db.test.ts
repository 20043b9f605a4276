import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOms, type OmsUnderTest } from './harness.ts';
import { loadOmsFixture } from './oms.fixture.ts';

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(loadOmsFixture);
});
afterAll(async () => {
  await oms?.close();
});

const ORDER = `query Order($id: ID!) {
  order(id: $id) {
    id account { id } channel customerPo placedAt requestedDate promisedDate status cancelledBy cancelReason
    campaign { code name targetSegment startsOn endsOn }
    quote { id status }
    shipToBranch { code }
    lines {
      lineNumber product { sku } orderedQuantity allocatedQuantity shippedQuantity backorderedQuantity cancelledQuantity
      substitutedProduct { sku } sourcingBranch { code } unitPrice { amount currencyCode minorUnits } extendedPrice { amount }
      backorderedSince filledInFull
    }
    statusHistory { sequence status changedAt note }
    shipments { id branch { code } trackingNumber pickToShipHours packedByCutoff freightCost { amount } expediteCost { amount } }
    exceptions { id type owner slaBreached marginImpact { amount } product { sku } shipment { id } }
    returns { id lineNumber product { sku } reason status cycleDays cost { amount } credit { amount } }
    orderedValue { amount } shippedValue { amount } lineCount
  }
}`;

describe('Query.order', () => {
  it('serves a delivered order with its campaign, quote, lines, history, shipment and return', async () => {
    const { order } = await oms.query(ORDER, { id: 'SO-1' });
    expect(order).toMatchObject({
      id: 'SO-1', account: { id: 'ACCT-0001' }, channel: 'REP', customerPo: 'PO-77', placedAt: '2026-10-01T09:00:00.000Z',
      requestedDate: '2026-10-01', status: 'DELIVERED', cancelledBy: null, shipToBranch: { code: 'CHI' },
      campaign: { code: 'CMP-FALL', name: 'Fall MRO restock', targetSegment: 'mro', startsOn: '2026-09-01', endsOn: '2026-10-31' },
      quote: { id: 'Q-1', status: 'CONVERTED' },
      // 10 x 12.50 + 4 x 20.00 = 125.00 + 80.00 = 205.00, all of it shipped
      orderedValue: { amount: '205.00' }, shippedValue: { amount: '205.00' }, lineCount: 2,
    });
    expect(order.lines).toEqual([
      { lineNumber: 1, product: { sku: 'BRG-1' }, orderedQuantity: 10, allocatedQuantity: 10, shippedQuantity: 10, backorderedQuantity: 0,
        cancelledQuantity: 0, substitutedProduct: null, sourcingBranch: { code: 'CHI' },
        unitPrice: { amount: '12.50', currencyCode: 'USD', minorUnits: '1250' }, extendedPrice: { amount: '125.00' },
        backorderedSince: null, filledInFull: true },
      // fully shipped, but as a substitute: not filled in full
      { lineNumber: 2, product: { sku: 'BRG-2' }, orderedQuantity: 4, allocatedQuantity: 0, shippedQuantity: 4, backorderedQuantity: 0,
        cancelledQuantity: 0, substitutedProduct: { sku: 'BRG-2B' }, sourcingBranch: { code: 'CHI' },
        unitPrice: { amount: '20.00', currencyCode: 'USD', minorUnits: '2000' }, extendedPrice: { amount: '80.00' },
        backorderedSince: null, filledInFull: false },
    ]);
    expect(order.statusHistory.map((h: any) => [h.sequence, h.status])).toEqual([
      [1, 'PLACED'], [2, 'ALLOCATED'], [3, 'PICKING'], [4, 'SHIPPED'], [5, 'DELIVERED'],
    ]);
    expect(order.statusHistory[4]).toEqual({ sequence: 5, status: 'DELIVERED', changedAt: '2026-10-05T10:00:00.000Z', note: 'Signed by J. Ruiz' });
    // picked 08:00, shipped 18:30: 10.5 hours; packed 16:30 before the 17:00 cutoff
    expect(order.shipments).toEqual([
      { id: 'SH-1', branch: { code: 'CHI' }, trackingNumber: '1Z999', pickToShipHours: 10.5, packedByCutoff: true, freightCost: { amount: '25.00' }, expediteCost: { amount: '0.00' } },
    ]);
    expect(order.exceptions).toEqual([]);
    // requested 10-05 10:00, credited 10-12 22:00: 7.5 days
    expect(order.returns).toEqual([
      { id: 'RMA-1', lineNumber: 2, product: { sku: 'BRG-2' }, reason: 'WRONG_ITEM', status: 'CREDITED', cycleDays: 7.5, cost: { amount: '18.00' }, credit: { amount: '20.00' } },
    ]);
  });

  it('values a partial shipment and judges its exceptions against the as-of instant', async () => {
    const { order } = await oms.query(ORDER, { id: 'SO-2' });
    // ordered: 20 x 12.50 + 5 x 9.99 = 250.00 + 49.95 = 299.95; shipped: 12 x 12.50 = 150.00
    expect(order).toMatchObject({ status: 'PARTIALLY_SHIPPED', orderedValue: { amount: '299.95' }, shippedValue: { amount: '150.00' }, lineCount: 2 });
    expect(order.lines[0]).toMatchObject({ shippedQuantity: 12, backorderedQuantity: 8, backorderedSince: '2026-10-07', filledInFull: false });
    // picked 10-06 09:00, shipped 10-07 10:00: 25 hours; packed 17:45 after the 17:00 cutoff
    expect(order.shipments).toEqual([
      { id: 'SH-2', branch: { code: 'CHI' }, trackingNumber: null, pickToShipHours: 25, packedByCutoff: false, freightCost: { amount: '18.00' }, expediteCost: { amount: '40.00' } },
    ]);
    expect(order.exceptions).toEqual([
      // resolved 10-08 09:00, 15 hours after its 10-07 18:00 SLA
      { id: 'EX-1', type: 'late_shipment', owner: 'dana.ops', slaBreached: true, marginImpact: { amount: '40.00' }, product: null, shipment: { id: 'SH-2' } },
      // open, due 10-09 10:00, the as-of is 11-01 23:59:59
      { id: 'EX-2', type: 'short_ship', owner: null, slaBreached: true, marginImpact: { amount: '15.00' }, product: { sku: 'BRG-1' }, shipment: null },
    ]);
    expect(order.returns.map((r: any) => [r.id, r.status, r.cycleDays])).toEqual([['RMA-2', 'REQUESTED', null]]);
  });

  it('says who cancelled a cancelled order and why', async () => {
    const { order } = await oms.query(ORDER, { id: 'SO-4' });
    expect(order).toMatchObject({ status: 'CANCELLED', cancelledBy: 'CUSTOMER', cancelReason: 'Project postponed', channel: 'API', campaign: null, quote: null });
  });

  it('returns null, without errors, for an unknown order', async () => {
    expect(await oms.raw(ORDER, { id: 'SO-404' })).toEqual({ data: { order: null } });
  });
});

describe('look-ups of quotes, shipments and returns', () => {
  it('serves a converted quote with its order and a lost quote with its reason', async () => {
    const data = await oms.query(`{
      converted: quote(id: "Q-1") { id account { id } channel status amount { amount } issuedAt convertedAt order { id } lostReason }
      lost: quote(id: "Q-2") { id channel status order { id } lostAt lostReason }
      unknown: quote(id: "Q-404") { id }
    }`);
    expect(data.converted).toEqual({
      id: 'Q-1', account: { id: 'ACCT-0001' }, channel: 'ASSISTED', status: 'CONVERTED', amount: { amount: '205.00' },
      issuedAt: '2026-09-25T10:00:00.000Z', convertedAt: '2026-10-01T09:00:00.000Z', order: { id: 'SO-1' }, lostReason: null,
    });
    expect(data.lost).toEqual({ id: 'Q-2', channel: 'SELF_SERVE', status: 'LOST', order: null, lostAt: '2026-10-08T10:00:00.000Z', lostReason: 'DELIVERY_RELIABILITY' });
    expect(data.unknown).toBeNull();
  });

  it('serves a shipment not yet picked with null timings, and its order', async () => {
    const data = await oms.query(`{
      shipment(id: "SH-3") { id order { id } branch { code } shipBy pickStartedAt packedAt shippedAt pickToShipHours packedByCutoff expedited damaged }
      unknown: shipment(id: "SH-404") { id }
    }`);
    expect(data.shipment).toEqual({
      id: 'SH-3', order: { id: 'SO-3' }, branch: { code: 'DAL' }, shipBy: '2026-10-08T17:00:00.000Z', pickStartedAt: null,
      packedAt: null, shippedAt: null, pickToShipHours: null, packedByCutoff: null, expedited: false, damaged: false,
    });
    expect(data.unknown).toBeNull();
  });

  it('serves a return authorization with its stage timestamps', async () => {
    const data = await oms.query(`{
      return(id: "RMA-1") { id order { id } quantity requestedAt authorizedAt receivedAt inspectedAt creditedAt cycleDays }
      unknown: return(id: "RMA-404") { id }
    }`);
    expect(data.return).toEqual({
      id: 'RMA-1', order: { id: 'SO-1' }, quantity: 1, requestedAt: '2026-10-05T10:00:00.000Z', authorizedAt: '2026-10-06T10:00:00.000Z',
      receivedAt: '2026-10-09T10:00:00.000Z', inspectedAt: '2026-10-10T10:00:00.000Z', creditedAt: '2026-10-12T22:00:00.000Z', cycleDays: 7.5,
    });
    expect(data.unknown).toBeNull();
  });
});

const EXCEPTIONS = `query Exceptions($filter: ExceptionFilter, $first: Int, $after: String) {
  exceptions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id order { id } slaBreached } }
  }
}`;

describe('Query.exceptions', () => {
  const ids = async (filter?: Record<string, unknown>) => {
    const { exceptions } = await oms.query(EXCEPTIONS, { filter });
    return { ids: exceptions.edges.map((e: any) => e.node.id), totalCount: exceptions.totalCount };
  };

  it('lists exceptions newest opened first, including one with no order', async () => {
    const { exceptions } = await oms.query(EXCEPTIONS, {});
    expect(exceptions.edges.map((e: any) => e.node)).toEqual([
      // open, due 11-02 12:00: after the as-of 11-01 23:59:59, so not (yet) breached
      { id: 'EX-3', order: null, slaBreached: false },
      { id: 'EX-2', order: { id: 'SO-2' }, slaBreached: true },
      { id: 'EX-1', order: { id: 'SO-2' }, slaBreached: true },
    ]);
  });

  it('filters open, unowned and by type', async () => {
    expect(await ids({ openOnly: true })).toEqual({ ids: ['EX-3', 'EX-2'], totalCount: 2 });
    expect(await ids({ unownedOnly: true })).toEqual({ ids: ['EX-2'], totalCount: 1 });
    expect(await ids({ type: ['short_ship', 'late_shipment'] })).toEqual({ ids: ['EX-2', 'EX-1'], totalCount: 2 });
    expect(await ids({ openOnly: false, unownedOnly: false })).toEqual({ ids: ['EX-3', 'EX-2', 'EX-1'], totalCount: 3 });
  });

  it('pages with a cursor and refuses bad paging arguments', async () => {
    const { exceptions: first } = await oms.query(EXCEPTIONS, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const { exceptions: rest } = await oms.query(EXCEPTIONS, { first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e: any) => e.node.id)).toEqual(['EX-1']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await oms.error(EXCEPTIONS, { first: 201 })).message).toMatch(/"first"/);
    expect((await oms.error(EXCEPTIONS, { after: 'bogus' })).message).toMatch(/"after"/);
  });
});
