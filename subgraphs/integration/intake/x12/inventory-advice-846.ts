/**
 * 846 Inventory Inquiry/Advice -> inventory_advice.
 *
 * | Field                            | X12                                                            |
 * |----------------------------------|----------------------------------------------------------------|
 * | reportDate                       | BIA04                                                          |
 * | occurredAt                       | BIA04 + BIA05 (else GS04/GS05)                                 |
 * | reference                        | BIA03                                                          |
 * | warehouse                        | the first N1*WH of the set (its N104 is the branch key)        |
 * | items[].item                     | LIN 02/03.. id pairs; PID05 description                        |
 * | items[].quantities[]             | QTY01 qualifier, QTY02 quantity (mandatory), QTY03 unit        |
 * | items[].quantities[].locations[] | the SDQs after that QTY: SDQ03/04 .. SDQ21/22 location and quantity, SDQ02 location qualifier, SDQ01 unit |
 * | items[].onHand                   | QTY*17 (quantity on hand), else QTY*33 (quantity available for sale), else null |
 *
 * Where the stock is. Without SDQ the whole advice counts for one warehouse: N1*WH, else the
 * partner's own branch (the ERP decides). An SDQ splits the QTY just before it in the same LIN loop
 * by location: X12 gives SDQ no quantity qualifier of its own, so that QTY01 says which quantity the
 * split is (on hand when 17 or 33). The split must be in the QTY's unit and add up to its QTY02;
 * an SDQ with no QTY before it, a location without its quantity (or the reverse) or a split that
 * does not add up rejects the set, since a guess would move stock between branches. SDQ02 "is used
 * only if different than previously defined in the transaction set", so an SDQ without one keeps
 * the previous SDQ's.
 *
 * SDQ layout (X12 4010 and its neighbours, sources in tests/fixtures/edi/LAYOUTS.md): SDQ01 unit
 * (mandatory), SDQ02 identification code qualifier, SDQ03/SDQ04 identification code and quantity
 * (mandatory), then up to nine more pairs SDQ05/06 .. SDQ21/22; in the 846 it sits in the LIN loop.
 */
import type { InventoryAdvicePayload, InventoryQuantity, NormalizedEvent } from '../../../../lib/events/model.ts';
import { businessKeys, describe, itemRef, parties, qualifiedIds } from './items.ts';
import { name, type SetReader } from './set-reader.ts';
import type { Segment } from './tokenizer.ts';

type Item = InventoryAdvicePayload['items'][number];

/** SDQ03 is the first location, SDQ21 the last (its quantity is SDQ22). */
const FIRST_LOCATION = 3;
const LAST_LOCATION = 21;

export function inventoryAdvice(r: SetReader): NormalizedEvent<'inventory_advice'> {
  const bia = r.required('BIA', 'beginning segment for inventory advice');
  const reportDate = r.date(bia, 4, 'report date');
  const items: Item[] = [];
  /** Each split quantity with the SDQ that started its split, to check the total against. */
  const splits = new Map<InventoryQuantity, Segment>();
  let locationQualifier: string | null = null;
  for (const seg of r.segments) {
    const item = items.at(-1);
    if (seg.id === 'LIN') items.push({ item: itemRef(qualifiedIds(seg, 2)), onHand: null, quantities: [] });
    else if (seg.id === 'PID') describe(item?.item, seg);
    else if (seg.id === 'QTY' && item) {
      const unit = (seg.el[3] ?? '').split(r.component)[0]?.trim() || null;
      item.quantities.push({ qualifier: r.text(seg, 1), quantity: r.quantity(seg, 2, 'quantity'), unit });
    } else if (seg.id === 'SDQ' && item) {
      locationQualifier = r.optional(seg, 2) ?? locationQualifier;
      const split = item.quantities.at(-1);
      if (!split) {
        r.problem('segment_misplaced', `SDQ at segment ${seg.position} has no QTY before it in its LIN loop; SDQ splits the quantity of the QTY it follows`, seg);
        continue;
      }
      readSplit(r, seg, split, locationQualifier);
      if (!splits.has(split)) splits.set(split, seg);
    }
  }
  for (const [split, seg] of splits) checkAddsUp(r, split, seg);
  for (const item of items) item.onHand = onHandQuantity(item.quantities)?.quantity ?? null;
  const warehouse = parties(r.segments).find((p) => p.role === 'WH') ?? null;
  const locations = items.flatMap((i) => i.quantities.flatMap((q) => q.locations ?? []).map((l) => l.location));
  return {
    type: 'inventory_advice',
    occurredAt: r.occurredAt(reportDate, r.optional(bia, 5)),
    keys: businessKeys({ skus: items.map((i) => i.item.sku), branches: [warehouse?.id, ...locations] }),
    payload: { reportDate, reference: r.optional(bia, 3), warehouse, items },
  };
}

/** The quantity that counts as on hand: QTY*17 (quantity on hand), else QTY*33 (available for sale). */
function onHandQuantity(quantities: InventoryQuantity[]): InventoryQuantity | undefined {
  return quantities.find((q) => q.qualifier === '17') ?? quantities.find((q) => q.qualifier === '33');
}

/** The SDQ's location/quantity pairs into the quantity it splits; SDQ01 gives that quantity a unit when QTY03 did not. */
function readSplit(r: SetReader, seg: Segment, split: InventoryQuantity, locationQualifier: string | null): void {
  const unit = r.optional(seg, 1);
  if (unit && split.unit && unit !== split.unit) {
    r.problem('unit_mismatch', `SDQ01 (unit) is "${unit}" at segment ${seg.position} but the QTY*${split.qualifier} it splits is in "${split.unit}"`, seg);
  }
  split.unit ??= unit;
  const locations = (split.locations ??= []);
  for (let n = FIRST_LOCATION; n <= LAST_LOCATION; n += 2) {
    const location = r.optional(seg, n);
    if (location === null && r.optional(seg, n + 1) === null) continue;
    if (location === null) {
      r.problem('element_missing', `${name(seg, n)} (location) is empty at segment ${seg.position} but ${name(seg, n + 1)} holds a quantity; they go in pairs`, seg);
      continue;
    }
    locations.push({ location, locationQualifier, quantity: r.quantity(seg, n + 1, `quantity at ${location}`) });
  }
}

/** A split says where the QTY's stock is, so it has to account for all of it. */
function checkAddsUp(r: SetReader, split: InventoryQuantity, seg: Segment): void {
  const total = (split.locations ?? []).reduce((sum, l) => sum + l.quantity, 0);
  if (Math.abs(total - split.quantity) > 1e-9) {
    r.problem('quantity_mismatch', `the SDQ quantities from segment ${seg.position} add up to ${total} but the QTY*${split.qualifier} they split is ${split.quantity}`, seg);
  }
}
