import { GraphQLError } from 'graphql';
import { badUserInput } from '../../../lib/errors.ts';
import type { Context } from '../context.ts';
import type { ProductRow } from '../db/rows.ts';
import type { ResolversTypes } from '../generated/resolvers.ts';
import { timePhasedAtp, type AtpBucket } from '../rules/atp.rules.ts';
import { availableQuantity } from '../rules/inventory.rules.ts';
import type { PromiseReader } from '../rules/promise-reasons.ts';
import { promiseDelivery, shipOptions, type SupplyLine } from '../rules/promise.rules.ts';
import { allocatedOf, commitments, facts, localDateTime, receiptsAt, refOf } from './storefront.ts';

/**
 * The storefront's delivery promise (Product.promise): the OMS dates a quantity from the branch's
 * stock, the ERP's inbound purchase order lines (through @requires) and its own measured branch
 * times. Who may be told what of it is in lib/access.ts.
 */

/** Hour of the day (branch clock) by which a shipment must be packed to leave that day. */
export const SHIP_CUTOFF_HOUR = 15;
/** How far ahead a promise looks for inbound supply. */
const PROMISE_HORIZON_DAYS = 365;

export async function promise(
  product: ProductRow,
  { quantity, branchCode }: { quantity: number; branchCode: string },
  { loaders, principal, seesExactStock }: Context,
): Promise<ResolversTypes['DeliveryPromise']> {
  const supply = facts(product, 'promise');
  if (!Number.isInteger(quantity) || quantity < 1) throw badUserInput('quantity', `must be a whole number of at least 1, got ${quantity}`);
  const branch = supply.branches.find((candidate) => candidate.code === branchCode);
  if (!branch) throw badUserInput('branchCode', `names no branch: "${branchCode}" (branches: ${supply.branches.map((b) => b.code).join(', ')})`);
  const [demand, times] = await Promise.all([loaders.openDemand.load(product.sku), loaders.fulfilmentTimes()]);
  const measured = times.find((row) => row.branch_code === branchCode);
  if (!measured) throw new GraphQLError(`branch ${branchCode} has shipped nothing in the last 91 days: there are no pick/pack times to promise from`);
  if (!supply.replenishment) throw new GraphQLError(`the ERP has no item for ${product.sku}: nothing to promise`);

  const position = supply.stock.find((p) => p.branchCode === branchCode) ?? { onHand: 0, onHold: 0, safetyStock: 0 };
  const lines = demand.filter((line) => line.branch_code === branchCode);
  const startingAvailable = availableQuantity({ onHand: position.onHand, allocated: allocatedOf(lines), onHold: position.onHold, safetyStock: position.safetyStock });
  const asOf = new Date(supply.asOf);
  const local = localDateTime(asOf, branch.timeZone);
  const inbound = supply.inbound.filter((line) => line.branchCode === branchCode);
  const atp = timePhasedAtp({
    asOf: local.slice(0, 10),
    horizonDays: PROMISE_HORIZON_DAYS,
    startingAvailable,
    receipts: receiptsAt(supply, branchCode),
    demand: commitments(lines),
  });
  const { stockNow, supplyLines } = promisable(atp.buckets, startingAvailable, inbound);
  const reader: PromiseReader = { sourcing: principal.kind === 'staff', quantities: seesExactStock };
  const promised = promiseDelivery({
    quantity,
    asOf: local,
    availableNow: stockNow,
    inbound: supplyLines,
    slips: Object.fromEntries(inbound.map((line) => [line.supplierId, { supplierId: line.supplierId, ...line.slip }])),
    packing: {
      branchCode,
      cutoffHour: SHIP_CUTOFF_HOUR,
      p50: Number(measured.pick_pack_p50_hours),
      p90: Number(measured.pick_pack_p90_hours),
      observations: measured.pick_pack_observations,
    },
    replenishment: supply.replenishment,
    transitDays: measured.transit_p50_days,
    reader,
  });
  // Which purchase order and supplier a part comes from is sourcing, for staff only; a part's
  // units would tell the stock free now, so they follow the stock figures' rule.
  const sourcing = <Value>(value: Value): Value | null => (reader.sourcing ? value : null);
  const units = (value: number) => (reader.quantities ? value : null);
  return {
    quantity,
    branch: { code: branchCode },
    asOf,
    availableNow: units(stockNow),
    parts: promised.parts.map((part) => ({
      kind: part.kind === 'stock' ? 'STOCK' : part.kind === 'inbound' ? 'INBOUND' : 'LEAD_TIME',
      quantity: units(part.quantity),
      purchaseOrderId: part.kind === 'inbound' ? sourcing(part.supply.purchaseOrderId) : null,
      lineNumber: part.kind === 'inbound' ? sourcing(part.supply.lineNumber) : null,
      eta: part.kind === 'inbound' ? sourcing(part.supply.eta) : null,
      supplierId: part.kind === 'stock' ? null : sourcing(part.kind === 'inbound' ? part.supply.supplierId : part.supplierId),
      arrivalDate: part.kind === 'inbound' ? part.arrivalDate : part.kind === 'lead_time' ? { p50: part.arrivalDate, p90: part.arrivalDate } : null,
      shipDate: part.shipDate,
      deliveryDate: part.deliveryDate,
    })),
    deliveryDate: promised.deliveryDate,
    reasons: promised.reasons,
    options: shipOptions(promised).map((option) => ({
      kind: option.kind === 'complete' ? 'COMPLETE' : 'SPLIT',
      shipments: option.shipments.map((shipment) => ({
        ...shipment,
        // Shipping complete sends the quantity asked for; a split shipment's units are a part's.
        quantity: option.kind === 'complete' ? shipment.quantity : units(shipment.quantity),
        branch: { code: shipment.branchCode },
      })),
    })),
  };
}

/**
 * What a promise may draw on without taking what other orders are owed: stock now is the as-of
 * date's cumulative ATP (at most the physical free stock after that day's commitments); each
 * later date's ATP belongs to the purchase order lines arriving that date, in ETA order.
 */
export function promisable(buckets: readonly AtpBucket[], startingAvailable: number, inbound: readonly { purchaseOrderId: string; lineNumber: number; openQuantity: number; eta: string; supplierId: string }[]) {
  const first = buckets[0]!;
  const stockNow = Math.max(0, Math.min(first.cumulativeAtp, startingAvailable - first.demandQuantity));
  const byRef = new Map(inbound.map((line) => [refOf(line), line]));
  const supplyLines: SupplyLine[] = [];
  buckets.forEach((bucket, index) => {
    let left = index === 0 ? first.atp - stockNow : bucket.atp;
    for (const ref of bucket.receiptRefs) {
      const line = byRef.get(ref)!;
      const share = Math.min(left, line.openQuantity);
      if (share <= 0) break;
      supplyLines.push({ purchaseOrderId: line.purchaseOrderId, lineNumber: line.lineNumber, quantityOpen: share, eta: line.eta, supplierId: line.supplierId });
      left -= share;
    }
  });
  return { stockNow, supplyLines };
}
