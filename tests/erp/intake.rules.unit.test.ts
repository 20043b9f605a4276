import { describe, expect, it } from 'vitest';
import type { EventToApply, PartnerContext } from '../../lib/events/model.ts';
import { addToBatch, emptyBatch, Failure, type PurchaseOrderRef } from '../../subgraphs/erp/intake/batch.ts';
import { inventoryCounts } from '../../subgraphs/erp/intake/inventory.ts';
import { payments } from '../../subgraphs/erp/intake/payment.ts';
import { poAcknowledgments } from '../../subgraphs/erp/intake/po-acknowledgment.ts';
import { matchLine, purchaseOrdersFrom } from '../../subgraphs/erp/intake/purchase-orders.ts';

/** The intake's pure rules, with no database: how events read and how a batch merges its writes. */
const partner: PartnerContext = { id: 'P-1', accountId: null, supplierId: null, branchCode: null };

describe('a batch merges its events\' writes so each row is written once', () => {
  const count = (onHand: number, at: string) => ({ sku: 'BRG-6204', branchCode: 'CHI', onHand, onHold: null, syncedAt: new Date(at) });

  it('keeps the latest count of a position, the later event on a tie, and the latest branch sync', () => {
    const batch = emptyBatch();
    addToBatch(batch, { eventId: 'E1', type: 'inventory_snapshot' }, { positions: [count(5, '2026-11-02T12:00:00Z')], branchSyncs: [{ branchCode: 'CHI', syncedAt: new Date('2026-11-02T12:00:00Z') }] });
    addToBatch(batch, { eventId: 'E2', type: 'inventory_snapshot' }, { positions: [count(6, '2026-11-02T11:00:00Z')], branchSyncs: [{ branchCode: 'CHI', syncedAt: new Date('2026-11-02T11:00:00Z') }] });
    expect(batch.positions.get('BRG-6204|CHI')?.onHand).toBe(5);
    addToBatch(batch, { eventId: 'E3', type: 'inventory_snapshot' }, { positions: [count(7, '2026-11-02T12:00:00Z')] });
    expect(batch.positions.get('BRG-6204|CHI')?.onHand).toBe(7);
    expect(batch.branchSyncs.get('CHI')?.toISOString()).toBe('2026-11-02T12:00:00.000Z');
    expect(batch.applied.map((e) => e.eventId)).toEqual(['E1', 'E2', 'E3']);
  });

  it('lets the later event set a line\'s ETA', () => {
    const batch = emptyBatch();
    addToBatch(batch, { eventId: 'E1', type: 'po_acknowledgment' }, { etas: [{ purchaseOrderId: 'PO-1', lineNumber: 1, eta: '2026-11-20' }] });
    addToBatch(batch, { eventId: 'E2', type: 'ship_notice' }, { etas: [{ purchaseOrderId: 'PO-1', lineNumber: 1, eta: '2026-11-18' }] });
    expect([...batch.etas.values()]).toEqual([{ purchaseOrderId: 'PO-1', lineNumber: 1, eta: '2026-11-18' }]);
  });
});

describe('matching a partner\'s line to a purchase order line', () => {
  const [order] = [...purchaseOrdersFrom([
    { purchase_order_id: 'PO-1', supplier_id: 'SUP-1', status: 'partially_received', line_number: 1, sku: 'A', ordered_quantity: 10, received_quantity: 10 },
    { purchase_order_id: 'PO-1', supplier_id: 'SUP-1', status: 'partially_received', line_number: 2, sku: 'A', ordered_quantity: 10, received_quantity: 4 },
    { purchase_order_id: 'PO-1', supplier_id: 'SUP-1', status: 'partially_received', line_number: 3, sku: 'B', ordered_quantity: 5, received_quantity: 0 },
  ]).values()] as [PurchaseOrderRef];

  it('reads a line open while the order expects goods and the line is not fully received', () => {
    expect(order.lines.map((line) => line.open)).toEqual([false, true, true]);
  });

  it('matches by line number first, else the first open line with the SKU', () => {
    expect(matchLine(order, 1, ['B'])?.lineNumber).toBe(1);
    expect(matchLine(order, null, ['A'])?.lineNumber).toBe(2);
    expect(matchLine(order, 9, ['C'])).toBeUndefined();
  });
});

