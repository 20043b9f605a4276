/**
 * 856 Ship Notice/Manifest -> ship_notice. The HL hierarchy is read flat: an HL*..*O starts an
 * order, the items after it (HL*..*I with LIN/SN1) belong to it; pack and tare levels between
 * are passed through, since a distributor receives by PO and item.
 *
 * | Field                    | X12                                                         |
 * |--------------------------|-------------------------------------------------------------|
 * | shipmentId (mandatory)   | BSN02                                                       |
 * | occurredAt               | BSN03 + BSN04 (else GS04/GS05)                              |
 * | shipDate                 | DTM*011 DTM02                                               |
 * | estimatedDeliveryDate    | DTM*017 (estimated delivery), else DTM*067 (scheduled)      |
 * | carrier                  | TD503 (SCAC), else TD505 (routing)                          |
 * | billOfLading             | REF*BM REF02                                                |
 * | trackingNumber           | REF*CN REF02 (carrier's reference / PRO)                    |
 * | parties                  | N1/N3/N4 loops                                              |
 * | orders[].poNumber        | PRF01 at the order level                                    |
 * | orders[].items[]         | LIN 02/03.. id pairs; SN102 shipped qty (mandatory), SN103 unit; PID05 |
 */
import type { NormalizedEvent, ShipNoticePayload } from '../../../../lib/events/model.ts';
import { businessKeys, describe, itemRef, parties, qualifiedIds } from './items.ts';
import type { SetReader } from './set-reader.ts';
import type { Segment } from './tokenizer.ts';

type Order = ShipNoticePayload['orders'][number];
type Item = Order['items'][number];

export function shipNotice(r: SetReader): NormalizedEvent<'ship_notice'> {
  const bsn = r.required('BSN', 'beginning segment with the shipment id');
  const shipmentId = bsn ? r.mandatory(bsn, 2, 'shipment identification') : '';
  const orders: Order[] = [];
  let order: Order | null = null;
  let item: Item | null = null;
  let itemLin: Segment | null = null;
  let itemHasQuantity = true;
  const closeItem = () => {
    if (item && itemLin && !itemHasQuantity) {
      r.missingInLoop('SN1', itemLin, `item ${item.item.sku ?? '(no id)'} (LIN at segment ${itemLin.position}) has no SN1 shipped quantity; every LIN in an 856 needs one`);
    }
  };
  for (const seg of r.segments) {
    if (seg.id === 'HL' && seg.el[3] === 'O') {
      closeItem();
      item = null;
      order = { poNumber: null, items: [] };
      orders.push(order);
    } else if (seg.id === 'PRF' && order) {
      order.poNumber = r.optional(seg, 1);
    } else if (seg.id === 'LIN') {
      closeItem();
      if (!order) orders.push((order = { poNumber: null, items: [] }));
      item = { item: itemRef(qualifiedIds(seg, 2)), shippedQuantity: 0, unit: null };
      itemLin = seg;
      itemHasQuantity = false;
      order.items.push(item);
    } else if (seg.id === 'SN1' && item) {
      item.shippedQuantity = r.quantity(seg, 2, 'number of units shipped');
      item.unit = r.optional(seg, 3);
      itemHasQuantity = true;
    } else if (seg.id === 'PID' && item) describe(item.item, seg);
  }
  closeItem();
  const td5 = r.first('TD5');
  const bsnDate = r.date(bsn, 3, 'shipment date');
  const payload: ShipNoticePayload = {
    shipmentId,
    shipDate: r.date(r.qualified('DTM', '011'), 2, 'shipped date'),
    estimatedDeliveryDate: r.date(r.qualified('DTM', '017') ?? r.qualified('DTM', '067'), 2, 'estimated delivery date'),
    carrier: r.optional(td5, 3) ?? r.optional(td5, 5),
    billOfLading: r.optional(r.qualified('REF', 'BM'), 2),
    trackingNumber: r.optional(r.qualified('REF', 'CN'), 2),
    parties: parties(r.segments),
    orders,
  };
  const items = orders.flatMap((o) => o.items);
  return {
    type: 'ship_notice',
    occurredAt: r.occurredAt(bsnDate, r.optional(bsn, 4)),
    keys: businessKeys({ shipments: [shipmentId], purchaseOrders: orders.map((o) => o.poNumber), skus: items.map((i) => i.item.sku) }),
    payload,
  };
}
