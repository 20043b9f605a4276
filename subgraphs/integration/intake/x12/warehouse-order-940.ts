/**
 * 940 Warehouse Shipping Order -> warehouse_shipping_order: the depositor asks a warehouse (ours
 * or a 3PL's) to ship. W05 carries no date in 4010, so occurredAt is G62*04 (order date) when
 * sent, else the group's.
 *
 * | Field                        | X12                                                     |
 * |------------------------------|---------------------------------------------------------|
 * | depositorOrderNumber (mand.) | W0502                                                   |
 * | poNumber                     | W0503                                                   |
 * | requestedShipDate            | G62*10 G6202                                            |
 * | occurredAt                   | G62*04 G6202 + G6204, else GS04/GS05                    |
 * | parties                      | N1/N3/N4 loops (N1*WH's N104 is the branch key)         |
 * | lines[]                      | W01: 01 qty (mandatory), 02 unit, 03 UPC case code (as UA), 04/05 and 06/07 id pairs; G69 01 description |
 */
import type { NormalizedEvent, WarehouseShippingOrderPayload } from '../../../../lib/events/model.ts';
import { businessKeys, itemRef, parties, qualifiedIds } from './items.ts';
import type { SetReader } from './set-reader.ts';

export function warehouseShippingOrder(r: SetReader): NormalizedEvent<'warehouse_shipping_order'> {
  const w05 = r.required('W05', 'shipping order identification');
  const depositorOrderNumber = w05 ? r.mandatory(w05, 2, 'depositor order number') : '';
  const poNumber = r.optional(w05, 3);
  const lines: WarehouseShippingOrderPayload['lines'] = [];
  for (const seg of r.segments) {
    if (seg.id === 'W01') {
      const upcCase = r.optional(seg, 3);
      const ids = qualifiedIds(seg, 4, 7, upcCase ? { UA: upcCase } : {});
      lines.push({ item: itemRef(ids), quantity: r.quantity(seg, 1, 'quantity ordered'), unit: r.optional(seg, 2) });
    } else if (seg.id === 'G69') {
      const item = lines.at(-1)?.item;
      const text = r.optional(seg, 1);
      if (item && text && item.description === undefined) item.description = text;
    }
  }
  const orderDate = r.qualified('G62', '04');
  const all = parties(r.segments);
  const payload: WarehouseShippingOrderPayload = {
    depositorOrderNumber,
    poNumber,
    requestedShipDate: r.date(r.qualified('G62', '10'), 2, 'requested ship date'),
    parties: all,
    lines,
  };
  return {
    type: 'warehouse_shipping_order',
    occurredAt: r.occurredAt(r.date(orderDate, 2, 'order date'), r.optional(orderDate, 4)),
    keys: businessKeys({
      orders: [depositorOrderNumber],
      purchaseOrders: [poNumber],
      skus: lines.map((l) => l.item.sku),
      branches: all.filter((p) => p.role === 'WH').map((p) => p.id),
    }),
    payload,
  };
}
