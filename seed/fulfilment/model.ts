import type { LineDraft, OrderDraft } from '../demand/drafts.ts';
import type { CreditHoldRow } from '../tables/erp.ts';
import type { Carriage } from './shipping.ts';

/**
 * What happened to an order over its whole life, including events after the as-of instant; the
 * snapshot module projects it to the as-of instant. Quantities move between buckets, so at any
 * instant pending + allocated + backordered + shipped + cancelled = ordered, by construction.
 */
export type Bucket = 'pending' | 'allocated' | 'backordered' | 'shipped' | 'cancelled';

export interface QuantityMove {
  atMs: number;
  from: Bucket;
  to: Bucket;
  quantity: number;
}

export interface LineOutcome {
  draft: LineDraft;
  moves: QuantityMove[];
  substitutedSku: string | null;
  substitutionDeclined: boolean;
  backorderedAtMs: number | null;
  shortQuantity: number;
}

export interface ShipmentItem {
  line: LineOutcome;
  quantity: number;
}

export interface PlannedShipment {
  id: string;
  order: OrderOutcome;
  branchCode: string;
  kind: 'primary' | 'backorder';
  createdMs: number;
  shipByMs: number;
  pickStartMs: number;
  packedMs: number;
  shippedMs: number;
  deliveredMs: number;
  /** Set when the order was cancelled before this shipment was picked. */
  voidedMs: number | null;
  carriage: Carriage;
  trackingNumber: string | null;
  expedited: boolean;
  expediteCostMinor: number;
  freightCostMinor: number;
  damaged: boolean;
  addressInvalid: boolean;
  items: ShipmentItem[];
}

export interface CreditHoldPlan {
  heldMs: number;
  releaseMs: number;
  reason: CreditHoldRow['reason'];
}

export interface OrderCancel {
  atMs: number;
  by: 'customer' | 'supplier_stockout';
  reason: string;
}

export interface OrderOutcome {
  draft: OrderDraft;
  requestedDayMs: number;
  promisedDayMs: number;
  hold: CreditHoldPlan | null;
  allocationMs: number;
  cancel: OrderCancel | null;
  lines: LineOutcome[];
  shipments: PlannedShipment[];
}

export function move(line: LineOutcome, atMs: number, from: Bucket, to: Bucket, quantity: number): void {
  if (quantity > 0) line.moves.push({ atMs, from, to, quantity });
}

export function shipmentValue(shipment: PlannedShipment): number {
  return shipment.items.reduce((sum, item) => sum + item.quantity * item.line.draft.unitPriceMinor, 0);
}
