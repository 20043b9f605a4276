import type { EventToApply, InventoryAdvicePayload, InventoryQuantity, InventorySnapshotPayload } from '../../../lib/events/model.ts';
import type { PositionCount } from '../db/integration.repository.ts';
import { Failure, type EventFamily } from './batch.ts';
import { count, describeItem, instant, listed } from './values.ts';

/**
 * Stock counts from branches: the API's inventory_snapshot and the EDI 846 inventory advice. Each
 * sets the on-hand (and, when given, on-hold) quantity of the positions it counts, as of the
 * snapshot's time; a position already holding a newer count keeps it (deliveries can arrive out of
 * order; the event still counts as applied), and the last sync of every branch it counted moves
 * forward to that time.
 */
export interface InventoryCount {
  /** The branches counted: a snapshot's one branch; an 846's warehouse and any SDQ locations. */
  branchCodes: string[];
  syncedAt: Date;
  positions: PositionCount[];
}

export const inventoryCounts: EventFamily<InventoryCount> = {
  read(event) {
    return event.type === 'inventory_snapshot'
      ? readSnapshot(event as EventToApply<'inventory_snapshot'>)
      : readAdvice(event as EventToApply<'inventory_advice'>);
  },
  want(count, wanted) {
    for (const branchCode of count.branchCodes) wanted.branches.add(branchCode);
    for (const position of count.positions) wanted.skus.add(position.sku);
  },
  decide(count, references) {
    const unknownBranch = count.branchCodes.find((code) => !references.branches.has(code));
    if (unknownBranch !== undefined) return new Failure(`branch "${unknownBranch}" is unknown`);
    const unknown = [...new Set(count.positions.map((p) => p.sku).filter((sku) => !references.skus.has(sku)))];
    if (unknown.length > 0) return new Failure(`${listed('SKU', unknown)} not in the item master`);
    return { positions: count.positions, branchSyncs: count.branchCodes.map((branchCode) => ({ branchCode, syncedAt: count.syncedAt })) };
  },
};

function readSnapshot(event: EventToApply<'inventory_snapshot'>): InventoryCount | Failure {
  const payload: Partial<InventorySnapshotPayload> = event.payload ?? {};
  const branchCode = payload.branchCode;
  if (typeof branchCode !== 'string' || branchCode === '') return new Failure('the snapshot names no branch (branchCode)');
  const syncedAt = instant(payload.asOf ?? event.receivedAt, 'asOf');
  if (syncedAt instanceof Failure) return syncedAt;
  if (!Array.isArray(payload.positions)) return new Failure('the snapshot has no positions list');
  const positions: PositionCount[] = [];
  for (const position of payload.positions) {
    if (typeof position?.sku !== 'string' || position.sku === '') return new Failure('a position names no SKU');
    const onHand = count(position.onHand, `SKU "${position.sku}": on hand`);
    if (onHand instanceof Failure) return onHand;
    const onHold = position.onHold === undefined || position.onHold === null ? null : count(position.onHold, `SKU "${position.sku}": on hold`);
    if (onHold instanceof Failure) return onHold;
    positions.push({ sku: position.sku, branchCode, onHand, onHold, syncedAt });
  }
  return forPartnerBranch(event, { branchCodes: [branchCode], syncedAt, positions: lastPerPosition(positions) });
}

/**
 * An 846 counts each item where its on-hand QTY (17, else 33) says: at each SDQ location of that
 * QTY when the partner split it, else at the warehouse (the partner's own branch, else N1*WH). A
 * warehouse or 3PL partner reports for its own branch only, SDQ locations included.
 */
function readAdvice(event: EventToApply<'inventory_advice'>): InventoryCount | Failure {
  const payload: Partial<InventoryAdvicePayload> = event.payload ?? {};
  const warehouseId = payload.warehouse?.id ?? null;
  const own = event.partner.branchCode;
  if (warehouseId && own && warehouseId !== own) return new Failure(`the 846 reports warehouse "${warehouseId}" but this partner reports for branch "${own}"`);
  const warehouse = own ?? warehouseId;
  const noWarehouse = new Failure('the 846 names no warehouse (N1*WH) and the partner reports for no branch');
  const syncedAt = instant(event.occurredAt ?? payload.reportDate ?? event.receivedAt, 'the report time');
  if (syncedAt instanceof Failure) return syncedAt;
  if (!Array.isArray(payload.items)) return new Failure('the 846 has no items list');
  const positions: PositionCount[] = [];
  for (const { item, onHand, quantities } of payload.items) {
    if (!item?.sku) return new Failure(`${describeItem(item)} carries no SKU of ours (LIN VN/SK/BP)`);
    const sku = item.sku;
    const onHandQty = onHandQuantity(quantities ?? []);
    const counts = onHandQty?.locations?.length ? onHandQty.locations : [{ location: warehouse, quantity: onHand ?? onHandQty?.quantity }];
    for (const { location, quantity } of counts) {
      if (!location) return noWarehouse;
      if (own && location !== own) return new Failure(`the 846 counts SKU "${sku}" at location "${location}" (SDQ) but this partner reports for branch "${own}"`);
      if (quantity === undefined || quantity === null) return new Failure(`SKU "${sku}" has no on-hand quantity (QTY*17 or QTY*33)`);
      const counted = count(quantity, `SKU "${sku}": on hand at ${location}`);
      if (counted instanceof Failure) return counted;
      positions.push({ sku, branchCode: location, onHand: counted, onHold: null, syncedAt });
    }
  }
  const branchCodes = [...new Set(positions.map((p) => p.branchCode))];
  if (branchCodes.length === 0 && !warehouse) return noWarehouse;
  return { branchCodes: branchCodes.length > 0 ? branchCodes : [warehouse!], syncedAt, positions: lastPerPosition(positions) };
}

/** The 846 quantity that counts as on hand: QTY*17 (quantity on hand), else QTY*33 (quantity available for sale). */
function onHandQuantity(quantities: InventoryQuantity[]): InventoryQuantity | undefined {
  return quantities.find((q) => q.qualifier === '17') ?? quantities.find((q) => q.qualifier === '33');
}

/** A warehouse or 3PL partner reports for its own branch only. */
function forPartnerBranch(event: EventToApply, counted: InventoryCount): InventoryCount | Failure {
  const own = event.partner.branchCode;
  const other = counted.branchCodes.find((code) => code !== own);
  if (own && other !== undefined) return new Failure(`the snapshot is for branch "${other}" but this partner reports for branch "${own}"`);
  return counted;
}

/** A position counted twice in one event: the later line stands, as it would on the partner's report. */
function lastPerPosition(positions: PositionCount[]): PositionCount[] {
  return [...new Map(positions.map((p) => [`${p.sku}|${p.branchCode}`, p])).values()];
}
