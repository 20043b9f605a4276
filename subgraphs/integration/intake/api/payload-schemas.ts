/**
 * JSON Schemas for the five API event payloads, one per payload interface in lib/events/model.ts.
 * The helpers below make tsc check each schema against its interface: an object's properties are
 * exactly the interface's keys, its required list exactly the non-optional ones, and an enum lists
 * every value of the union, so the published contract cannot drift from the model unnoticed.
 */
import type {
  InventorySnapshotPayload,
  OrderStatusChangePayload,
  PaymentPayload,
  ReturnPayload,
  ShipmentTelemetryPayload,
} from '../../../../lib/events/model.ts';

export type JsonSchema = { [keyword: string]: unknown };

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** A closed object: no property beyond T's keys, each of which has a schema; T's required keys required. */
function closedObject<T>() {
  return <const R extends readonly RequiredKeys<T>[]>(shape: {
    description: string;
    required: R & ([RequiredKeys<T>] extends [R[number]] ? unknown : never);
    properties: { [K in keyof T]-?: JsonSchema };
  }): JsonSchema => ({ type: 'object', ...shape, additionalProperties: false });
}

/** Every value of the string union T, in the order written; tsc fails when one is missing. */
function everyValue<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : never)): A => values;
}

/** A decimal amount greater than 0 with at most two fraction digits and no leading zeros, e.g. 1250, 1250.5, 0.07. */
export const AMOUNT_PATTERN = '^(?:[1-9][0-9]{0,14}(?:\\.[0-9]{1,2})?|0\\.(?:[1-9][0-9]?|0[1-9]))$';
export const CURRENCY_PATTERN = '^[A-Z]{3}$';

const id = (description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength: 200, description });
const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength: 1000, description });
const instant = (description: string): JsonSchema => ({
  type: 'string',
  format: 'date-time',
  description: `${description} RFC 3339 date-time with a UTC offset, e.g. "2026-11-27T14:30:00-05:00".`,
});
const count = (minimum: number, description: string): JsonSchema => ({ type: 'integer', minimum, description });
const oneOfValues = (values: readonly string[], description: string): JsonSchema => ({ type: 'string', enum: values, description });

export const orderStatusChangePayload: JsonSchema = {
  ...closedObject<OrderStatusChangePayload>()({
    description: 'An order moved to a new status in your system.',
    required: ['orderId', 'status', 'changedAt'],
    properties: {
      orderId: id('Our order number.'),
      status: oneOfValues(
        everyValue<OrderStatusChangePayload['status']>()(['placed', 'credit_hold', 'allocated', 'picking', 'partially_shipped', 'shipped', 'delivered', 'cancelled']),
        'The status the order moved to.',
      ),
      changedAt: instant('When the order moved to this status.'),
      note: text('Free text for the people handling the order; optional.'),
      cancelledBy: oneOfValues(
        everyValue<NonNullable<OrderStatusChangePayload['cancelledBy']>>()(['customer', 'supplier_stockout']),
        'Who cancelled the order: the customer, or the supplier for lack of stock. Required when status is cancelled.',
      ),
    },
  }),
  if: { type: 'object', properties: { status: { const: 'cancelled', description: 'This rule applies to cancellations.' } }, required: ['status'] },
  then: { required: ['cancelledBy'] },
};

export const inventorySnapshotPayload = closedObject<InventorySnapshotPayload>()({
  description: 'The stock a branch holds, SKU by SKU, counted at one moment.',
  required: ['branchCode', 'asOf', 'positions'],
  properties: {
    branchCode: id('Our code for the branch or warehouse the snapshot is for.'),
    asOf: instant('The moment the counts were taken.'),
    positions: {
      type: 'array',
      minItems: 1,
      maxItems: 10000,
      description: 'One entry per SKU counted, 1 to 10,000 entries.',
      items: closedObject<InventorySnapshotPayload['positions'][number]>()({
        description: 'The count for one SKU.',
        required: ['sku', 'onHand'],
        properties: {
          sku: id('Our SKU of the item counted.'),
          onHand: count(0, 'Units physically on hand, a whole number of at least 0.'),
          onHold: count(0, 'Of the units on hand, those on hold and not sellable (quality, damage, cycle count); a whole number of at least 0. Optional.'),
        },
      }),
    },
  },
});

export const shipmentTelemetryPayload = closedObject<ShipmentTelemetryPayload>()({
  description: 'A shipment reached a milestone.',
  required: ['shipmentId', 'milestone', 'at'],
  properties: {
    shipmentId: id('The id of the shipment.'),
    milestone: oneOfValues(
      everyValue<ShipmentTelemetryPayload['milestone']>()(['pick_started', 'packed', 'shipped', 'delivered']),
      'The milestone the shipment reached.',
    ),
    at: instant('When the milestone was reached.'),
    carrier: text('The carrier moving the shipment, e.g. "UPS"; optional.'),
    trackingNumber: text("The carrier's tracking number; optional."),
  },
});

export const paymentPayload = closedObject<PaymentPayload>()({
  description: 'A payment received against one of our invoices.',
  required: ['paymentId', 'accountId', 'invoiceId', 'amount', 'currency', 'receivedAt', 'method'],
  properties: {
    paymentId: id('Your id for the payment.'),
    accountId: id('Our customer account number the payment is for.'),
    invoiceId: id('Our invoice number the payment settles, in whole or in part.'),
    amount: {
      type: 'string',
      pattern: AMOUNT_PATTERN,
      description: 'The amount paid, as a decimal string greater than 0 with at most two decimal places, e.g. "1250.00" or "0.07". A string, not a number, so no amount is ever rounded in transit.',
    },
    currency: {
      type: 'string',
      pattern: CURRENCY_PATTERN,
      description: 'ISO 4217 currency code of the amount, three upper-case letters, e.g. "USD".',
    },
    receivedAt: instant('When the payment was received.'),
    method: oneOfValues(everyValue<PaymentPayload['method']>()(['ach', 'wire', 'check', 'card']), 'How the payment was made.'),
  },
});

export const returnPayload = closedObject<ReturnPayload>()({
  description: 'A customer asked to return units of one order line.',
  required: ['returnId', 'orderId', 'lineNumber', 'sku', 'quantity', 'reason', 'requestedAt'],
  properties: {
    returnId: id('Your id for the return request.'),
    orderId: id('Our order number the units were bought on.'),
    lineNumber: count(1, 'The line of that order, counting from 1.'),
    sku: id('Our SKU of the units being returned, as on that order line.'),
    quantity: count(1, 'Units to return, a whole number of at least 1.'),
    reason: oneOfValues(
      everyValue<ReturnPayload['reason']>()(['damaged', 'wrong_item', 'not_needed', 'defective', 'late_delivery']),
      'Why the units are coming back.',
    ),
    requestedAt: instant('When the customer asked for the return.'),
  },
});
