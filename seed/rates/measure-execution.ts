import { RATES, VOLUMES } from '../config.ts';
import { DAY_MS, dateMs } from '../calendar.ts';
import type { Dataset } from '../dataset.ts';
import { countBy, hours, mean, mix, pct, quantile, ratio, share, type RateLine } from './measure-helpers.ts';

/** Supply, order and warehouse irregularities, measured from the generated rows only. */
export function measureExecution(dataset: Dataset): RateLine[] {
  return [...supplyLines(dataset), ...orderLines(dataset), ...warehouseLines(dataset)];
}

function supplyLines({ erp }: Dataset): RateLine[] {
  const supplierOf = new Map(erp.purchase_orders.map((po) => [po.id, po.supplier_id]));
  const firstReceipt = new Map<string, number>();
  for (const receipt of erp.receipts) {
    const key = `${receipt.purchase_order_id}|${receipt.line_number}`;
    firstReceipt.set(key, Math.min(firstReceipt.get(key) ?? Infinity, receipt.received_at.getTime()));
  }
  const bySupplier = new Map<string, { lines: number; late: number; daysLate: number[]; etaHits: number }>();
  for (const line of erp.purchase_order_lines) {
    const receivedMs = firstReceipt.get(`${line.purchase_order_id}|${line.line_number}`);
    if (receivedMs === undefined) continue;
    const receivedDay = Math.floor(receivedMs / DAY_MS) * DAY_MS;
    const supplier = supplierOf.get(line.purchase_order_id)!;
    const stats = bySupplier.get(supplier) ?? { lines: 0, late: 0, daysLate: [], etaHits: 0 };
    const daysLate = (receivedDay - dateMs(line.supplier_commit_date)) / DAY_MS;
    stats.lines += 1;
    if (daysLate > 0) {
      stats.late += 1;
      stats.daysLate.push(daysLate);
    }
    if (line.eta_seven_days_prior && Math.abs(receivedDay - dateMs(line.eta_seven_days_prior)) <= 2 * DAY_MS) stats.etaHits += 1;
    bySupplier.set(supplier, stats);
  }
  const groups = [...bySupplier.values()];
  const habitual = groups.filter((stats) => ratio(stats.late, stats.lines) >= 0.25);
  const others = groups.filter((stats) => ratio(stats.late, stats.lines) < 0.25);
  const pooled = (set: typeof groups, pick: (stats: (typeof groups)[number]) => number) => set.reduce((sum, stats) => sum + pick(stats), 0);
  const lateShares = habitual.map((stats) => pct(ratio(stats.late, stats.lines), 0)).join(', ');
  return [
    {
      irregularity: 'Habitually late suppliers',
      configured: `${VOLUMES.habituallyLateSuppliers} suppliers at scale 1 (sqrt-scaled), each late on ${pct(RATES.supply.habitualLateShare[0], 0)}-${pct(RATES.supply.habitualLateShare[1], 0)} of PO lines by ${RATES.supply.habitualDaysLate.join('-')} days`,
      measured: `${habitual.length} suppliers late on >= 25% of received lines (${lateShares}); pooled ${share(pooled(habitual, (s) => s.late), pooled(habitual, (s) => s.lines))}, mean ${mean(habitual.flatMap((s) => s.daysLate)).toFixed(1)} days late`,
      kpi: 'Supplier on-time delivery; inbound ETA confidence; backorder days outstanding',
    },
    {
      irregularity: 'Other suppliers late',
      configured: `${pct(RATES.supply.normalLateShare, 0)} of PO lines, ${RATES.supply.normalDaysLate.join('-')} days`,
      measured: `${share(pooled(others, (s) => s.late), pooled(others, (s) => s.lines))}, mean ${mean(others.flatMap((s) => s.daysLate)).toFixed(1)} days late`,
      kpi: 'Supplier on-time delivery',
    },
    {
      irregularity: 'Inbound ETA held 7 days before arrival within +-2 days',
      configured: `late suppliers warn on ${pct(RATES.supply.etaUpdatedWhenLate.habitual, 0)} of late POs (habitual) vs ${pct(RATES.supply.etaUpdatedWhenLate.normal, 0)} (others)`,
      measured: `habitual ${share(pooled(habitual, (s) => s.etaHits), pooled(habitual, (s) => s.lines))}; others ${share(pooled(others, (s) => s.etaHits), pooled(others, (s) => s.lines))}`,
      kpi: 'Inbound ETA accuracy',
    },
  ];
}

