import type { Db } from '../../../lib/db.ts';
import type { ApplyOutcome, EventToApply, EventType } from '../../../lib/events/model.ts';
import * as sql from '../db/integration.repository.ts';
import { addToBatch, emptyBatch, emptyWanted, Failure, type BatchWrites, type EventFamily, type References, type Wanted } from './batch.ts';
import { inventoryCounts } from './inventory.ts';
import { payments } from './payment.ts';
import { poAcknowledgments } from './po-acknowledgment.ts';
import { purchaseOrdersFrom } from './purchase-orders.ts';
import { shipNotices } from './ship-notice.ts';

/** The event types the ERP applies (lib/events/model.ts APPLIED_BY), each by its family. */
const FAMILIES: Partial<Record<EventType, EventFamily<unknown>>> = {
  inventory_snapshot: inventoryCounts,
  inventory_advice: inventoryCounts,
  payment: payments,
  po_acknowledgment: poAcknowledgments,
  ship_notice: shipNotices,
};

type Read = { family: EventFamily<unknown>; intent: unknown } | Failure;

/**
 * Applies a batch of integration events to the ERP's record: one outcome per event, in input
 * order. The batch is one transaction; every event id it applies is recorded in it, so a
 * re-delivered event answers already_applied. An event applies whole or not at all: an invalid one
 * fails alone, with a reason, and the rest still apply. The statements it runs do not depend on the
 * batch's size: what the events reference is loaded with one query per kind, every decision is
 * made here in TypeScript, and the changes are written with one statement per table.
 */
export async function applyEvents(db: Db, events: readonly EventToApply[]): Promise<ApplyOutcome[]> {
  if (events.length === 0) return [];
  const reads = events.map(readEvent);
  const wanted = emptyWanted();
  for (const read of reads) if (!(read instanceof Failure)) read.family.want(read.intent, wanted);

  return db.transaction(async (tx) => {
    await sql.lockIntake(tx);
    const references = await loadReferences(tx, events, wanted);
    const batch = emptyBatch();
    const decided = new Map<string, ApplyOutcome>();
    const outcomes = events.map((event, index): ApplyOutcome => {
      const { eventId } = event;
      if (references.appliedEventIds.has(eventId)) return { eventId, outcome: 'already_applied' };
      // The same event twice in one batch: the second delivery is a re-delivery of the first.
      const earlier = decided.get(eventId);
      if (earlier) return earlier.outcome === 'applied' ? { eventId, outcome: 'already_applied' } : earlier;
      const outcome = decide(event, reads[index]!, references, batch);
      decided.set(eventId, outcome);
      return outcome;
    });
    await writeBatch(tx, batch);
    return outcomes;
  });
}

function readEvent(event: EventToApply): Read {
  const family = FAMILIES[event.type];
  if (!family) return new Failure(`the ERP does not apply ${event.type} events`);
  try {
    const intent = family.read(event);
    return intent instanceof Failure ? intent : { family, intent };
  } catch (error) {
    return new Failure(`the ${event.type} payload is malformed: ${(error as Error).message}`);
  }
}

function decide(event: EventToApply, read: Read, references: References, batch: BatchWrites): ApplyOutcome {
  const writes = read instanceof Failure ? read : read.family.decide(read.intent, references, batch);
  if (writes instanceof Failure) return { eventId: event.eventId, outcome: 'failed', reason: writes.reason };
  addToBatch(batch, event, writes);
  return { eventId: event.eventId, outcome: 'applied' };
}

async function loadReferences(db: Db, events: readonly EventToApply[], wanted: Wanted): Promise<References> {
  const ids = <T>(set: Set<string>, load: (db: Db, keys: string[]) => Promise<T[]>) => (set.size > 0 ? load(db, [...set]) : Promise.resolve([]));
  // One after another: they share the transaction's one connection.
  const applied = await sql.appliedEventIds(db, [...new Set(events.map((e) => e.eventId))]);
  const skus = await ids(wanted.skus, sql.itemMasterSkus);
  const branches = await ids(wanted.branches, sql.branchCodes);
  const invoices = await ids(wanted.invoices, sql.paymentTargetsByIds);
  const recorded = await ids(wanted.payments, sql.recordedPaymentIds);
  const orderLines = await ids(wanted.purchaseOrders, sql.purchaseOrderLinesByOrderIds);
  return {
    appliedEventIds: new Set(applied),
    skus: new Set(skus),
    branches: new Set(branches),
    invoices: new Map(invoices.map((invoice) => [invoice.id, invoice])),
    recordedPaymentIds: new Set(recorded),
    purchaseOrders: purchaseOrdersFrom(orderLines),
  };
}

/** The applied events' changes, one statement per table touched; the event ids first, so the rest can refer to them. */
async function writeBatch(db: Db, batch: BatchWrites): Promise<void> {
  if (batch.applied.length === 0) return;
  await sql.recordAppliedEvents(db, batch.applied);
  if (batch.positions.size > 0) await sql.setInventoryPositions(db, [...batch.positions.values()]);
  if (batch.branchSyncs.size > 0) {
    await sql.advanceBranchInventorySync(db, [...batch.branchSyncs].map(([branchCode, syncedAt]) => ({ branchCode, syncedAt })));
  }
  if (batch.payments.size > 0) {
    const payments = [...batch.payments.values()];
    await sql.insertPayments(db, payments);
    await sql.settleInvoices(db, [...new Set(payments.map((p) => p.invoiceId))]);
  }
  if (batch.acknowledgments.length > 0) await sql.insertAcknowledgments(db, batch.acknowledgments);
  if (batch.shipmentNotices.length > 0) await sql.insertShipmentNotices(db, batch.shipmentNotices);
  if (batch.etas.size > 0) await sql.setPurchaseOrderLineEtas(db, [...batch.etas.values()]);
}