describe('reading events', () => {
  const advice = (items: unknown[], warehouseId: string | null = 'DAL', by = partner): EventToApply => ({
    eventId: 'E', type: 'inventory_advice', partner: by, occurredAt: null, receivedAt: '2026-11-02T12:00:00Z',
    payload: { reportDate: '2026-11-02', reference: null, warehouse: warehouseId ? { role: 'WH', name: null, idQualifier: null, id: warehouseId } : null, items } as never,
  });

  it('an 846 counts on hand from the item, else QTY 17 or 33, as of its report date', () => {
    const read = inventoryCounts.read(advice([
      { item: { sku: 'A', ids: {} }, onHand: 4, quantities: [] },
      { item: { sku: 'B', ids: {} }, onHand: null, quantities: [{ qualifier: '02', quantity: 9, unit: 'EA' }, { qualifier: '17', quantity: 3, unit: 'EA' }] },
    ]));
    expect(read).toMatchObject({ branchCodes: ['DAL'], syncedAt: new Date('2026-11-02T00:00:00Z'), positions: [{ sku: 'A', onHand: 4 }, { sku: 'B', onHand: 3 }] });
  });

  it('an 846 counts an on-hand QTY split by SDQ at each of its locations, and the rest at the warehouse', () => {
    const split = [{ location: 'CHI', locationQualifier: '92', quantity: 40 }, { location: 'DAL', locationQualifier: '92', quantity: 15 }];
    const read = inventoryCounts.read(advice([
      { item: { sku: 'A', ids: {} }, onHand: 55, quantities: [{ qualifier: '17', quantity: 55, unit: 'EA', locations: split }] },
      { item: { sku: 'B', ids: {} }, onHand: 3, quantities: [{ qualifier: '17', quantity: 3, unit: 'EA' }] },
      // Only the on-hand QTY places stock: a split of QTY*02 leaves C's on hand at the warehouse.
      { item: { sku: 'C', ids: {} }, onHand: 9, quantities: [{ qualifier: '02', quantity: 4, unit: 'EA', locations: [{ location: 'DAL', locationQualifier: null, quantity: 4 }] }, { qualifier: '17', quantity: 9, unit: 'EA' }] },
    ], 'PHX'));
    expect(read).toMatchObject({
      branchCodes: ['CHI', 'DAL', 'PHX'],
      positions: [
        { sku: 'A', branchCode: 'CHI', onHand: 40 },
        { sku: 'A', branchCode: 'DAL', onHand: 15 },
        { sku: 'B', branchCode: 'PHX', onHand: 3 },
        { sku: 'C', branchCode: 'PHX', onHand: 9 },
      ],
    });
    // With every item split, the 846 needs no warehouse and counts only the SDQ locations.
    expect(inventoryCounts.read(advice([{ item: { sku: 'A', ids: {} }, onHand: 55, quantities: [{ qualifier: '17', quantity: 55, unit: 'EA', locations: split }] }], null)))
      .toMatchObject({ branchCodes: ['CHI', 'DAL'] });
    // A warehouse partner reports for its own branch only, SDQ locations included.
    const chiWarehouse = { ...partner, branchCode: 'CHI' };
    expect(inventoryCounts.read(advice([{ item: { sku: 'A', ids: {} }, onHand: 55, quantities: [{ qualifier: '17', quantity: 55, unit: 'EA', locations: split }] }], null, chiWarehouse)))
      .toEqual(new Failure('the 846 counts SKU "A" at location "DAL" (SDQ) but this partner reports for branch "CHI"'));
  });

  it('an 846 item without our SKU, or without an on-hand figure, fails with what to fix', () => {
    expect(inventoryCounts.read(advice([{ item: { sku: null, ids: { UP: '999999310145' } }, onHand: 1, quantities: [] }]))).toEqual(
      new Failure('item UP 999999310145 carries no SKU of ours (LIN VN/SK/BP)'));
    expect(inventoryCounts.read(advice([{ item: { sku: 'A', ids: {} }, onHand: null, quantities: [] }]))).toEqual(
      new Failure('SKU "A" has no on-hand quantity (QTY*17 or QTY*33)'));
    expect(inventoryCounts.read(advice([], null))).toEqual(new Failure('the 846 names no warehouse (N1*WH) and the partner reports for no branch'));
  });

  it('a payment amount converts to minor units exactly; more than two decimals or zero is refused', () => {
    const payment = (amount: string): EventToApply => ({
      eventId: 'E', type: 'payment', partner, occurredAt: null, receivedAt: '2026-11-02T12:00:00Z',
      payload: { paymentId: 'P-1', accountId: 'ACCT-1', invoiceId: 'INV-1', amount, currency: 'USD', receivedAt: '2026-11-02T09:00:00Z', method: 'wire' },
    });
    expect(payments.read(payment('1234.5'))).toMatchObject({ payment: { amountMinor: 123450n } });
    expect(payments.read(payment('0.07'))).toMatchObject({ payment: { amountMinor: 7n } });
    expect(payments.read(payment('12.345'))).toEqual(new Failure('payment P-1 amount "12.345" is not a decimal amount with at most 2 fraction digits'));
    expect(payments.read(payment('0.00'))).toEqual(new Failure('payment P-1 amount "0.00" must be more than zero'));
  });

  it('a date that names no real day fails the event, rather than rolling over or failing the batch in SQL', () => {
    const ack: EventToApply = {
      eventId: 'E', type: 'po_acknowledgment', partner: { ...partner, supplierId: 'SUP-1' }, occurredAt: null, receivedAt: '2026-11-02T12:00:00Z',
      payload: { poNumber: 'PO-1', acknowledgmentType: 'AC', acknowledgmentDate: null,
        lines: [{ lineNumber: '1', quantity: 1, unit: 'EA', unitPrice: null, item: { sku: 'A', ids: {} }, statuses: [{ code: 'IA', meaning: 'accepted', quantity: 1, date: '2026-02-30' }] }] },
    };
    expect(poAcknowledgments.read(ack)).toEqual(new Failure('line 1 (SKU "A") IA date "2026-02-30" is not a YYYY-MM-DD date'));
  });
});
