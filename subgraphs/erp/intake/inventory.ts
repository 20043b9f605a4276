import type { EventToApply, InventoryAdvicePayload, InventorySnapshotPayload } from '../../../lib/events/model.ts';
import type { PositionCount } from '../db/integration.repository.ts';
import { Failure, type EventFamily } from './batch.ts';
import { count, describeItem, instant, listed } from './values.ts';

/**
 * Stock counts from a branch: the API's inventory_snapshot and the EDI 846 inventory advice. Each
 * sets the on-hand (and, when given, on-hold) quantity of the positions it counts, as of the
 * snapshot's time; a position already holding a newer count keeps it (deliveries can arrive out of
 * order; the event still counts as applied), and the branch's last sync moves forward to that time.
 */
export interface InventoryCount {
  branchCode: string;
  syncedAt: Date;
  positions: PositionCount[];
}

/** 846 QTY-01 qualifiers read as on hand when the item carries no on-hand figure: 17 on hand, 33 available for sale. */
const ON_HAND_QUALIFIERS = ['17', '33'];

export const inventoryCounts: EventFamily<InventoryCount> = {
  read(event) {
    return event.type === 'inventory_snapshot'
      ? readSnapshot(event as EventToApply<'inventory_snapshot'>)
      : readAdvice(event as EventToApply<'inventory_advice'>);
  },
  want(count, wanted) {
    wanted.branches.add(count.branchCode);
    for (const position of count.positions) wanted.skus.add(position.sku);
  },
  decide(count, references) {
    if (!references.branches.has(count.branchCode)) return new Failure(`branch "${count.branchCode}" is unknown`);
    const unknown = [...new Set(count.positions.map((p) => p.sku).filter((sku) => !references.skus.has(sku)))];
    if (unknown.length > 0) return new Failure(`${listed('SKU', unknown)} not in the item master`);
    return { positions: count.positions, branchSync: { branchCode: count.branchCode, syncedAt: count.syncedAt } };
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
  return forPartnerBranch(event, { branchCode, syncedAt, positions: lastPerSku(positions) });
}

function readAdvice(event: EventToApply<'inventory_advice'>): InventoryCount | Failure {
  const payload: Partial<InventoryAdvicePayload> = event.payload ?? {};
  const warehouseId = payload.warehouse?.id ?? null;
  const branchCode = event.partner.branchCode ?? warehouseId;
  if (!branchCode) return new Failure('the 846 names no warehouse (N1*WH) and the partner reports for no branch');
  if (warehouseId && event.partner.branchCode && warehouseId !== event.partner.branchCode) {
    return new Failure(`the 846 reports warehouse "${warehouseId}" but this partner reports for branch "${event.partner.branchCode}"`);
  }
  const syncedAt = instant(event.occurredAt ?? payload.reportDate ?? event.receivedAt, 'the report time');
  if (syncedAt instanceof Failure) return syncedAt;
  if (!Array.isArray(payload.items)) return new Failure('the 846 has no items list');
  const positions: PositionCount[] = [];
  for (const { item, onHand, quantities } of payload.items) {
    if (!item?.sku) return new Failure(`${describeItem(item)} carries no SKU of ours (LIN VN/SK/BP)`);
    const reported = onHand ?? quantities?.find((q) => ON_HAND_QUALIFIERS.includes(q.qualifier))?.quantity;
    if (reported === undefined || reported === null) return new Failure(`SKU "${item.sku}" has no on-hand quantity (QTY*17 or QTY*33)`);
    const counted = count(reported, `SKU "${item.sku}": on hand`);
    if (counted instanceof Failure) return counted;
    positions.push({ sku: item.sku, branchCode, onHand: counted, onHold: null, syncedAt });
  }
  return { branchCode, syncedAt, positions: lastPerSku(positions) };
}

/** A warehouse or 3PL partner reports for its own branch only. */
function forPartnerBranch(event: EventToApply, counted: InventoryCount): InventoryCount | Failure {
  const own = event.partner.branchCode;
  if (own && counted.branchCode !== own) {
    return new Failure(`the snapshot is for branch "${counted.branchCode}" but this partner reports for branch "${own}"`);
  }
  return counted;
}

/** A SKU listed twice in one count: the later line stands, as it would on the partner's report. */
function lastPerSku(positions: PositionCount[]): PositionCount[] {
  return [...new Map(positions.map((p) => [p.sku, p])).values()];
}
