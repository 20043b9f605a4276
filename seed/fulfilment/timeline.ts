import type { Account } from '../accounts.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Sku } from '../catalog/products.ts';
import { RATES } from '../config.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, addBusinessDays } from '../calendar.ts';
import { compareText, groupBy } from '../collections.ts';
import type { OrderDraft } from '../demand/drafts.ts';
import { Random } from '../random.ts';
import { move, type Bucket, type CreditHoldPlan, type LineOutcome, type OrderOutcome } from './model.ts';
import { planShipment } from './shipments.ts';
import { shipCutoff } from './shipping.ts';

const CUSTOMER_CANCEL_REASONS = ['ordered in error', 'duplicate order', 'project delayed', 'found a better price', 'needed it sooner'];

/** Plays every order forward: credit hold, allocation (backorders, substitutions), shipments, cancellations. */
export function simulateOrders(seed: number, drafts: readonly OrderDraft[], catalog: Catalog, accounts: readonly Account[]): OrderOutcome[] {
  const rng = new Random(seed, 'fulfilment');
  const activity = accounts.reduce((sum, account) => sum + account.activity, 0);
  const slowShare = accounts.reduce((sum, account) => sum + (account.slowPayer ? account.activity : 0), 0) / activity;
  const holdBase = RATES.credit.holdOrder / (1 + (RATES.credit.slowCohortHoldMultiplier - 1) * slowShare);
  return drafts.map((draft) => simulateOrder(rng, draft, catalog, holdBase));
}

function simulateOrder(rng: Random, draft: OrderDraft, catalog: Catalog, holdBase: number): OrderOutcome {
  const { account, placedMs } = draft;
  const requestedDayMs = addBusinessDays(placedMs, account.segment === 'oem' || account.segment === 'government' ? rng.int(3, 10) : rng.int(1, 4));
  const hold = rng.chance(holdBase * (account.slowPayer ? RATES.credit.slowCohortHoldMultiplier : 1)) ? creditHold(rng, account, placedMs) : null;
  const allocationMs = (hold ? hold.releaseMs : placedMs) + rng.int(2, 25) * MINUTE_MS;
  const order: OrderOutcome = {
    draft,
    requestedDayMs,
    promisedDayMs: Math.max(requestedDayMs, addBusinessDays(shipCutoff(account.homeBranch, placedMs), quotedTransitDays(draft))),
    hold,
    allocationMs,
    cancel: null,
    lines: draft.lines.map((line) => ({ draft: line, moves: [], substitutedSku: null, substitutionDeclined: false, backorderedAtMs: null, shortQuantity: 0 })),
    shipments: [],
  };
  const roll = rng.next();
  const stockout = roll >= RATES.orders.customerCancelOrder && roll < RATES.orders.customerCancelOrder + RATES.orders.stockoutCancelOrder;
  const stockoutLine = stockout ? [...order.lines].sort((x, y) => compareText(y.draft.sku.tier, x.draft.sku.tier))[0]! : null;
  for (const line of order.lines) allocate(rng, order, line, line === stockoutLine, catalog);
  if (stockoutLine) {
    const sku = stockoutLine.draft.sku;
    cancelOrder(order, allocationMs + Math.round(rng.between(1, 5) * DAY_MS), 'supplier_stockout', `Supplier stockout on ${sku.sku} (${sku.supplier.name}); customer declined a partial shipment`);
    return order;
  }
  for (const [branchCode, lines] of groupBy(order.lines.filter((line) => allocatedAt(line, allocationMs) > 0), (line) => line.draft.sourcingBranch)) {
    const items = lines.map((line) => ({ line, quantity: allocatedAt(line, allocationMs) }));
    order.shipments.push(planShipment(rng, order, branchCode, 'primary', allocationMs, items));
  }
  for (const line of order.lines) if (line.backorderedAtMs !== null) fillBackorder(rng, order, line);
  if (roll < RATES.orders.customerCancelOrder) {
    const firstWork = Math.min(allocationMs + DAY_MS, ...order.shipments.map((shipment) => shipment.pickStartMs));
    cancelOrder(order, placedMs + Math.round((firstWork - placedMs) * rng.between(0.15, 0.9)), 'customer', `Customer cancelled: ${rng.pick(CUSTOMER_CANCEL_REASONS)}`);
  }
  return order;
}

/** The transit quoted at order entry: 2 business days, 4 when a line ships from another region, +1 for freight. */
function quotedTransitDays(draft: OrderDraft): number {
  const away = draft.lines.some((line) => line.sourcingBranch !== draft.account.homeBranch);
  const value = draft.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
  const freight = value > 600_000 || draft.lines.some((line) => line.sku.family.code === 'material_handling' && line.sku.listMinor > 30_000);
  return 2 + (away ? 2 : 0) + (freight ? 1 : 0);
}

