import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import type { EventToApply, EventType, PayloadOf } from '../../lib/events/model.ts';
import { ANONYMOUS } from '../../lib/identity.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { applyEvents } from '../../subgraphs/oms/intake/apply.ts';
import { startOms, type OmsUnderTest } from './harness.ts';

/**
 * The OMS applies the integration events it owns, on a real database. The fixture: a few orders
 * of ACCT-1 and ACCT-2 at branch CHI, each with its history, lines and shipments, and 50 orders
 * (SO-B01..SO-B60) allocated, for the statement count.
 */
const PARTNER = { id: 'P-ACME', accountId: 'ACCT-1', supplierId: null, branchCode: 'CHI' };
const WAREHOUSE = { id: 'P-3PL', accountId: null, supplierId: null, branchCode: 'CHI' };

let seq = 0;
function event<T extends EventType>(type: T, payload: PayloadOf[T], extra: Partial<EventToApply<T>> = {}): EventToApply<T> {
  seq += 1;
  return { eventId: `EVT-${seq}`, type, partner: PARTNER, occurredAt: null, receivedAt: '2026-10-20T12:00:00Z', payload, ...extra };
}
const statusChange = (orderId: string, status: PayloadOf['order_status_change']['status'], changedAt: string, extra = {}) =>
  event('order_status_change', { orderId, status, changedAt, ...extra });

const order = (id: string, account: string, status: string, extra: Record<string, unknown> = {}) => ({
  id, account_id: account, channel: 'portal', customer_po: null, placed_at: '2026-10-01T10:00:00Z', requested_date: '2026-10-10',
  promised_date: '2026-10-10', status, cancelled_by: null, ship_to_branch_code: 'CHI', ...extra,
});
const line = (orderId: string, n: number, sku: string, ordered: number, shipped: number, allocated = 0) => ({
  order_id: orderId, line_number: n, sku, ordered_quantity: ordered, allocated_quantity: allocated, shipped_quantity: shipped,
  sourcing_branch_code: 'CHI', unit_price_minor: 1000,
});
const history = (orderId: string, statuses: [string, string][]) =>
  statuses.map(([status, at], i) => ({ order_id: orderId, sequence: i + 1, status, changed_at: at }));
const shipment = (id: string, orderId: string, extra: Record<string, unknown> = {}) => ({
  id, order_id: orderId, branch_code: 'CHI', carrier: 'UPS', service_level: 'GROUND', ship_by: '2026-10-05T17:00:00Z',
  shipped_at: '2026-10-05T15:00:00Z', delivered_at: null, ...extra,
});
const BULK = Array.from({ length: 60 }, (_, i) => `SO-B${String(i + 1).padStart(2, '0')}`);
// Orders being picked with 2 of 5 units shipped on SH-Mn, one per event type's statement count.
const MIXED = Array.from({ length: 10 }, (_, i) => i + 1);

