import { describe, expect, it } from 'vitest';
import { normalizeApiEvent } from '../../subgraphs/integration/intake/api/normalize.ts';
import { validateApiEvent } from '../../subgraphs/integration/intake/api/validate.ts';

// One valid event of each type, small enough to check every expected key by eye.
const orderStatusChange = {
  id: 'acme-evt-1001',
  type: 'order_status_change',
  occurredAt: '2026-11-27T09:15:00-05:00',
  partner: 'acme',
  payload: { orderId: 'SO-5001', status: 'cancelled', changedAt: '2026-11-27T09:14:30-05:00', cancelledBy: 'customer', note: 'Customer called' },
};
const inventorySnapshot = {
  id: 'acme-evt-1002',
  type: 'inventory_snapshot',
  occurredAt: '2026-11-27T06:00:00Z',
  payload: {
    branchCode: 'DAL',
    asOf: '2026-11-27T05:59:00Z',
    positions: [
      { sku: 'VLV-100', onHand: 40, onHold: 2 },
      { sku: 'PIPE-3/4', onHand: 0 },
      { sku: 'VLV-100', onHand: 12 },
    ],
  },
};
const shipmentTelemetry = {
  id: 'acme-evt-1003',
  type: 'shipment_telemetry',
  occurredAt: '2026-11-27T15:45:10.250+01:00',
  payload: { shipmentId: 'SH-77', milestone: 'shipped', at: '2026-11-27T15:45:00+01:00', carrier: 'UPS', trackingNumber: '1Z999AA10123456784' },
};
const payment = {
  id: 'acme-evt-1004',
  type: 'payment',
  occurredAt: '2026-11-28T00:30:00+02:00',
  payload: { paymentId: 'PAY-9', accountId: 'ACC-12', invoiceId: 'INV-3004', amount: '1250.5', currency: 'USD', receivedAt: '2026-11-27T22:29:00Z', method: 'ach' },
};
const returnRequest = {
  id: 'acme-evt-1005',
  type: 'return',
  occurredAt: '2026-11-27T12:00:00Z',
  payload: { returnId: 'RMA-4', orderId: 'SO-4800', lineNumber: 2, sku: 'VLV-100', quantity: 1, reason: 'damaged', requestedAt: '2026-11-27T11:58:00Z' },
};
const validEvents = { orderStatusChange, inventorySnapshot, shipmentTelemetry, payment, returnRequest };