function creditHold(rng: Random, account: Account, placedMs: number): CreditHoldPlan {
  const heldMs = placedMs + rng.int(1, 10) * MINUTE_MS;
  const speed = rng.pickWeighted(RATES.credit.releaseMix);
  const duration = speed === 'hours' ? Math.max(10 * MINUTE_MS, rng.logNormal(3 * HOUR_MS, 0.7)) : speed === 'days' ? rng.between(8, 48) * HOUR_MS : rng.between(2, 12) * DAY_MS;
  let reason: CreditHoldPlan['reason'];
  if (placedMs - account.openedMs < 60 * DAY_MS) reason = 'new_account_review';
  else if (account.slowPayer) reason = rng.pickWeighted({ past_due: 0.6, over_limit: 0.3, manual: 0.1 });
  else reason = rng.pickWeighted(RATES.credit.reasonMix);
  return { heldMs, releaseMs: heldMs + Math.round(duration), reason };
}

/** Allocation: stockouts and declined substitutions backorder the whole line; tier-driven backorders part or all of it. */
function allocate(rng: Random, order: OrderOutcome, line: LineOutcome, stockout: boolean, catalog: Catalog): void {
  const quantity = line.draft.quantity;
  let backordered = 0;
  if (stockout) backordered = quantity;
  else if (rng.chance(RATES.orders.substituteOfferLine)) {
    if (order.draft.account.row.allows_substitutions) line.substitutedSku = substituteFor(rng, line.draft.sku, line.draft.sourcingBranch, catalog);
    else {
      line.substitutionDeclined = true;
      backordered = quantity;
    }
  } else if (rng.chance(RATES.orders.backorderLineByTier[line.draft.sku.tier])) {
    backordered = quantity === 1 || rng.chance(0.55) ? quantity : Math.max(1, Math.floor(quantity * rng.between(0.3, 0.8)));
  }
  move(line, order.allocationMs, 'pending', 'allocated', quantity - backordered);
  move(line, order.allocationMs, 'pending', 'backordered', backordered);
  if (backordered > 0) line.backorderedAtMs = order.allocationMs;
}

/** A PIM substitute stocked at the sourcing branch when there is one, else any same-category SKU stocked there. */
function substituteFor(rng: Random, sku: Sku, branchCode: string, catalog: Catalog): string | null {
  const listed = sku.substitutes.map((code) => catalog.bySku.get(code)!).filter((candidate) => candidate.stockedBranches.includes(branchCode));
  if (listed.length > 0) return rng.pick(listed).sku;
  const peers = (catalog.byCategory.get(sku.category.code) ?? []).filter((peer) => peer.sku !== sku.sku && peer.stockedBranches.includes(branchCode));
  return peers.length > 0 ? rng.pick(peers).sku : null;
}

/** Backorders wait on the supplier (late suppliers make it longer); some customers cancel instead. */
function fillBackorder(rng: Random, order: OrderOutcome, line: LineOutcome): void {
  const supplier = line.draft.sku.supplier;
  const late = rng.chance(supplier.lateShare) ? rng.inRange(supplier.daysLate) : 0;
  const waitDays = Math.min(30, Math.max(2, supplier.leadTimeDays * rng.between(0.3, 1))) + late;
  const quantity = balanceAt(line, order.allocationMs, 'backordered');
  if (rng.chance(RATES.orders.backorderCancelledByCustomer)) {
    move(line, order.allocationMs + Math.round(waitDays * rng.between(0.3, 0.9) * DAY_MS), 'backordered', 'cancelled', quantity);
    return;
  }
  const fillMs = order.allocationMs + Math.round(waitDays * DAY_MS);
  move(line, fillMs, 'backordered', 'allocated', quantity);
  order.shipments.push(planShipment(rng, order, line.draft.sourcingBranch, 'backorder', fillMs, [{ line, quantity }]));
}

/** Cancels what is still open at `atMs`; later moves never happen and unpicked shipments are voided. */
function cancelOrder(order: OrderOutcome, atMs: number, by: 'customer' | 'supplier_stockout', reason: string): void {
  order.cancel = { atMs, by, reason };
  for (const line of order.lines) {
    line.moves = line.moves.filter((entry) => entry.atMs < atMs);
    for (const bucket of ['pending', 'allocated', 'backordered'] as const) move(line, atMs, bucket, 'cancelled', balanceAt(line, atMs, bucket));
  }
  for (const line of order.lines) {
    line.shortQuantity = 0;
    if (!line.moves.some((entry) => entry.from === 'pending' && entry.to !== 'cancelled')) {
      Object.assign(line, { substitutedSku: null, substitutionDeclined: false, backorderedAtMs: null });
    }
  }
  for (const shipment of order.shipments) shipment.voidedMs = atMs;
  if (order.hold && order.hold.releaseMs > atMs) order.hold.releaseMs = atMs;
}

export function balanceAt(line: LineOutcome, atMs: number, bucket: Bucket): number {
  let quantity = bucket === 'pending' ? line.draft.quantity : 0;
  for (const entry of line.moves) {
    if (entry.atMs > atMs) continue;
    if (entry.from === bucket) quantity -= entry.quantity;
    if (entry.to === bucket) quantity += entry.quantity;
  }
  return quantity;
}

function allocatedAt(line: LineOutcome, atMs: number): number {
  return balanceAt(line, atMs, 'allocated');
}