async function load(db: Db) {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: '2026-11-01T23:59:59Z', generator_version: 1 }]);
  await insertRows(db, 'orders', [
    order('SO-1', 'ACCT-1', 'allocated'),
    order('SO-2', 'ACCT-2', 'delivered'),
    order('SO-3', 'ACCT-1', 'shipped'),
    order('SO-4', 'ACCT-1', 'shipped', { customer_po: 'PO-OLD' }),
    order('SO-5', 'ACCT-1', 'allocated'),
    ...BULK.map((id) => order(id, 'ACCT-1', 'allocated')),
    ...MIXED.map((n) => order(`SO-M${n}`, 'ACCT-1', 'partially_shipped')),
  ]);
  await insertRows(db, 'order_lines', [
    line('SO-1', 1, 'SKU-A', 10, 0, 10), line('SO-1', 2, 'SKU-B', 5, 0, 5),
    line('SO-2', 1, 'SKU-A', 3, 3),
    line('SO-3', 1, 'SKU-A', 2, 2),
    line('SO-4', 1, 'SKU-A', 4, 4), line('SO-4', 2, 'SKU-C', 1, 1),
    line('SO-5', 1, 'SKU-A', 1, 0, 1),
    ...BULK.map((id) => line(id, 1, 'SKU-A', 1, 0, 1)),
    ...MIXED.map((n) => line(`SO-M${n}`, 1, 'SKU-A', 5, 2, 3)),
  ]);
  await insertRows(db, 'order_status_history', [
    ...history('SO-1', [['placed', '2026-10-01T10:00:00Z'], ['allocated', '2026-10-02T10:00:00Z']]),
    ...history('SO-2', [['placed', '2026-10-01T10:00:00Z'], ['shipped', '2026-10-05T15:00:00Z'], ['delivered', '2026-10-07T12:00:00Z']]),
    ...history('SO-3', [['placed', '2026-10-01T10:00:00Z'], ['shipped', '2026-10-05T15:00:00Z']]),
    ...history('SO-5', [['placed', '2026-10-01T10:00:00Z'], ['allocated', '2026-10-02T10:00:00Z']]),
    ...BULK.flatMap((id) => history(id, [['placed', '2026-10-01T10:00:00Z']])),
  ]);
  await insertRows(db, 'shipments', [
    shipment('SH-2', 'SO-2', { delivered_at: '2026-10-07T12:00:00Z' }),
    shipment('SH-3A', 'SO-3', { delivered_at: '2026-10-07T09:00:00Z' }),
    shipment('SH-3B', 'SO-3'),
    shipment('SH-4', 'SO-4', { delivered_at: '2026-10-07T09:00:00Z' }),
    ...MIXED.map((n) => shipment(`SH-M${n}`, `SO-M${n}`)),
  ]);
}

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(load);
});
afterAll(async () => {
  await oms?.close();
});

const q = <Row extends object>(sql: string, params: unknown[] = []) => oms.db.query<Row>(sql, params);
const statusOf = async (id: string) => (await q<{ status: string }>('SELECT status FROM orders WHERE id = $1', [id]))[0]?.status;
const historyOf = (id: string) =>
  q<{ sequence: number; status: string; changed_at: Date; note: string | null }>(
    'SELECT sequence, status, changed_at, note FROM order_status_history WHERE order_id = $1 ORDER BY sequence', [id]);