function orderLines({ erp, oms }: Dataset): RateLine[] {
  const lines = oms.order_lines;
  const tierOf = new Map(erp.items.map((item) => [item.sku, item.velocity_tier]));
  const statusOf = new Map(oms.orders.map((order) => [order.id, order.status]));
  const shippedOrderLines = lines.filter((line) => ['shipped', 'delivered', 'partially_shipped'].includes(statusOf.get(line.order_id)!)).length;
  const exceptionsOf = countBy(oms.exceptions, (exception) => exception.type);
  const cancelled = oms.orders.filter((order) => order.status === 'cancelled');
  const wholeCustomer = cancelled.filter((order) => order.cancelled_by === 'customer' && order.cancel_reason?.startsWith('Customer cancelled:')).length;
  const remainder = cancelled.filter((order) => order.cancelled_by === 'customer').length - wholeCustomer;
  const backorders = (['A', 'B', 'C'] as const).map((tier) => {
    const tierLines = lines.filter((line) => tierOf.get(line.sku) === tier);
    return `${tier} ${share(tierLines.filter((line) => line.backordered_since !== null).length, tierLines.length)}`;
  });
  const released = erp.credit_holds.filter((hold) => hold.released_at !== null).map((hold) => hours(hold.released_at!.getTime() - hold.held_at.getTime()));
  const openHolds = erp.credit_holds.filter((hold) => hold.released_at === null).length;
  return [
    { irregularity: 'Short ships', configured: `${pct(RATES.orders.shortShipLine, 0)} of shipped lines`, measured: `${share(exceptionsOf.get('short_ship') ?? 0, shippedOrderLines)} of lines on shipped orders`, kpi: 'Perfect order (in full); line fill rate; margin leakage (short-ship cost)' },
    { irregularity: 'Substitutions', configured: `substitute offered on ${pct(RATES.orders.substituteOfferLine, 1)} of lines; accepted where the account allows`, measured: `${share(lines.filter((line) => line.substituted_sku !== null).length, lines.length)} of lines shipped a substitute; ${exceptionsOf.get('substitution_declined') ?? 0} declined`, kpi: 'Substitution rate by segment; order fill rate' },
    { irregularity: 'Customer cancellations', configured: `${pct(RATES.orders.customerCancelOrder, 1)} of orders, plus ${pct(RATES.orders.backorderCancelledByCustomer, 0)} of backorders cancelled by the customer`, measured: `${share(wholeCustomer, oms.orders.length)} whole orders; +${remainder} orders whose only open backorder was cancelled`, kpi: 'Cancellation rate (customer-initiated)' },
    { irregularity: 'Supplier-stockout cancellations', configured: `${pct(RATES.orders.stockoutCancelOrder, 1)} of orders`, measured: share(cancelled.filter((order) => order.cancelled_by === 'supplier_stockout').length, oms.orders.length), kpi: 'Cancellation rate (supplier/stockout-initiated)' },
    { irregularity: 'Backorders by SKU tier', configured: `A ${pct(RATES.orders.backorderLineByTier.A, 0)}, B ${pct(RATES.orders.backorderLineByTier.B, 0)}, C ${pct(RATES.orders.backorderLineByTier.C, 0)} of lines (+ declined substitutions, stockouts)`, measured: backorders.join('; '), kpi: 'Backorder incidence by tier; backorder days outstanding' },
    { irregularity: 'Pricing mismatches', configured: `${pct(RATES.orders.pricingMismatchLine.contractAccount, 1)} of lines on contract accounts, ${pct(RATES.orders.pricingMismatchLine.otherAccount, 1)} elsewhere`, measured: `${share(exceptionsOf.get('pricing_mismatch') ?? 0, lines.length, 2)} of lines raised a pricing_mismatch exception`, kpi: 'Price leakage; pricing disputes' },
    { irregularity: 'Credit holds', configured: `${pct(RATES.credit.holdOrder, 0)} of orders (x${RATES.credit.slowCohortHoldMultiplier} for the slow cohort); release mix hours ${pct(RATES.credit.releaseMix.hours, 0)} / 8-48 h ${pct(RATES.credit.releaseMix.days, 0)} / 2-12 days ${pct(RATES.credit.releaseMix.tail, 0)}`, measured: `${share(erp.credit_holds.length, oms.orders.length)}; release median ${quantile(released, 0.5).toFixed(1)} h, p90 ${quantile(released, 0.9).toFixed(0)} h, ${pct(ratio(released.filter((h) => h <= 24).length, released.length), 0)} within 24 h; ${openHolds} still open`, kpi: 'Credit hold frequency and release time' },
  ];
}

