import type { EventToApply, PoAcknowledgmentPayload } from '../../../lib/events/model.ts';
import type { LineEta, NewAcknowledgment } from '../db/integration.repository.ts';
import { Failure, type EventFamily } from './batch.ts';
import { matchLine, supplierOf, supplierOrder } from './purchase-orders.ts';
import { calendarDate, describeItem, lineNumberOf, skuCandidates, text } from './values.ts';

/**
 * A supplier's purchase order acknowledgment (EDI 855). Every ACK status of every line is recorded;
 * the date an accepted or changed line is promised for becomes that line's current ETA (the latest
 * such date when a line is split across several). Rejected, backordered, deleted and on-hold lines
 * keep their ETA: those statuses say the supplier will not ship as ordered, not when it will.
 */
export interface Acknowledgment {
  eventId: string;
  supplierId: string;
  poNumber: string;
  acknowledgmentType: string;
  lines: { lineNumber: number | null; skus: string[]; describe: string; statuses: { code: string; quantity: number | null; date: string | null }[] }[];
}

/** ACK-01 codes that accept the line, as ordered or with changes (price, quantity, date, substitution). */
const ACCEPTED_CODES: readonly string[] = ['IA', 'IC', 'IP', 'IQ', 'IS', 'AC', 'AR', 'DR'];

export const poAcknowledgments: EventFamily<Acknowledgment> = {
  read(event) {
    const payload: Partial<PoAcknowledgmentPayload> = (event as EventToApply<'po_acknowledgment'>).payload ?? {};
    const supplierId = supplierOf(event.partner, '855s');
    if (supplierId instanceof Failure) return supplierId;
    const poNumber = text(payload.poNumber, 'the 855 purchase order number (BAK-03)');
    if (poNumber instanceof Failure) return poNumber;
    if (!Array.isArray(payload.lines)) return new Failure(`the 855 for ${poNumber} has no lines list`);
    const lines: Acknowledgment['lines'] = [];
    for (const line of payload.lines) {
      const describe = `line ${line.lineNumber ?? '(unnumbered)'} (${describeItem(line.item)})`;
      const statuses = [];
      for (const status of line.statuses ?? []) {
        const code = text(status?.code, `${describe}: an ACK status code (ACK-01)`);
        if (code instanceof Failure) return code;
        const date = calendarDate(status.date, `${describe} ${code} date`);
        if (date instanceof Failure) return date;
        const quantity = status.quantity ?? null;
        if (quantity !== null && !Number.isFinite(quantity)) return new Failure(`${describe} ${code} quantity ${JSON.stringify(quantity)} is not a quantity`);
        statuses.push({ code, quantity, date });
      }
      const lineNumber = lineNumberOf(line.lineNumber);
      lines.push({ lineNumber, skus: skuCandidates(line.item), describe, statuses });
    }
    return { eventId: event.eventId, supplierId, poNumber, acknowledgmentType: payload.acknowledgmentType ?? '', lines };
  },
  want(ack, wanted) {
    wanted.purchaseOrders.add(ack.poNumber);
  },
  decide(ack, references) {
    const order = supplierOrder(references, ack.poNumber, ack.supplierId);
    if (order instanceof Failure) return order;
    const acknowledgments: NewAcknowledgment[] = [];
    const etas: LineEta[] = [];
    for (const line of ack.lines) {
      const matched = matchLine(order, line.lineNumber, line.skus);
      if (!matched) return new Failure(`${line.describe} is not on purchase order ${order.id}`);
      for (const status of line.statuses) {
        acknowledgments.push({
          eventId: ack.eventId,
          purchaseOrderId: order.id,
          lineNumber: matched.lineNumber,
          acknowledgmentType: ack.acknowledgmentType,
          statusCode: status.code,
          quantity: status.quantity,
          statusDate: status.date,
        });
      }
      const promised = line.statuses.filter((s) => ACCEPTED_CODES.includes(s.code) && s.date !== null).map((s) => s.date!).sort().at(-1);
      // A received line's ETA stays null (see purchase_order_lines.current_eta).
      if (promised && matched.open) etas.push({ purchaseOrderId: order.id, lineNumber: matched.lineNumber, eta: promised });
    }
    return { acknowledgments, etas };
  },
};
