/**
 * 846 Inventory Inquiry/Advice -> inventory_advice.
 *
 * | Field                | X12                                                              |
 * |----------------------|------------------------------------------------------------------|
 * | reportDate           | BIA04                                                            |
 * | occurredAt           | BIA04 + BIA05 (else GS04/GS05)                                   |
 * | reference            | BIA03                                                            |
 * | warehouse            | N1*WH loop (its N104 is the branch key)                          |
 * | items[].item         | LIN 02/03.. id pairs; PID05 description                          |
 * | items[].quantities[] | QTY01 qualifier, QTY02 quantity (mandatory), QTY03 unit          |
 * | items[].onHand       | QTY*17 (on hand), else QTY*33 (available for sale), else null    |
 *
 * SDQ (quantities by destination) is not read: a distributor's stock advice comes per warehouse.
 */
import type { InventoryAdvicePayload, NormalizedEvent } from '../../../../lib/events/model.ts';
import { businessKeys, describe, itemRef, parties, qualifiedIds } from './items.ts';
import type { SetReader } from './set-reader.ts';

type Item = InventoryAdvicePayload['items'][number];

export function inventoryAdvice(r: SetReader): NormalizedEvent<'inventory_advice'> {
  const bia = r.required('BIA', 'beginning segment for inventory advice');
  const reportDate = r.date(bia, 4, 'report date');
  const items: Item[] = [];
  for (const seg of r.segments) {
    const item = items.at(-1);
    if (seg.id === 'LIN') items.push({ item: itemRef(qualifiedIds(seg, 2)), onHand: null, quantities: [] });
    else if (seg.id === 'PID') describe(item?.item, seg);
    else if (seg.id === 'QTY' && item) {
      const unit = (seg.el[3] ?? '').split(r.component)[0]?.trim() || null;
      item.quantities.push({ qualifier: r.text(seg, 1), quantity: r.quantity(seg, 2, 'quantity'), unit });
    }
  }
  for (const item of items) {
    const onHand = item.quantities.find((q) => q.qualifier === '17') ?? item.quantities.find((q) => q.qualifier === '33');
    item.onHand = onHand?.quantity ?? null;
  }
  const warehouse = parties(r.segments).find((p) => p.role === 'WH') ?? null;
  return {
    type: 'inventory_advice',
    occurredAt: r.occurredAt(reportDate, r.optional(bia, 5)),
    keys: businessKeys({ skus: items.map((i) => i.item.sku), branches: [warehouse?.id] }),
    payload: { reportDate, reference: r.optional(bia, 3), warehouse, items },
  };
}
