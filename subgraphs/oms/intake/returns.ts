import type { EventToApply } from '../../../lib/events/model.ts';
import { addKey, fail, type Batch, type BatchKeys, type LineState, type OrderState } from './batch.ts';
import { instant, isoDate, optionalText, positiveWholeNumber, requiredText, startOfDay } from './fields.ts';

/**
 * return (API) and return_authorization (EDI 180): a return against a line of one of our orders.
 * An API return is requested (id: its returnId); a 180 is authorized (id: the RMA number, with
 * '-1', '-2' ... per line when it returns several lines), on its date or else when it was issued.
 * A return may not exceed what the line shipped less what earlier returns (not rejected) took.
 */
export const RETURN_REASONS = ['damaged', 'wrong_item', 'not_needed', 'defective', 'late_delivery'] as const;
type ReturnReason = (typeof RETURN_REASONS)[number];

/**
 * 180 return reason codes (RDR) as agreed with our partners -> returns.reason. The reason words
 * themselves are accepted too; any other code fails the event so the partner manager can agree it.
 */
export const EDI_RETURN_REASONS: Record<string, ReturnReason> = {
  DA: 'damaged', // damaged in transit
  DM: 'damaged', // damaged merchandise
  DF: 'defective',
  WI: 'wrong_item',
  NN: 'not_needed',
  LD: 'late_delivery',
};

export function returnKeys(event: EventToApply<'return'>, keys: BatchKeys): void {
  addKey(keys.orderIds, event.payload?.orderId);
  addKey(keys.returnIds, event.payload?.returnId);
}

export function returnAuthorizationKeys(event: EventToApply<'return_authorization'>, keys: BatchKeys): void {
  addKey(keys.orderIds, event.payload?.orderNumber);
  const rma = event.payload?.rmaNumber;
  if (typeof rma !== 'string') return;
  addKey(keys.returnIds, rma);
  (event.payload.lines ?? []).forEach((_, i) => addKey(keys.returnIds, `${rma}-${i + 1}`));
}

export function applyReturn(event: EventToApply<'return'>, batch: Batch): void {
  const { payload } = event;
  const id = requiredText(payload.returnId, 'returnId');
  const order = batch.order(requiredText(payload.orderId, 'orderId'), event.partner);
  const line = batch.linesOf(order.id).find((l) => l.lineNumber === payload.lineNumber);
  if (!line) fail(`order ${order.id} has no line ${String(payload.lineNumber)}`);
  const sku = requiredText(payload.sku, 'sku');
  if (sku !== line.sku && sku !== line.substitutedSku) fail(`line ${line.lineNumber} of order ${order.id} is SKU ${line.sku}, not ${sku}`);
  const reason = payload.reason;
  if (!RETURN_REASONS.includes(reason)) fail(`return reason "${String(reason)}" is not one of ${RETURN_REASONS.join(', ')}`);
  const at = instant(payload.requestedAt, 'requestedAt');
  const planned = [{ id, line, quantity: positiveWholeNumber(payload.quantity, 'quantity'), reason }];
  checkReturns(batch, order, planned);
  addReturns(batch, order, planned, { requestedAt: at, authorizedAt: null, status: 'requested' });
}

export function applyReturnAuthorization(event: EventToApply<'return_authorization'>, batch: Batch): void {
  const { payload } = event;
  const rma = requiredText(payload.rmaNumber, 'rmaNumber');
  const order = batch.order(requiredText(payload.orderNumber, `RMA ${rma} orderNumber`), event.partner);
  if (!Array.isArray(payload.lines) || payload.lines.length === 0) fail(`RMA ${rma} has no lines`);
  const planned = payload.lines.map((l, i) => {
    const sku = l.item?.sku;
    if (!sku) fail(`RMA ${rma} line ${i + 1} names no SKU of ours (ids sent: ${JSON.stringify(l.item?.ids ?? {})})`);
    const line = batch.linesOf(order.id).find((ol) => ol.sku === sku || ol.substitutedSku === sku);
    if (!line) fail(`order ${order.id} has no line for SKU ${sku}`);
    const code = optionalText(l.reasonCode);
    const reason = code === null ? undefined : EDI_RETURN_REASONS[code.toUpperCase()] ?? RETURN_REASONS.find((r) => r === code.toLowerCase());
    if (!reason) fail(`RMA ${rma} reason code ${code ?? '(none)'} for SKU ${sku} is not one we map (${Object.keys(EDI_RETURN_REASONS).join(', ')})`);
    const quantity = positiveWholeNumber(l.quantity, `RMA ${rma} quantity of SKU ${sku}`);
    return { id: payload.lines.length === 1 ? rma : `${rma}-${i + 1}`, line, quantity, reason };
  });
  const at = payload.date ? startOfDay(isoDate(payload.date, 'date')) : instant(event.occurredAt ?? event.receivedAt, 'occurredAt');
  checkReturns(batch, order, planned);
  addReturns(batch, order, planned, { requestedAt: at, authorizedAt: at, status: 'authorized' });
}

interface PlannedReturn { id: string; line: LineState; quantity: number; reason: ReturnReason }

function checkReturns(batch: Batch, order: OrderState, planned: PlannedReturn[]): void {
  const taking = new Map<LineState, number>();
  for (const p of planned) {
    if (batch.returns.has(p.id)) fail(`return ${p.id} already exists`);
    taking.set(p.line, (taking.get(p.line) ?? 0) + p.quantity);
  }
  for (const [line, quantity] of taking) {
    const returned = [...batch.returns.values()]
      .filter((r) => r.orderId === order.id && r.lineNumber === line.lineNumber && r.status !== 'rejected')
      .reduce((sum, r) => sum + r.quantity, 0);
    const returnable = line.shipped - returned;
    if (quantity > returnable) {
      fail(`cannot return ${quantity} of SKU ${line.sku} on order ${order.id} line ${line.lineNumber}: ${line.shipped} shipped, ${returned} already returned`);
    }
  }
}

function addReturns(batch: Batch, order: OrderState, planned: PlannedReturn[], state: { requestedAt: Date; authorizedAt: Date | null; status: string }): void {
  for (const p of planned) {
    batch.inserts.returns.push({
      id: p.id, orderId: order.id, lineNumber: p.line.lineNumber, accountId: order.accountId, sku: p.line.sku, quantity: p.quantity,
      reason: p.reason, requestedAt: state.requestedAt.toISOString(), authorizedAt: state.authorizedAt?.toISOString() ?? null, status: state.status,
    });
    batch.returns.set(p.id, { id: p.id, orderId: order.id, lineNumber: p.line.lineNumber, quantity: p.quantity, status: state.status });
  }
}