describe('order_status_change', () => {
  it('appends history with the next sequence and sets the status', async () => {
    const e = statusChange('SO-1', 'picking', '2026-10-03T09:00:00Z', { note: 'wave 12' });
    expect(await applyEvents(oms.db, [e])).toEqual([{ eventId: e.eventId, outcome: 'applied' }]);
    expect(await statusOf('SO-1')).toBe('picking');
    expect((await historyOf('SO-1')).at(-1)).toEqual({ sequence: 3, status: 'picking', changed_at: new Date('2026-10-03T09:00:00Z'), note: 'wave 12' });
    expect(await q('SELECT event_id, type FROM applied_events WHERE event_id = $1', [e.eventId])).toEqual([{ event_id: e.eventId, type: 'order_status_change' }]);
  });

  it('records a change older than the latest entry as history and keeps the current status', async () => {
    const late = statusChange('SO-1', 'allocated', '2026-10-02T08:00:00Z');
    expect(await applyEvents(oms.db, [late])).toEqual([{ eventId: late.eventId, outcome: 'applied' }]);
    expect(await statusOf('SO-1')).toBe('picking');
    expect((await historyOf('SO-1')).map((h) => [h.sequence, h.status])).toEqual([[1, 'placed'], [2, 'allocated'], [3, 'picking'], [4, 'allocated']]);
  });

  it('refuses moves out of a final status, backwards, and cancelling without cancelledBy; cancels with it', async () => {
    const foreign = { ...PARTNER, accountId: 'ACCT-2' };
    const events = [
      statusChange('SO-2', 'picking', '2026-10-20T09:00:00Z', {}),
      statusChange('SO-1', 'allocated', '2026-10-20T09:00:00Z'),
      statusChange('SO-5', 'cancelled', '2026-10-20T09:00:00Z'),
      statusChange('SO-5', 'cancelled', '2026-10-20T10:00:00Z', { cancelledBy: 'customer', note: 'no longer needed' }),
    ];
    events[0]!.partner = foreign;
    expect(await applyEvents(oms.db, events)).toEqual([
      { eventId: events[0]!.eventId, outcome: 'failed', reason: 'cannot move order SO-2 from delivered to picking: delivered is final' },
      { eventId: events[1]!.eventId, outcome: 'failed', reason: 'cannot move order SO-1 from picking back to allocated' },
      { eventId: events[2]!.eventId, outcome: 'failed', reason: 'cancelling order SO-5 needs cancelledBy (customer or supplier_stockout)' },
      { eventId: events[3]!.eventId, outcome: 'applied' },
    ]);
    expect(await q('SELECT status, cancelled_by, cancel_reason FROM orders WHERE id = $1', ['SO-5'])).toEqual([
      { status: 'cancelled', cancelled_by: 'customer', cancel_reason: 'no longer needed' },
    ]);
    expect((await historyOf('SO-2')).length).toBe(3);
    expect((await historyOf('SO-5')).map((h) => h.status)).toEqual(['placed', 'allocated', 'cancelled']);
  });

  it('fails an unknown order, or another account\'s, alone while the rest of the batch applies', async () => {
    const [unknown, foreign, valid] = [
      statusChange('SO-404', 'picking', '2026-10-20T09:00:00Z'),
      statusChange('SO-2', 'delivered', '2026-10-20T09:00:00Z'),
      statusChange('SO-B01', 'allocated', '2026-10-20T09:00:00Z'),
    ];
    expect(await applyEvents(oms.db, [unknown, foreign, valid])).toEqual([
      { eventId: unknown.eventId, outcome: 'failed', reason: 'order SO-404 does not exist' },
      { eventId: foreign.eventId, outcome: 'failed', reason: "order SO-2 belongs to ACCT-2, not this partner's account ACCT-1" },
      { eventId: valid.eventId, outcome: 'applied' },
    ]);
    expect(await statusOf('SO-B01')).toBe('allocated');
    expect(await q('SELECT event_id FROM applied_events WHERE event_id = ANY($1) ORDER BY 1', [[unknown.eventId, foreign.eventId, valid.eventId]]))
      .toEqual([{ event_id: valid.eventId }]);
  });

  it('answers already_applied to a re-delivery, with no second effect', async () => {
    const e = statusChange('SO-B02', 'allocated', '2026-10-20T09:00:00Z');
    expect(await applyEvents(oms.db, [e, e])).toEqual([{ eventId: e.eventId, outcome: 'applied' }, { eventId: e.eventId, outcome: 'already_applied' }]);
    expect(await applyEvents(oms.db, [e])).toEqual([{ eventId: e.eventId, outcome: 'already_applied' }]);
    expect((await historyOf('SO-B02')).map((h) => h.status)).toEqual(['placed', 'allocated']);
  });
});

