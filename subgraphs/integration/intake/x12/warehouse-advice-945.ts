/**
 * 945 Warehouse Shipping Advice -> warehouse_shipping_advice: the warehouse says what it shipped
 * against a 940, line by line, ordered against shipped.
 *
 * | Field                        | X12                                                     |
 * |------------------------------|---------------------------------------------------------|
 * | depositorOrderNumber (mand.) | W0602                                                   |
 * | occurredAt                   | W0603 (the actual date of shipment), else GS04/GS05     |
 * | shipmentId                   | W0604                                                   |
 * | poNumber                     | W0606                                                   |
 * | shipDate                     | G62*11 (shipped on this date) G6202, else W0603         |
 * | carrier                      | W2702 (SCAC; W2701 is the transportation method)        |
 * | lines[]                      | W12: 02 ordered, 03 shipped (mandatory), 05 unit, 06 UPC case code (as UA), 07/08 id pair; 16 UPC case code and 17/18 id pair unless W1201 is IS |
 * | keys.branches                | N1*WH N104                                              |
 *
 * W1216-W1218 are a second UPC case code and id pair; "whenever W1201 contains IS" (item
 * substituted) they "refer to the original item ordered", so then they are not the shipped item's.
 * Layouts checked against public segment definitions: tests/fixtures/edi/LAYOUTS.md.
 */
import type { NormalizedEvent, WarehouseShippingAdvicePayload } from '../../../../lib/events/model.ts';
import { businessKeys, itemRef, parties, qualifiedIds } from './items.ts';
import type { SetReader } from './set-reader.ts';

/** W1201 (shipment/order status) IS: the line ships a substitute for the item ordered. */
const SUBSTITUTED = 'IS';

/** A W12 UPC case code under the qualifier UA, unless the item already has one. */
function withCaseCode(ids: Record<string, string>, caseCode: string | null): Record<string, string> {
  if (caseCode && !('UA' in ids)) ids.UA = caseCode;
  return ids;
}

export function warehouseShippingAdvice(r: SetReader): NormalizedEvent<'warehouse_shipping_advice'> {
  const w06 = r.required('W06', 'shipment identification');
  const depositorOrderNumber = w06 ? r.mandatory(w06, 2, 'depositor order number') : '';
  const documentDate = r.date(w06, 3, 'shipment date');
  const poNumber = r.optional(w06, 6);
  const shipmentId = r.optional(w06, 4);
  const lines: WarehouseShippingAdvicePayload['lines'] = [];
  for (const seg of r.segments) {
    if (seg.id !== 'W12') continue;
    const ids = qualifiedIds(seg, 7, 8, withCaseCode({}, r.optional(seg, 6)));
    if (r.optional(seg, 1) !== SUBSTITUTED) qualifiedIds(seg, 17, 18, withCaseCode(ids, r.optional(seg, 16)));
    lines.push({
      item: itemRef(ids),
      shippedQuantity: r.quantity(seg, 3, 'number of units shipped'),
      orderedQuantity: r.optionalQuantity(seg, 2, 'quantity ordered'),
      unit: r.optional(seg, 5),
    });
  }
  const payload: WarehouseShippingAdvicePayload = {
    depositorOrderNumber,
    poNumber,
    shipmentId,
    shipDate: r.date(r.qualified('G62', '11'), 2, 'shipped date') ?? documentDate,
    carrier: r.optional(r.first('W27'), 2),
    lines,
  };
  return {
    type: 'warehouse_shipping_advice',
    occurredAt: r.occurredAt(documentDate, null),
    keys: businessKeys({
      orders: [depositorOrderNumber],
      purchaseOrders: [poNumber],
      shipments: [shipmentId],
      skus: lines.map((l) => l.item.sku),
      branches: parties(r.segments).filter((p) => p.role === 'WH').map((p) => p.id),
    }),
    payload,
  };
}