function warehouseLines({ erp, oms, timeline: { asOfMs } }: Dataset): RateLine[] {
  const packed = oms.shipments.filter((shipment) => shipment.packed_at !== null);
  const misses = [...countBy(packed, (s) => s.branch_code).entries()].map(([code, total]) => {
    const missed = packed.filter((s) => s.branch_code === code && s.packed_at!.getTime() > s.ship_by.getTime()).length;
    return `${code} ${pct(ratio(missed, total), 1)}`;
  });
  const shipped = oms.shipments.filter((s) => s.shipped_at !== null);
  const expedited = shipped.filter((s) => s.expedited);
  const delivered = oms.shipments.filter((s) => s.delivered_at !== null);
  const shippedLines = oms.order_lines.filter((line) => line.shipped_quantity > 0).length;
  const branchAges = erp.branches.map((b) => `${b.code} ${hours(asOfMs - b.last_inventory_sync_at.getTime()).toFixed(1)} h`);
  const stalePositions = erp.inventory_positions.filter((p) => p.branch_code === RATES.inventory.staleBranch);
  const unowned = oms.exceptions.filter((e) => e.owner === null);
  const unresolvedUnowned = unowned.filter((e) => e.resolved_at === null).length;
  return [
    { irregularity: 'Pick/pack misses against ship cutoff', configured: Object.entries(RATES.fulfilment.pickPackMissByBranch).map(([code, rate]) => `${code} ${pct(rate, 0)}`).join(', '), measured: misses.join(', '), kpi: 'Pick/pack SLA adherence by branch' },
    { irregularity: 'Expedites', configured: `${pct(RATES.fulfilment.expediteOnPickMiss, 0)} of pick misses, ${pct(RATES.fulfilment.expediteBackorderFill, 0)} of backorder fills, ${pct(RATES.fulfilment.expediteCustomerRequest, 1)} on request (~4% of shipments)`, measured: `${share(expedited.length, shipped.length)} of shipped shipments; mean premium $${(mean(expedited.map((s) => s.expedite_cost_minor)) / 100).toFixed(0)}`, kpi: 'Margin leakage (expedite premiums); cost-to-serve' },
    { irregularity: 'Damaged shipments', configured: `${pct(RATES.fulfilment.damagedShipment, 0)} of shipments`, measured: `${share(delivered.filter((s) => s.damaged).length, delivered.length, 2)} of delivered shipments`, kpi: 'Perfect order (damage free); damage disputes; returns' },
    { irregularity: 'Returns', configured: `${pct(RATES.returns.deliveredLine, 1)} base + ${pct(RATES.returns.damagedShipmentLine, 0)} of lines on damaged shipments + ${pct(RATES.returns.substitutedLineWrongItem, 0)} of substituted lines`, measured: `${share(oms.returns.length, shippedLines, 2)} of shipped lines; ${mix(countBy(oms.returns, (r) => r.reason))}`, kpi: 'Return (RMA) cycle time; margin leakage (return costs)' },
    { irregularity: 'Unowned exceptions', configured: `${pct(RATES.exceptions.unowned, 0)} of exceptions; ${pct(RATES.exceptions.unownedNeverResolved, 0)} of those never resolved`, measured: `${share(unowned.length, oms.exceptions.length)}; ${unresolvedUnowned} unowned still open. Types: ${mix(countBy(oms.exceptions, (e) => e.type))}`, kpi: 'Exception queue ownership and resolution time' },
    { irregularity: 'Stale inventory sync', configured: `${RATES.inventory.staleBranch} last synced ${RATES.inventory.staleSyncAgeHours} h before as-of; others within ${RATES.inventory.freshSyncMaxMinutes} min`, measured: `${branchAges.join(', ')}; ${RATES.inventory.staleBranch} positions ${quantile(stalePositions.map((p) => hours(asOfMs - p.last_synced_at.getTime())), 0).toFixed(1)}-${quantile(stalePositions.map((p) => hours(asOfMs - p.last_synced_at.getTime())), 1).toFixed(1)} h old`, kpi: 'Stale inventory sync alerting; on-hand vs ATP variance' },
    { irregularity: 'Over-promised positions (allocated > on hand)', configured: `${pct(RATES.inventory.overPromisedPosition, 1)} of positions with open allocations`, measured: overPromised(erp, oms), kpi: 'Available (negative availability); on-hand vs ATP variance' },
  ];
}

function overPromised(erp: Dataset['erp'], oms: Dataset['oms']): string {
  const allocated = new Map<string, number>();
  for (const line of oms.order_lines) {
    const key = `${line.sku}|${line.sourcing_branch_code}`;
    if (line.allocated_quantity > 0) allocated.set(key, (allocated.get(key) ?? 0) + line.allocated_quantity);
  }
  const withAllocations = erp.inventory_positions.filter((p) => allocated.has(`${p.sku}|${p.branch_code}`));
  const over = withAllocations.filter((p) => allocated.get(`${p.sku}|${p.branch_code}`)! > p.on_hand).length;
  return `${share(over, withAllocations.length)} of positions with open allocations`;
}