describe('purchase_order (850)', () => {
  const po = (poNumber: string, lines: PayloadOf['purchase_order']['lines']): PayloadOf['purchase_order'] => ({
    poNumber, purpose: '00', orderType: 'SA', poDate: '2026-10-19', requestedDeliveryDate: '2026-10-28', currency: 'USD',
    parties: [], lines, declaredLineCount: lines.length,
  });
  const poLine = (lineNumber: string, sku: string | null, quantity: number, unitPrice: string | null) =>
    ({ lineNumber, quantity, unit: 'EA', unitPrice, item: { sku, ids: { VN: `V-${sku}` } } });

  it('places an EDI order with its lines, sourced from the partner branch, once per PO', async () => {
    const placed = event('purchase_order', po('PO-100', [poLine('1', 'SKU-A', 6, '12.5'), poLine('2', 'SKU-B', 1, '1049.99')]), { occurredAt: '2026-10-19T08:30:00Z' });
    const again = event('purchase_order', po('PO-100', [poLine('1', 'SKU-A', 6, '12.5')]));
    expect(await applyEvents(oms.db, [placed])).toEqual([{ eventId: placed.eventId, outcome: 'applied' }]);
    expect(await applyEvents(oms.db, [again])).toEqual([
      { eventId: again.eventId, outcome: 'failed', reason: 'PO PO-100 is already order SO-EDI-ACCT-1-PO-100' },
    ]);
    expect(await q(`SELECT id, account_id, channel, customer_po, placed_at, requested_date, promised_date, status, ship_to_branch_code, currency_code
                      FROM orders WHERE customer_po = 'PO-100'`)).toEqual([{
      id: 'SO-EDI-ACCT-1-PO-100', account_id: 'ACCT-1', channel: 'edi', customer_po: 'PO-100', placed_at: new Date('2026-10-19T08:30:00Z'),
      requested_date: '2026-10-28', promised_date: '2026-10-28', status: 'placed', ship_to_branch_code: 'CHI', currency_code: 'USD',
    }]);
    expect(await q(`SELECT line_number, sku, ordered_quantity, shipped_quantity, sourcing_branch_code, unit_price_minor
                      FROM order_lines WHERE order_id = 'SO-EDI-ACCT-1-PO-100' ORDER BY line_number`)).toEqual([
      { line_number: 1, sku: 'SKU-A', ordered_quantity: 6, shipped_quantity: 0, sourcing_branch_code: 'CHI', unit_price_minor: '1250' },
      { line_number: 2, sku: 'SKU-B', ordered_quantity: 1, shipped_quantity: 0, sourcing_branch_code: 'CHI', unit_price_minor: '104999' },
    ]);
    expect((await historyOf('SO-EDI-ACCT-1-PO-100')).map((h) => [h.sequence, h.status, h.note])).toEqual([[1, 'placed', 'EDI 850 PO PO-100']]);
  });

  it('fails a PO placed before, a partner without a branch, and lines without SKU or price', async () => {
    const events = [
      event('purchase_order', po('PO-OLD', [poLine('1', 'SKU-A', 1, '1.00')])),
      event('purchase_order', po('PO-200', [poLine('1', 'SKU-A', 1, '1.00')]), { partner: { ...PARTNER, branchCode: null } }),
      event('purchase_order', po('PO-201', [poLine('1', null, 1, '1.00')])),
      event('purchase_order', po('PO-202', [poLine('1', 'SKU-A', 1, null)])),
      event('purchase_order', po('PO-203', [poLine('1', 'SKU-A', 1, '1.005')])),
    ];
    expect((await applyEvents(oms.db, events)).map((o) => ('reason' in o ? o.reason : o.outcome))).toEqual([
      'PO PO-OLD is already order SO-4',
      "partner P-ACME has no branch to source and ship PO PO-200 from: set the partner's branch",
      'PO PO-201 line 1 names no SKU of ours (ids sent: {"VN":"V-null"})',
      'PO PO-202 line 1 has no unit price',
      'PO PO-203 line 1 unit price "1.005" is not an amount with at most 2 decimals',
    ]);
    expect(await q(`SELECT id FROM orders WHERE customer_po LIKE 'PO-20%'`)).toEqual([]);
  });
});