/** `base` with its payload's fields replaced (undefined drops a field). */
function withPayload(base: { payload: object }, changes: Record<string, unknown>) {
  const payload: Record<string, unknown> = { ...base.payload, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete payload[key];
  return { ...base, payload };
}

const problemsOf = (value: unknown) => {
  const result = validateApiEvent(value);
  return result.ok ? [] : result.problems;
};

describe('validateApiEvent', () => {
  it('accepts a valid event of each of the five types and hands back the event itself', () => {
    for (const event of Object.values(validEvents)) expect(validateApiEvent(event)).toEqual({ ok: true, event });
  });

  it('names a missing envelope field', () => {
    const { id: _, ...withoutId } = payment;
    expect(problemsOf(withoutId)).toEqual([{ field: 'id', message: 'is required' }]);
  });

  it('names an unknown event type once, without judging the payload against every type', () => {
    expect(problemsOf({ ...payment, type: 'payment_received' })).toEqual([
      { field: 'type', message: 'must be one of order_status_change, inventory_snapshot, shipment_telemetry, payment, return (got "payment_received")' },
    ]);
  });

  it('lists the allowed values when a payload enum is wrong', () => {
    expect(problemsOf(withPayload(orderStatusChange, { status: 'shipped_early', cancelledBy: undefined }))).toEqual([
      { field: 'payload.status', message: 'must be one of placed, credit_hold, allocated, picking, partially_shipped, shipped, delivered, cancelled (got "shipped_early")' },
    ]);
  });

  it('rejects negative and fractional quantities at the position they are in, once each', () => {
    const positions = [{ sku: 'A', onHand: 1 }, { sku: 'B', onHand: 2, onHold: 0.5 }, { sku: 'C', onHand: -3 }, { sku: 'D', onHand: -2.5 }];
    expect(problemsOf(withPayload(inventorySnapshot, { positions }))).toEqual([
      { field: 'payload.positions[1].onHold', message: 'must be an integer of at least 0 (got 0.5)' },
      { field: 'payload.positions[2].onHand', message: 'must be an integer of at least 0 (got -3)' },
      { field: 'payload.positions[3].onHand', message: 'must be an integer of at least 0 (got -2.5)' },
    ]);
    expect(problemsOf(withPayload(returnRequest, { quantity: 0, lineNumber: 1.5 }))).toEqual([
      { field: 'payload.lineNumber', message: 'must be an integer of at least 1 (got 1.5)' },
      { field: 'payload.quantity', message: 'must be an integer of at least 1 (got 0)' },
    ]);
  });

  it('takes money only as a positive decimal string with at most two decimals, in an upper-case ISO currency', () => {
    const amountRule = 'must be a decimal amount greater than 0 with at most two decimal places, e.g. "1250.00"';
    expect(problemsOf(withPayload(payment, { amount: '10.005' }))).toEqual([{ field: 'payload.amount', message: `${amountRule} (got "10.005")` }]);
    expect(problemsOf(withPayload(payment, { amount: '0.00', currency: 'usd' }))).toEqual([
      { field: 'payload.amount', message: `${amountRule} (got "0.00")` },
      { field: 'payload.currency', message: 'must be a three-letter upper-case currency code, e.g. "USD" (got "usd")' },
    ]);
    expect(problemsOf(withPayload(payment, { amount: 10.5 }))).toEqual([{ field: 'payload.amount', message: 'must be a string (got 10.5)' }]);
    for (const amount of ['-5.00', '1e3', '01.50', ' 12.00', '12.']) expect(problemsOf(withPayload(payment, { amount }))).toHaveLength(1);
    for (const amount of ['0.07', '0.1', '12', '1250.50', '999999999999999.99']) expect(problemsOf(withPayload(payment, { amount }))).toEqual([]);
  });

  it('names a property the schema does not know, where it was sent', () => {
    const { quantity: _, ...rest } = returnRequest.payload;
    expect(problemsOf({ ...returnRequest, payload: { ...rest, qty: 1 } })).toEqual([
      { field: 'payload.quantity', message: 'is required' },
      { field: 'payload', message: 'unknown property "qty"' },
    ]);
    expect(problemsOf({ ...returnRequest, source: 'portal' })).toEqual([{ field: '(event)', message: 'unknown property "source"' }]);
  });

  it('requires cancelledBy when, and only when, the status is cancelled', () => {
    expect(problemsOf(withPayload(orderStatusChange, { cancelledBy: undefined }))).toEqual([
      { field: 'payload.cancelledBy', message: 'is required when status is cancelled' },
    ]);
    expect(problemsOf(withPayload(orderStatusChange, { status: 'allocated', cancelledBy: undefined }))).toEqual([]);
  });

  it('takes only RFC 3339 date-times with an offset that Date can read', () => {
    const rule = 'must be a date-time with a UTC offset, e.g. "2026-11-27T14:30:00Z"';
    expect(problemsOf({ ...withPayload(shipmentTelemetry, { at: '2026-11-27' }), occurredAt: '2026-11-27T14:30:00' })).toEqual([
      { field: 'occurredAt', message: `${rule} (got "2026-11-27T14:30:00")` },
      { field: 'payload.at', message: `${rule} (got "2026-11-27")` },
    ]);
    // Both pass RFC 3339 as ajv-formats reads it, but new Date() cannot read them, and the normalizer needs it to.
    expect(problemsOf({ ...payment, occurredAt: '2016-12-31T23:59:60Z' })).toEqual([{ field: 'occurredAt', message: `${rule} (got "2016-12-31T23:59:60Z")` }]);
    expect(problemsOf({ ...payment, occurredAt: '2026-11-27T10:00:00+01' })).toHaveLength(1);
    expect(problemsOf({ ...payment, occurredAt: '2026-02-30T10:00:00Z' })).toHaveLength(1);
  });

  it('lists every problem, envelope first, and says what it got when the shape is wrong', () => {
    expect(problemsOf({ id: '', type: 'inventory_snapshot', occurredAt: '2026-11-27T06:00:00Z', payload: { branchCode: 'DAL', asOf: '2026-11-27T05:59:00Z', positions: [] } })).toEqual([
      { field: 'id', message: 'must not be empty' },
      { field: 'payload.positions', message: 'must have at least 1 item' },
    ]);
    expect(problemsOf({ ...payment, payload: null })).toEqual([{ field: 'payload', message: 'must be an object (got null)' }]);
    expect(problemsOf([payment])).toEqual([{ field: '(event)', message: 'must be an object (got an array)' }]);
  });
});

describe('normalizeApiEvent', () => {
  const normalized = (event: unknown) => {
    const result = validateApiEvent(event);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return normalizeApiEvent(result.event);
  };

  it('keys an order status change by its order, with occurredAt in UTC', () => {
    expect(normalized(orderStatusChange)).toEqual({
      type: 'order_status_change',
      occurredAt: '2026-11-27T14:15:00.000Z', // 09:15 at -05:00
      keys: { orders: ['SO-5001'] },
      payload: orderStatusChange.payload,
    });
  });

  it('keys an inventory snapshot by its branch and each SKU counted, once, in the order listed', () => {
    expect(normalized(inventorySnapshot)).toEqual({
      type: 'inventory_snapshot',
      occurredAt: '2026-11-27T06:00:00.000Z',
      keys: { branches: ['DAL'], skus: ['VLV-100', 'PIPE-3/4'] }, // VLV-100 is listed twice
      payload: inventorySnapshot.payload,
    });
  });

  it('keys shipment telemetry by its shipment, keeping the milliseconds', () => {
    expect(normalized(shipmentTelemetry)).toEqual({
      type: 'shipment_telemetry',
      occurredAt: '2026-11-27T14:45:10.250Z', // 15:45:10.250 at +01:00
      keys: { shipments: ['SH-77'] },
      payload: shipmentTelemetry.payload,
    });
  });

  it('keys a payment by its account only; the invoice id stays in the payload', () => {
    expect(normalized(payment)).toEqual({
      type: 'payment',
      occurredAt: '2026-11-27T22:30:00.000Z', // 00:30 the next day at +02:00
      keys: { accounts: ['ACC-12'] },
      payload: { paymentId: 'PAY-9', accountId: 'ACC-12', invoiceId: 'INV-3004', amount: '1250.5', currency: 'USD', receivedAt: '2026-11-27T22:29:00Z', method: 'ach' },
    });
  });

  it('keys a return by its order and its SKU', () => {
    expect(normalized(returnRequest)).toEqual({
      type: 'return',
      occurredAt: '2026-11-27T12:00:00.000Z',
      keys: { orders: ['SO-4800'], skus: ['VLV-100'] },
      payload: returnRequest.payload,
    });
  });
});
