import { RATES } from '../config.ts';
import { HOUR_MS, MINUTE_MS } from '../calendar.ts';
import type { Random } from '../random.ts';
import { move, shipmentValue, type OrderOutcome, type PlannedShipment, type ShipmentItem } from './model.ts';
import { chooseCarriage, deliveryTime, expediteCost, freightCost, shipCutoff, trackingNumber } from './shipping.ts';

const HEAVY_VALUE_MINOR = 600_000;
const PICK_SHIFT_MS = 9 * HOUR_MS;

/**
 * Plans one shipment from a branch: pick/pack against the ship cutoff (missed at the branch's
 * rate), carrier pickup, expedites, transit and the damage and address irregularities. Primary
 * shipments may short-ship lines: the missing units are cancelled, not backordered.
 */
export function planShipment(
  rng: Random,
  order: OrderOutcome,
  branchCode: string,
  kind: PlannedShipment['kind'],
  createdMs: number,
  items: ShipmentItem[],
): PlannedShipment {
  const rates = RATES.fulfilment;
  const shipByMs = shipCutoff(branchCode, createdMs);
  const missed = rng.chance(rates.pickPackMissByBranch[branchCode] ?? 0.05);
  let packedMs: number;
  let pickStartMs: number;
  if (missed) {
    packedMs = shipByMs + Math.round(rng.between(1, 20) * HOUR_MS);
    pickStartMs = packedMs - rng.int(20, 90) * MINUTE_MS;
  } else {
    // Picking happens on the shift before the cutoff, not over the weekend in between.
    const workStartMs = Math.max(createdMs, shipByMs - PICK_SHIFT_MS);
    packedMs = workStartMs + Math.round((shipByMs - workStartMs) * rng.between(0.3, 0.95));
    pickStartMs = packedMs - Math.round(Math.min(rng.int(20, 90) * MINUTE_MS, (packedMs - workStartMs) * 0.8));
  }
  const segment = order.draft.account.segment;
  const willCall = kind === 'primary' && !missed && rng.chance(rates.willCall * (segment === 'contractor' ? 2 : 1));
  const expedited = !willCall && rng.chance(kind === 'backorder' ? rates.expediteBackorderFill : missed ? rates.expediteOnPickMiss : rates.expediteCustomerRequest);
  const heavy = items.some((item) => item.line.draft.sku.family.code === 'material_handling' && item.line.draft.sku.listMinor > 30_000)
    || items.reduce((sum, item) => sum + item.quantity * item.line.draft.unitPriceMinor, 0) > HEAVY_VALUE_MINOR;
  const carriage = chooseCarriage(rng, { heavy, willCall, expedited });
  let shippedMs: number;
  if (willCall) shippedMs = packedMs + Math.round(rng.between(0.5, 20) * HOUR_MS);
  else if (!missed) shippedMs = shipByMs + rng.int(20, 120) * MINUTE_MS;
  else if (expedited) shippedMs = packedMs + rng.int(30, 90) * MINUTE_MS;
  else shippedMs = shipCutoff(branchCode, packedMs) + rng.int(20, 120) * MINUTE_MS;
  const crossRegion = branchCode !== order.draft.account.homeBranch;
  const deliveredMs = deliveryTime(rng, shippedMs, carriage.serviceLevel, crossRegion, rng.chance(rates.carrierDelay));
  if (kind === 'primary') shortShip(rng, items, shippedMs);
  for (const item of items) move(item.line, shippedMs, 'allocated', 'shipped', item.quantity);
  const shipment: PlannedShipment = {
    id: '', order, branchCode, kind, createdMs, shipByMs, pickStartMs, packedMs, shippedMs, deliveredMs, voidedMs: null, carriage,
    trackingNumber: trackingNumber(rng, carriage.carrier),
    expedited,
    expediteCostMinor: expedited ? expediteCost(rng, carriage.serviceLevel) : 0,
    freightCostMinor: 0,
    damaged: !willCall && rng.chance(rates.damagedShipment),
    addressInvalid: !willCall && rng.chance(rates.addressInvalidShipment),
    items,
  };
  shipment.freightCostMinor = freightCost(rng, shipmentValue(shipment), carriage.serviceLevel);
  return shipment;
}

/** Short ships: a line leaves with fewer units than allocated; a whole line only if others still ship. */
function shortShip(rng: Random, items: ShipmentItem[], shippedMs: number): void {
  for (const item of items) {
    if (!rng.chance(RATES.orders.shortShipLine)) continue;
    const othersShip = items.some((other) => other !== item && other.quantity > 0);
    const short = item.quantity >= 2 ? Math.max(1, Math.floor(item.quantity * rng.between(0.1, 0.5))) : othersShip ? item.quantity : 0;
    if (short === 0) continue;
    item.quantity -= short;
    item.line.shortQuantity = short;
    move(item.line, shippedMs, 'allocated', 'cancelled', short);
  }
}