describe('warehouse_shipping_advice (945)', () => {
  const advice = (orderId: string, shipmentId: string | null, lines: [string, number][]): PayloadOf['warehouse_shipping_advice'] => ({
    depositorOrderNumber: orderId, poNumber: null, shipmentId, shipDate: '2026-10-21', carrier: 'FDX',
    lines: lines.map(([sku, shippedQuantity]) => ({ item: { sku, ids: {} }, shippedQuantity, orderedQuantity: null, unit: 'EA' })),
  });

  it('records the shipment, adds shipped units by SKU and moves the order to partially_shipped, then shipped', async () => {
    const first = event('warehouse_shipping_advice', advice('SO-1', 'SH-W1', [['SKU-A', 10], ['SKU-B', 2]]), { partner: WAREHOUSE, occurredAt: '2026-10-21T14:00:00Z' });
    const over = event('warehouse_shipping_advice', advice('SO-1', 'SH-W2', [['SKU-B', 4]]), { partner: WAREHOUSE });
    const rest = event('warehouse_shipping_advice', advice('SO-1', null, [['SKU-B', 3]]), { partner: WAREHOUSE });
    expect(await applyEvents(oms.db, [first, over, rest])).toEqual([
      { eventId: first.eventId, outcome: 'applied' },
      { eventId: over.eventId, outcome: 'failed', reason: 'the 945 ships 4 of SKU SKU-B on order SO-1, but only 3 remain to ship' },
      { eventId: rest.eventId, outcome: 'applied' },
    ]);
    expect(await q(`SELECT id, branch_code, carrier, ship_by, shipped_at FROM shipments WHERE order_id = 'SO-1' ORDER BY id`)).toEqual([
      { id: `SH-${rest.eventId}`, branch_code: 'CHI', carrier: 'FDX', ship_by: new Date('2026-10-21T00:00:00Z'), shipped_at: new Date('2026-10-21T00:00:00Z') },
      { id: 'SH-W1', branch_code: 'CHI', carrier: 'FDX', ship_by: new Date('2026-10-21T14:00:00Z'), shipped_at: new Date('2026-10-21T14:00:00Z') },
    ]);
    expect(await q(`SELECT line_number, shipped_quantity, allocated_quantity FROM order_lines WHERE order_id = 'SO-1' ORDER BY 1`)).toEqual([
      { line_number: 1, shipped_quantity: 10, allocated_quantity: 0 },
      { line_number: 2, shipped_quantity: 5, allocated_quantity: 0 },
    ]);
    expect(await statusOf('SO-1')).toBe('shipped');
    // The second 945 has no time of day: its midnight is before the first one's, so it is history
    // behind it; the status still follows the units shipped.
    expect((await historyOf('SO-1')).slice(4).map((h) => [h.sequence, h.status, h.note])).toEqual([
      [5, 'partially_shipped', 'shipment SH-W1'], [6, 'shipped', `shipment SH-${rest.eventId}`],
    ]);
  });

  it('fails a shipment already recorded and an SKU the order does not have', async () => {
    const dup = event('warehouse_shipping_advice', advice('SO-B03', 'SH-W1', [['SKU-A', 1]]), { partner: WAREHOUSE });
    const sku = event('warehouse_shipping_advice', advice('SO-B03', 'SH-W9', [['SKU-Z', 1]]), { partner: WAREHOUSE });
    expect(await applyEvents(oms.db, [dup, sku])).toEqual([
      { eventId: dup.eventId, outcome: 'failed', reason: 'shipment SH-W1 is already recorded (order SO-1)' },
      { eventId: sku.eventId, outcome: 'failed', reason: 'order SO-B03 has no line for SKU SKU-Z' },
    ]);
  });
});

