/**
 * 850 Purchase Order -> purchase_order.
 *
 * | Field                  | X12                                               |
 * |------------------------|---------------------------------------------------|
 * | purpose, orderType     | BEG01, BEG02                                      |
 * | poNumber (mandatory)   | BEG03                                             |
 * | poDate, occurredAt     | BEG05 (else GS04/GS05 for occurredAt)             |
 * | requestedDeliveryDate  | DTM*002 DTM02                                     |
 * | currency               | CUR02                                             |
 * | parties                | N1/N3/N4 loops                                    |
 * | lines[] (at least one) | PO1: 01 line, 02 qty (mandatory), 03 unit, 04 price, 06/07.. id pairs; PID05 description |
 * | declaredLineCount      | CTT01                                             |
 */
import type { NormalizedEvent, PurchaseOrderPayload } from '../../../../lib/events/model.ts';
import { businessKeys, describe, itemRef, parties, qualifiedIds } from './items.ts';
import type { SetReader } from './set-reader.ts';
import type { Segment } from './tokenizer.ts';

/** A PO1 line item, as the 850 sends it and the 855 acknowledges it. */
export function po1Line(r: SetReader, seg: Segment): PurchaseOrderPayload['lines'][number] {
  return {
    lineNumber: r.optional(seg, 1),
    quantity: r.quantity(seg, 2, 'quantity ordered'),
    unit: r.optional(seg, 3),
    unitPrice: r.money(seg, 4, 'unit price'),
    item: itemRef(qualifiedIds(seg, 6)),
  };
}

export function purchaseOrder(r: SetReader): NormalizedEvent<'purchase_order'> {
  const beg = r.required('BEG', 'beginning segment with the PO number');
  const poNumber = beg ? r.mandatory(beg, 3, 'purchase order number') : '';
  const poDate = r.date(beg, 5, 'purchase order date');
  r.required('PO1', 'a line item: an order with no lines cannot be entered');
  const lines: PurchaseOrderPayload['lines'] = [];
  let ctt: Segment | undefined;
  for (const seg of r.segments) {
    if (seg.id === 'PO1') {
      lines.push(po1Line(r, seg));
    } else if (seg.id === 'PID') describe(lines.at(-1)?.item, seg);
    else if (seg.id === 'CTT') ctt = seg;
  }
  const payload: PurchaseOrderPayload = {
    poNumber,
    purpose: r.text(beg, 1),
    orderType: r.text(beg, 2),
    poDate,
    requestedDeliveryDate: r.date(r.qualified('DTM', '002'), 2, 'requested delivery date'),
    currency: r.optional(r.first('CUR'), 2),
    parties: parties(r.segments),
    lines,
    declaredLineCount: r.optionalQuantity(ctt, 1, 'number of line items'),
  };
  return {
    type: 'purchase_order',
    occurredAt: r.occurredAt(poDate, null),
    keys: businessKeys({ purchaseOrders: [poNumber], skus: lines.map((l) => l.item.sku) }),
    payload,
  };
}
