/**
 * The operational event model both intake lanes normalize into (EDI: one event per X12
 * transaction set; API: one event per JSON event). This module is the contract between the
 * integration domain, which receives, records and routes events, and the ERP and OMS, which apply the events
 * that change their truth through their own code. Payloads are plain JSON: money as decimal
 * strings (converted to minor units only by lib/money.ts, when a domain applies them), dates as
 * YYYY-MM-DD, instants as ISO 8601 with an offset.
 */

export const LANES = ['edi', 'api'] as const;
export type Lane = (typeof LANES)[number];

export const EVENT_STATUSES = ['accepted', 'applied', 'duplicate', 'rejected', 'failed'] as const;
/**
 * accepted: valid and recorded (and, where a domain applies it, waiting to be applied);
 * applied: the owning domain applied it; duplicate: a re-send of an event already recorded, kept
 * for the record, never applied; rejected: invalid (envelope, syntax, schema), kept with its raw
 * bytes; failed: valid but the owning domain could not apply it (unknown order, SKU...); retryable.
 */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** X12 transaction set -> event type. */
export const EDI_EVENT_TYPES = {
  '850': 'purchase_order',
  '855': 'po_acknowledgment',
  '856': 'ship_notice',
  '810': 'invoice',
  '846': 'inventory_advice',
  '940': 'warehouse_shipping_order',
  '945': 'warehouse_shipping_advice',
  '180': 'return_authorization',
} as const;
export type EdiSetId = keyof typeof EDI_EVENT_TYPES;
export type EdiEventType = (typeof EDI_EVENT_TYPES)[EdiSetId];

export const API_EVENT_TYPES = ['order_status_change', 'inventory_snapshot', 'shipment_telemetry', 'payment', 'return'] as const;
export type ApiEventType = (typeof API_EVENT_TYPES)[number];

export type EventType = EdiEventType | ApiEventType;

/** The business records an event touches, for filtering the queue and routing exceptions. */
export interface BusinessKeys {
  orders?: string[];
  purchaseOrders?: string[];
  skus?: string[];
  accounts?: string[];
  shipments?: string[];
  branches?: string[];
}

/** An item as a partner identifies it: `sku` is the best guess at our SKU, `ids` every qualified id sent. */
export interface ItemRef {
  sku: string | null;
  /** X12 product id qualifier -> id, e.g. { VN: "AB3542", UP: "999999310145" }. */
  ids: Record<string, string>;
  description?: string;
}

export interface Party {
  /** N1-01 entity code: ST ship-to, BT bill-to, SU supplier, WH warehouse, SF ship-from, ... */
  role: string;
  name: string | null;
  idQualifier: string | null;
  id: string | null;
  address?: { lines: string[]; city: string | null; region: string | null; postalCode: string | null; country: string | null };
}

// --- EDI payloads -------------------------------------------------------------------------

export interface PurchaseOrderPayload {
  poNumber: string;
  purpose: string;
  orderType: string;
  poDate: string | null;
  requestedDeliveryDate: string | null;
  currency: string | null;
  parties: Party[];
  lines: { lineNumber: string | null; quantity: number; unit: string | null; unitPrice: string | null; item: ItemRef }[];
  /** CTT-01 as sent; null when absent. */
  declaredLineCount: number | null;
}

export interface PoAcknowledgmentPayload {
  poNumber: string;
  /** BAK-02: AC acknowledge with detail and change, AD with detail no change, AT accepted, RJ rejected, ... */
  acknowledgmentType: string;
  acknowledgmentDate: string | null;
  lines: {
    lineNumber: string | null;
    quantity: number;
    unit: string | null;
    unitPrice: string | null;
    item: ItemRef;
    /** ACK-01 code (IA accepted, IR rejected, IB backordered, IC changed, ...) with its quantity and date. */
    statuses: { code: string; meaning: string; quantity: number | null; date: string | null }[];
  }[];
}

export interface ShipNoticePayload {
  shipmentId: string;
  shipDate: string | null;
  estimatedDeliveryDate: string | null;
  carrier: string | null;
  billOfLading: string | null;
  trackingNumber: string | null;
  parties: Party[];
  orders: { poNumber: string | null; items: { item: ItemRef; shippedQuantity: number; unit: string | null }[] }[];
}

export interface InvoicePayload {
  invoiceNumber: string;
  invoiceDate: string | null;
  poNumber: string | null;
  netDays: number | null;
  parties: Party[];
  lines: { lineNumber: string | null; quantity: number; unit: string | null; unitPrice: string; item: ItemRef }[];
  /** TDS-01 with its two implied decimals made explicit, e.g. "285.66". */
  total: string | null;
}

export interface InventoryAdvicePayload {
  reportDate: string | null;
  reference: string | null;
  /** The warehouse reporting (N1*WH or the partner's branch), when named. */
  warehouse: Party | null;
  items: { item: ItemRef; onHand: number | null; quantities: InventoryQuantity[] }[];
}