describe('shipment_telemetry', () => {
  const telemetry = (shipmentId: string, milestone: PayloadOf['shipment_telemetry']['milestone'], at: string) =>
    event('shipment_telemetry', { shipmentId, milestone, at, trackingNumber: '1Z999' }, { partner: WAREHOUSE });

  it('stamps milestones without moving one already set, and delivers the order when every shipment is delivered', async () => {
    const restamp = telemetry('SH-3A', 'delivered', '2026-10-09T09:00:00Z');
    const delivered = telemetry('SH-3B', 'delivered', '2026-10-08T16:00:00Z');
    const unknown = telemetry('SH-404', 'packed', '2026-10-08T16:00:00Z');
    expect(await applyEvents(oms.db, [restamp, delivered, unknown])).toEqual([
      { eventId: restamp.eventId, outcome: 'applied' },
      { eventId: delivered.eventId, outcome: 'applied' },
      { eventId: unknown.eventId, outcome: 'failed', reason: 'shipment SH-404 does not exist' },
    ]);
    expect(await q(`SELECT id, delivered_at, tracking_number FROM shipments WHERE order_id = 'SO-3' ORDER BY id`)).toEqual([
      { id: 'SH-3A', delivered_at: new Date('2026-10-07T09:00:00Z'), tracking_number: '1Z999' },
      { id: 'SH-3B', delivered_at: new Date('2026-10-08T16:00:00Z'), tracking_number: '1Z999' },
    ]);
    expect(await statusOf('SO-3')).toBe('delivered');
    expect((await historyOf('SO-3')).at(-1)).toEqual({ sequence: 3, status: 'delivered', changed_at: new Date('2026-10-08T16:00:00Z'), note: 'every shipment delivered' });
  });

  it('stamps a shipment a 945 recorded earlier in the same batch', async () => {
    const shipped = event('warehouse_shipping_advice', {
      depositorOrderNumber: 'SO-B04', poNumber: null, shipmentId: 'SH-B04', shipDate: null, carrier: null,
      lines: [{ item: { sku: 'SKU-A', ids: {} }, shippedQuantity: 1, orderedQuantity: 1, unit: 'EA' }],
    }, { partner: WAREHOUSE, occurredAt: '2026-10-22T10:00:00Z' });
    const delivered = telemetry('SH-B04', 'delivered', '2026-10-23T10:00:00Z');
    expect((await applyEvents(oms.db, [shipped, delivered])).map((o) => o.outcome)).toEqual(['applied', 'applied']);
    expect(await statusOf('SO-B04')).toBe('delivered');
    expect((await historyOf('SO-B04')).map((h) => h.status)).toEqual(['placed', 'shipped', 'delivered']);
  });
});

describe('return and return_authorization (180)', () => {
  it('inserts a requested API return and an authorized 180 return against shipped lines', async () => {
    const api = event('return', { returnId: 'RMA-API-1', orderId: 'SO-4', lineNumber: 1, sku: 'SKU-A', quantity: 1, reason: 'damaged', requestedAt: '2026-10-20T09:00:00Z' });
    const edi = event('return_authorization', {
      rmaNumber: 'RMA-EDI-7', date: '2026-10-21', orderNumber: 'SO-4',
      lines: [{ item: { sku: 'SKU-A', ids: {} }, quantity: 2, reasonCode: 'DF' }, { item: { sku: 'SKU-C', ids: {} }, quantity: 1, reasonCode: 'wi' }],
    });
    expect((await applyEvents(oms.db, [api, edi])).map((o) => o.outcome)).toEqual(['applied', 'applied']);
    expect(await q(`SELECT id, order_id, line_number, account_id, sku, quantity, reason, requested_at, authorized_at, status
                      FROM returns ORDER BY id`)).toEqual([
      { id: 'RMA-API-1', order_id: 'SO-4', line_number: 1, account_id: 'ACCT-1', sku: 'SKU-A', quantity: 1, reason: 'damaged',
        requested_at: new Date('2026-10-20T09:00:00Z'), authorized_at: null, status: 'requested' },
      { id: 'RMA-EDI-7-1', order_id: 'SO-4', line_number: 1, account_id: 'ACCT-1', sku: 'SKU-A', quantity: 2, reason: 'defective',
        requested_at: new Date('2026-10-21T00:00:00Z'), authorized_at: new Date('2026-10-21T00:00:00Z'), status: 'authorized' },
      { id: 'RMA-EDI-7-2', order_id: 'SO-4', line_number: 2, account_id: 'ACCT-1', sku: 'SKU-C', quantity: 1, reason: 'wrong_item',
        requested_at: new Date('2026-10-21T00:00:00Z'), authorized_at: new Date('2026-10-21T00:00:00Z'), status: 'authorized' },
    ]);
  });

  it('fails an unmapped reason code, more than remains returnable, and a line that does not match', async () => {
    const events = [
      event('return_authorization', { rmaNumber: 'RMA-X', date: null, orderNumber: 'SO-4', lines: [{ item: { sku: 'SKU-A', ids: {} }, quantity: 1, reasonCode: 'ZZ' }] }),
      event('return', { returnId: 'RMA-API-2', orderId: 'SO-4', lineNumber: 1, sku: 'SKU-A', quantity: 2, reason: 'not_needed', requestedAt: '2026-10-22T09:00:00Z' }),
      event('return', { returnId: 'RMA-API-3', orderId: 'SO-4', lineNumber: 2, sku: 'SKU-A', quantity: 1, reason: 'not_needed', requestedAt: '2026-10-22T09:00:00Z' }),
    ];
    expect((await applyEvents(oms.db, events)).map((o) => ('reason' in o ? o.reason : o.outcome))).toEqual([
      'RMA RMA-X reason code ZZ for SKU SKU-A is not one we map (DA, DM, DF, WI, NN, LD)',
      'cannot return 2 of SKU SKU-A on order SO-4 line 1: 4 shipped, 3 already returned',
      'line 2 of order SO-4 is SKU SKU-C, not SKU-A',
    ]);
  });
});

