/**
 * 180 Return Merchandise Authorization and Notification -> return_authorization. The 4010 detail
 * loop is BLI (item, quantity); some partners send LIN + QTY instead, so both are read.
 *
 * | Field                 | X12                                                             |
 * |-----------------------|-----------------------------------------------------------------|
 * | rmaNumber (mandatory) | BGN02                                                           |
 * | date                  | BGN03                                                           |
 * | occurredAt            | BGN03 + BGN04, else GS04/GS05                                   |
 * | orderNumber           | PRF01, else N9*PO / N9*OQ / N9*CO N902                          |
 * | lines[] from BLI      | BLI01/02 and 08/09.. id pairs, BLI03 qty (mandatory), BLI04 unit |
 * | lines[] from LIN      | LIN 02/03.. id pairs; QTY02 qty (mandatory)                     |
 * | lines[].reasonCode    | the line's RDR02 (return request reason), else the heading RDR's |
 *
 * RDR01 is the returns disposition (RA return with authorization, RD request denied, ...), not a
 * reason, so it is not read as one. RDR is in the 4010 heading (once, for every line) as well as
 * in the detail. Layouts checked against public segment definitions: tests/fixtures/edi/LAYOUTS.md.
 */
import type { NormalizedEvent, ReturnAuthorizationPayload } from '../../../../lib/events/model.ts';
import { businessKeys, describe, itemRef, qualifiedIds } from './items.ts';
import type { SetReader } from './set-reader.ts';
import type { Segment } from './tokenizer.ts';

type Line = ReturnAuthorizationPayload['lines'][number];

export function returnAuthorization(r: SetReader): NormalizedEvent<'return_authorization'> {
  const bgn = r.required('BGN', 'beginning segment with the RMA number');
  const rmaNumber = bgn ? r.mandatory(bgn, 2, 'RMA number') : '';
  const date = r.date(bgn, 3, 'RMA date');
  const n9 = r.qualified('N9', 'PO') ?? r.qualified('N9', 'OQ') ?? r.qualified('N9', 'CO');
  const orderNumber = r.optional(r.first('PRF'), 1) ?? r.optional(n9, 2);
  const lines: Line[] = [];
  /** Lines read from a LIN that no QTY has followed yet, with their LIN. */
  const linWithoutQty = new Map<Line, Segment>();
  /** The heading RDR's reason, for lines that give none of their own. */
  let headingReason: string | null = null;
  for (const seg of r.segments) {
    const line = lines.at(-1);
    if (seg.id === 'BLI') {
      const ids = qualifiedIds(seg, 1, 2);
      qualifiedIds(seg, 8, seg.el.length - 1, ids);
      lines.push({ item: itemRef(ids), quantity: r.quantity(seg, 3, 'quantity'), reasonCode: headingReason });
    } else if (seg.id === 'LIN') {
      const next: Line = { item: itemRef(qualifiedIds(seg, 2)), quantity: 0, reasonCode: headingReason };
      linWithoutQty.set(next, seg);
      lines.push(next);
    } else if (seg.id === 'QTY' && line && linWithoutQty.has(line)) {
      line.quantity = r.quantity(seg, 2, 'quantity');
      linWithoutQty.delete(line);
    } else if (seg.id === 'RDR') {
      const reason = r.optional(seg, 2);
      if (!line) headingReason = reason;
      else if (reason) line.reasonCode = reason;
    } else if (seg.id === 'PID') describe(line?.item, seg);
  }
  for (const [line, lin] of linWithoutQty) {
    r.missingInLoop('QTY', lin, `returned item ${line.item.sku ?? '(no id)'} (LIN at segment ${lin.position}) has no QTY after its LIN; the quantity returned is mandatory`);
  }
  return {
    type: 'return_authorization',
    occurredAt: r.occurredAt(date, r.optional(bgn, 4)),
    keys: businessKeys({ orders: [orderNumber], skus: lines.map((l) => l.item.sku) }),
    payload: { rmaNumber, date, orderNumber, lines },
  };
}