/** One QTY of an 846 item: QTY01 says which quantity it is (17 on hand, 33 available for sale, ...). */
export interface InventoryQuantity {
  qualifier: string;
  quantity: number;
  unit: string | null;
  /** The SDQ split of this quantity by location (SDQ03/04 .. SDQ21/22), when the partner sent one; it adds up to `quantity`. */
  locations?: { location: string; locationQualifier: string | null; quantity: number }[];
}

export interface WarehouseShippingOrderPayload {
  depositorOrderNumber: string;
  poNumber: string | null;
  requestedShipDate: string | null;
  parties: Party[];
  lines: { item: ItemRef; quantity: number; unit: string | null }[];
}

export interface WarehouseShippingAdvicePayload {
  depositorOrderNumber: string;
  poNumber: string | null;
  shipmentId: string | null;
  shipDate: string | null;
  carrier: string | null;
  lines: { item: ItemRef; shippedQuantity: number; orderedQuantity: number | null; unit: string | null }[];
}

export interface ReturnAuthorizationPayload {
  rmaNumber: string;
  date: string | null;
  orderNumber: string | null;
  lines: { item: ItemRef; quantity: number; reasonCode: string | null }[];
}

// --- API payloads ---------------------------------------------------------------------------

export interface OrderStatusChangePayload {
  orderId: string;
  status: 'placed' | 'credit_hold' | 'allocated' | 'picking' | 'partially_shipped' | 'shipped' | 'delivered' | 'cancelled';
  changedAt: string;
  note?: string;
  /** Required when status is cancelled. */
  cancelledBy?: 'customer' | 'supplier_stockout';
}

export interface InventorySnapshotPayload {
  branchCode: string;
  asOf: string;
  positions: { sku: string; onHand: number; onHold?: number }[];
}

export interface ShipmentTelemetryPayload {
  shipmentId: string;
  milestone: 'pick_started' | 'packed' | 'shipped' | 'delivered';
  at: string;
  carrier?: string;
  trackingNumber?: string;
}

export interface PaymentPayload {
  paymentId: string;
  accountId: string;
  invoiceId: string;
  amount: string;
  currency: string;
  receivedAt: string;
  method: 'ach' | 'wire' | 'check' | 'card';
}

export interface ReturnPayload {
  returnId: string;
  orderId: string;
  lineNumber: number;
  sku: string;
  quantity: number;
  reason: 'damaged' | 'wrong_item' | 'not_needed' | 'defective' | 'late_delivery';
  requestedAt: string;
}

export interface PayloadOf {
  purchase_order: PurchaseOrderPayload;
  po_acknowledgment: PoAcknowledgmentPayload;
  ship_notice: ShipNoticePayload;
  invoice: InvoicePayload;
  inventory_advice: InventoryAdvicePayload;
  warehouse_shipping_order: WarehouseShippingOrderPayload;
  warehouse_shipping_advice: WarehouseShippingAdvicePayload;
  return_authorization: ReturnAuthorizationPayload;
  order_status_change: OrderStatusChangePayload;
  inventory_snapshot: InventorySnapshotPayload;
  shipment_telemetry: ShipmentTelemetryPayload;
  payment: PaymentPayload;
  return: ReturnPayload;
}

/** What a lane's normalizer makes of one transaction set or API event. */
export interface NormalizedEvent<T extends EventType = EventType> {
  type: T;
  /** When it happened at the partner (document date/time), ISO 8601; null when the content does not say. */
  occurredAt: string | null;
  keys: BusinessKeys;
  payload: PayloadOf[T];
}

/** A registered trading partner as the owning domain needs it to apply the partner's events. */
export interface PartnerContext {
  id: string;
  /** The customer account a customer partner trades as. */
  accountId: string | null;
  /** The supplier a supplier partner is. */
  supplierId: string | null;
  /** The branch a warehouse or 3PL partner reports for. */
  branchCode: string | null;
}

/** One event handed to its owning domain to apply. */
export interface EventToApply<T extends EventType = EventType> {
  eventId: string;
  type: T;
  partner: PartnerContext;
  occurredAt: string | null;
  receivedAt: string;
  payload: PayloadOf[T];
}

/**
 * The domain's answer for one event: applied (now or already, by an earlier attempt: the domain
 * records each event id it applies in the same transaction as the change), or failed with a
 * reason a partner manager can act on.
 */
export type ApplyOutcome = { eventId: string; outcome: 'applied' | 'already_applied' } | { eventId: string; outcome: 'failed'; reason: string };

/** Which domain applies which event type; types not listed are recorded, not applied. */
export const APPLIED_BY: Partial<Record<EventType, 'erp' | 'oms'>> = {
  inventory_advice: 'erp',
  inventory_snapshot: 'erp',
  payment: 'erp',
  po_acknowledgment: 'erp',
  ship_notice: 'erp',
  purchase_order: 'oms',
  order_status_change: 'oms',
  warehouse_shipping_advice: 'oms',
  shipment_telemetry: 'oms',
  return_authorization: 'oms',
  return: 'oms',
};
