/**
 * 855 Purchase Order Acknowledgment -> po_acknowledgment.
 *
 * | Field                     | X12                                                   |
 * |---------------------------|-------------------------------------------------------|
 * | acknowledgmentType        | BAK02 (AC, AD, AT, RJ...)                             |
 * | poNumber (mandatory)      | BAK03                                                 |
 * | acknowledgmentDate        | BAK09                                                 |
 * | occurredAt                | BAK09, else BAK04 (the PO's date), else GS04/GS05     |
 * | lines[]                   | PO1 as in the 850; PID05 description                  |
 * | lines[].statuses[]        | ACK01 code (meaning below), ACK02 qty, ACK05 date     |
 */
import type { NormalizedEvent, PoAcknowledgmentPayload } from '../../../../lib/events/model.ts';
import { businessKeys, describe } from './items.ts';
import { po1Line } from './purchase-order-850.ts';
import type { SetReader } from './set-reader.ts';

/** ACK01 line item status codes (X12 element 668) in a word or two. */
export const ACK_MEANINGS: Record<string, string> = {
  IA: 'accepted',
  IB: 'backordered',
  IC: 'changed',
  IR: 'rejected',
  IQ: 'quantity changed',
  IS: 'substituted',
  ID: 'deleted',
  IP: 'price changed',
  IE: 'price pending',
  IF: 'on hold, incomplete description',
  IH: 'on hold',
  IW: 'on hold, waiver required',
  AC: 'accepted and shipped',
  AR: 'accepted and released',
  BP: 'partially shipped, rest backordered',
  DR: 'date rescheduled',
  SP: 'schedule date pending',
  R1: 'rejected, not a contract item',
  R2: 'rejected, invalid item number',
};

export function poAcknowledgment(r: SetReader): NormalizedEvent<'po_acknowledgment'> {
  const bak = r.required('BAK', 'beginning segment with the PO number');
  const poNumber = bak ? r.mandatory(bak, 3, 'purchase order number') : '';
  const acknowledgmentDate = r.date(bak, 9, 'acknowledgment date');
  const poDate = r.date(bak, 4, 'purchase order date');
  const lines: PoAcknowledgmentPayload['lines'] = [];
  for (const seg of r.segments) {
    if (seg.id === 'PO1') {
      lines.push({ ...po1Line(r, seg), statuses: [] });
    } else if (seg.id === 'PID') describe(lines.at(-1)?.item, seg);
    else if (seg.id === 'ACK') {
      const line = lines.at(-1);
      if (!line) {
        r.problem('segment_misplaced', `ACK at segment ${seg.position} comes before any PO1 line; it must follow the line it acknowledges`, seg);
        continue;
      }
      const code = r.mandatory(seg, 1, 'line item status code');
      line.statuses.push({
        code,
        meaning: ACK_MEANINGS[code] ?? 'unrecognized',
        quantity: r.optionalQuantity(seg, 2, 'quantity'),
        date: r.date(seg, 5, 'status date'),
      });
    }
  }
  return {
    type: 'po_acknowledgment',
    occurredAt: r.occurredAt(acknowledgmentDate ?? poDate, null),
    keys: businessKeys({ purchaseOrders: [poNumber], skus: lines.map((l) => l.item.sku) }),
    payload: { poNumber, acknowledgmentType: r.text(bak, 2), acknowledgmentDate, lines },
  };
}
