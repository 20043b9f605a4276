import type { EventToApply } from '../../../lib/events/model.ts';
import type { LineEta, NewAcknowledgment, NewPayment, NewShipmentNotice, PositionCount } from '../db/integration.repository.ts';
import type { PaymentTargetRecord } from '../db/rows.ts';

/**
 * The shapes one intake batch moves through: each event family reads its event into an intent
 * (pure), says what the intent references (loaded once for the whole batch), then decides, against
 * what was loaded and what the batch has already taken on, which writes it makes or why it cannot
 * apply. The batch's writes are then made together, set-based.
 */

/** Why an event cannot be applied, worded for the partner manager who has to act on it. */
export class Failure {
  constructor(readonly reason: string) {}
}

/** Everything the batch references, by kind, collected before anything is loaded. */
export interface Wanted {
  skus: Set<string>;
  branches: Set<string>;
  invoices: Set<string>;
  payments: Set<string>;
  purchaseOrders: Set<string>;
}

/** A purchase order line as the 855 and 856 appliers match partner lines against it. */
export interface OrderLine {
  lineNumber: number;
  sku: string;
  /** Still expecting goods: the order is open or partially received and the line not fully received. */
  open: boolean;
}

export interface PurchaseOrderRef {
  id: string;
  supplierId: string;
  status: string;
  lines: OrderLine[];
}

/** What the batch references, as loaded in one query per kind. */
export interface References {
  appliedEventIds: ReadonlySet<string>;
  skus: ReadonlySet<string>;
  branches: ReadonlySet<string>;
  invoices: ReadonlyMap<string, PaymentTargetRecord>;
  recordedPaymentIds: ReadonlySet<string>;
  purchaseOrders: ReadonlyMap<string, PurchaseOrderRef>;
}

/** The changes one event makes when it applies. */
export interface EventWrites {
  positions?: PositionCount[];
  /** The branches the event counted stock for, each synced as of its time. */
  branchSyncs?: { branchCode: string; syncedAt: Date }[];
  payment?: NewPayment;
  acknowledgments?: NewAcknowledgment[];
  shipmentNotices?: NewShipmentNotice[];
  etas?: LineEta[];
}

/** The changes of the events applied so far in the batch, merged so each row is written once. */
export interface BatchWrites {
  applied: { eventId: string; type: string }[];
  /** By "sku|branch": the latest count wins; on equal times, the later event. */
  positions: Map<string, PositionCount>;
  /** By branch: the latest sync time. */
  branchSyncs: Map<string, Date>;
  payments: Map<string, NewPayment>;
  acknowledgments: NewAcknowledgment[];
  shipmentNotices: NewShipmentNotice[];
  /** By "po|line": the later event's ETA. */
  etas: Map<string, LineEta>;
}

/** One family of events the ERP applies (inventory counts, payments, 855s, 856s). */
export interface EventFamily<Intent> {
  /** The event as the family needs it, or why it cannot be applied whatever the database holds. */
  read(event: EventToApply): Intent | Failure;
  /** Adds what the intent references to the batch's loads. */
  want(intent: Intent, wanted: Wanted): void;
  /** The intent's writes, or why it cannot be applied, given the references and the batch so far. */
  decide(intent: Intent, references: References, batch: BatchWrites): EventWrites | Failure;
}

export function emptyWanted(): Wanted {
  return { skus: new Set(), branches: new Set(), invoices: new Set(), payments: new Set(), purchaseOrders: new Set() };
}

export function emptyBatch(): BatchWrites {
  return { applied: [], positions: new Map(), branchSyncs: new Map(), payments: new Map(), acknowledgments: [], shipmentNotices: [], etas: new Map() };
}

/** Takes an applied event's writes into the batch. */
export function addToBatch(batch: BatchWrites, event: { eventId: string; type: string }, writes: EventWrites): void {
  batch.applied.push({ eventId: event.eventId, type: event.type });
  for (const position of writes.positions ?? []) {
    const key = `${position.sku}|${position.branchCode}`;
    const held = batch.positions.get(key);
    if (!held || held.syncedAt <= position.syncedAt) batch.positions.set(key, position);
  }
  for (const { branchCode, syncedAt } of writes.branchSyncs ?? []) {
    const held = batch.branchSyncs.get(branchCode);
    if (!held || held < syncedAt) batch.branchSyncs.set(branchCode, syncedAt);
  }
  if (writes.payment) batch.payments.set(writes.payment.id, writes.payment);
  batch.acknowledgments.push(...(writes.acknowledgments ?? []));
  batch.shipmentNotices.push(...(writes.shipmentNotices ?? []));
  for (const eta of writes.etas ?? []) batch.etas.set(`${eta.purchaseOrderId}|${eta.lineNumber}`, eta);
}