describe('statements', () => {
  it('issues the same number of statements for 1 event as for 50', async () => {
    const batch = (ids: string[], status: 'picking' | 'partially_shipped') => ids.map((id) => statusChange(id, status, '2026-10-24T09:00:00Z'));
    const count = async (events: EventToApply[]) => {
      const before = oms.db.stats.statements;
      const outcomes = await applyEvents(oms.db, events);
      expect(outcomes.every((o) => o.outcome === 'applied')).toBe(true);
      return oms.db.stats.statements - before;
    };
    const one = await count(batch(['SO-B05'], 'picking'));
    expect(BULK.slice(10, 60)).toHaveLength(50);
    const fifty = await count(batch(BULK.slice(10, 60), 'picking'));
    expect(fifty).toBe(one);
  });

  it('issues the same number of statements for one event of each type as for nine of each', async () => {
    const ofEachType = (n: number): EventToApply[] => [
      statusChange(`SO-M${n}`, 'partially_shipped', '2026-10-25T09:00:00Z'),
      event('purchase_order', {
        poNumber: `PO-M${n}`, purpose: '00', orderType: 'SA', poDate: '2026-10-25', requestedDeliveryDate: null, currency: null, parties: [],
        lines: [{ lineNumber: '1', quantity: 1, unit: 'EA', unitPrice: '2.00', item: { sku: 'SKU-A', ids: {} } }], declaredLineCount: 1,
      }),
      event('warehouse_shipping_advice', {
        depositorOrderNumber: `SO-M${n}`, poNumber: null, shipmentId: `SH-MX${n}`, shipDate: '2026-10-25', carrier: 'UPS',
        lines: [{ item: { sku: 'SKU-A', ids: {} }, shippedQuantity: 1, orderedQuantity: 5, unit: 'EA' }],
      }),
      event('shipment_telemetry', { shipmentId: `SH-M${n}`, milestone: 'delivered', at: '2026-10-26T09:00:00Z' }),
      event('return', { returnId: `RMA-M${n}`, orderId: `SO-M${n}`, lineNumber: 1, sku: 'SKU-A', quantity: 1, reason: 'not_needed', requestedAt: '2026-10-27T09:00:00Z' }),
      event('return_authorization', { rmaNumber: `RMA-MX${n}`, date: '2026-10-27', orderNumber: `SO-M${n}`, lines: [{ item: { sku: 'SKU-A', ids: {} }, quantity: 1, reasonCode: 'DM' }] }),
    ];
    const count = async (events: EventToApply[]) => {
      const before = oms.db.stats.statements;
      const outcomes = await applyEvents(oms.db, events);
      expect(outcomes.filter((o) => o.outcome !== 'applied')).toEqual([]);
      return oms.db.stats.statements - before;
    };
    const one = await count(ofEachType(1));
    const nine = await count(MIXED.slice(1).flatMap(ofEachType));
    expect(nine).toBe(one);
  });
});
