import type { EventToApply, PurchaseOrderPayload } from '../../../lib/events/model.ts';
import { decimalToMinor } from '../../../lib/money.ts';
import { fail, type Batch, type BatchKeys } from './batch.ts';
import { instant, isoDate, positiveWholeNumber, requiredText } from './fields.ts';

/**
 * purchase_order (EDI 850): places an order for the partner's customer account, sourced from and
 * shipping to the partner's branch, one order line per PO1 line.
 *
 * The order id is derived from the event's business key, 'SO-EDI-' + account + '-' + PO number,
 * so no delivery of the same PO can create a second order; a PO the account has already placed
 * (through any channel, under any event id) fails naming the order it is.
 */
export const ediOrderId = (accountId: string, poNumber: string) => `SO-EDI-${accountId}-${poNumber}`;

export function purchaseOrderKeys(event: EventToApply<'purchase_order'>, keys: BatchKeys): void {
  const { accountId } = event.partner;
  const po = event.payload?.poNumber;
  if (accountId && typeof po === 'string' && po.trim() !== '') {
    keys.orderIds.add(ediOrderId(accountId, po.trim()));
    keys.customerPos.push({ accountId, po: po.trim() });
  }
}

export function applyPurchaseOrder(event: EventToApply<'purchase_order'>, batch: Batch): void {
  const { payload, partner } = event;
  const po = requiredText(payload.poNumber, 'poNumber');
  if (!partner.accountId) fail(`partner ${partner.id} has no customer account: PO ${po} cannot be placed for anyone`);
  if (!partner.branchCode) fail(`partner ${partner.id} has no branch to source and ship PO ${po} from: set the partner's branch`);
  const id = ediOrderId(partner.accountId, po);
  const existing = batch.orderPlacedUnderPo(partner.accountId, po) ?? (batch.orders.has(id) ? id : undefined);
  if (existing) fail(`PO ${po} is already order ${existing}`);
  const requested = payload.requestedDeliveryDate ?? payload.poDate;
  if (!requested) fail(`PO ${po} has neither a requested delivery date nor a PO date`);
  const requestedDate = isoDate(requested, payload.requestedDeliveryDate ? 'requestedDeliveryDate' : 'poDate');
  const currency = payload.currency ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency)) fail(`PO ${po} currency "${currency}" is not an ISO 4217 code`);
  const lines = orderLines(po, payload.lines);
  const placedAt = instant(event.occurredAt ?? event.receivedAt, event.occurredAt ? 'occurredAt' : 'receivedAt');

  batch.inserts.orders.push({
    id, accountId: partner.accountId, channel: 'edi', customerPo: po, placedAt: placedAt.toISOString(),
    requestedDate, promisedDate: requestedDate, status: 'placed', shipToBranchCode: partner.branchCode, currencyCode: currency,
  });
  const order = {
    id, accountId: partner.accountId, status: 'placed' as const, customerPo: po, shipToBranchCode: partner.branchCode,
    lastSequence: 0, latestChangeAt: null, statusChanged: false, cancelledBy: null, cancelReason: null,
  };
  batch.addOrder(order);
  for (const line of lines) {
    batch.inserts.lines.push({ orderId: id, ...line, sourcingBranchCode: partner.branchCode });
    batch.linesOf(id).push({
      orderId: id, lineNumber: line.lineNumber, sku: line.sku, substitutedSku: null, ordered: line.orderedQuantity, allocated: 0,
      shipped: 0, cancelled: 0, sourcingBranchCode: partner.branchCode, shippedChanged: false,
    });
  }
  batch.recordStatus(order, 'placed', placedAt, `EDI 850 PO ${po}`, 'never');
}

/**
 * The PO's lines with our line numbers: the partner's PO1-01 numbers when every line has a
 * distinct whole one (so a later 180 or 945 can name them), else 1, 2, 3 in document order.
 */
function orderLines(po: string, lines: PurchaseOrderPayload['lines']) {
  if (!Array.isArray(lines) || lines.length === 0) fail(`PO ${po} has no lines`);
  const sent = lines.map((l) => (l.lineNumber && /^\d+$/.test(l.lineNumber) ? Number(l.lineNumber) : null));
  const usePartnerNumbers = sent.every((n) => n !== null && n > 0) && new Set(sent).size === sent.length;
  return lines.map((line, i) => {
    const where = `PO ${po} line ${line.lineNumber ?? i + 1}`;
    const sku = line.item?.sku;
    if (!sku) fail(`${where} names no SKU of ours (ids sent: ${JSON.stringify(line.item?.ids ?? {})})`);
    if (line.unitPrice === null || line.unitPrice === undefined) fail(`${where} has no unit price`);
    let unitPriceMinor: bigint;
    try {
      unitPriceMinor = decimalToMinor(line.unitPrice);
    } catch {
      fail(`${where} unit price "${line.unitPrice}" is not an amount with at most 2 decimals`);
    }
    if (unitPriceMinor < 0n) fail(`${where} unit price ${line.unitPrice} is negative`);
    return {
      lineNumber: usePartnerNumbers ? sent[i]! : i + 1,
      sku,
      orderedQuantity: positiveWholeNumber(line.quantity, `${where} quantity`),
      unitPriceMinor: unitPriceMinor.toString(),
    };
  });
}
