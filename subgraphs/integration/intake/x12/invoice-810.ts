/**
 * 810 Invoice -> invoice.
 *
 * | Field                    | X12                                                          |
 * |--------------------------|--------------------------------------------------------------|
 * | invoiceDate, occurredAt  | BIG01 (else GS04/GS05 for occurredAt)                        |
 * | invoiceNumber (mandatory)| BIG02                                                        |
 * | poNumber                 | BIG04                                                        |
 * | netDays                  | ITD07                                                        |
 * | parties                  | N1/N3/N4 loops                                               |
 * | lines[]                  | IT1: 01 line, 02 qty, 03 unit, 04 price (mandatory), 06/07.. id pairs; PID05 |
 * | total                    | TDS01, digits with two implied decimals: "28566" -> "285.66" |
 */
import type { InvoicePayload, NormalizedEvent } from '../../../../lib/events/model.ts';
import { businessKeys, describe, itemRef, parties, qualifiedIds } from './items.ts';
import type { SetReader } from './set-reader.ts';

/** TDS01 is type N2: digits only, the last two of them cents. */
export function impliedCents(digits: string): string | null {
  const m = /^([+-]?)(\d+)$/.exec(digits);
  if (!m) return null;
  const padded = (m[2] as string).padStart(3, '0');
  const whole = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  return `${m[1] === '-' ? '-' : ''}${whole}.${padded.slice(-2)}`;
}

export function invoice(r: SetReader): NormalizedEvent<'invoice'> {
  const big = r.required('BIG', 'beginning segment with the invoice number');
  const invoiceNumber = big ? r.mandatory(big, 2, 'invoice number') : '';
  const invoiceDate = r.date(big, 1, 'invoice date');
  const poNumber = r.optional(big, 4);
  const lines: InvoicePayload['lines'] = [];
  for (const seg of r.segments) {
    if (seg.id === 'IT1') {
      lines.push({
        lineNumber: r.optional(seg, 1),
        quantity: r.quantity(seg, 2, 'quantity invoiced'),
        unit: r.optional(seg, 3),
        unitPrice: r.money(seg, 4, 'unit price') ?? r.mandatory(seg, 4, 'unit price'),
        item: itemRef(qualifiedIds(seg, 6)),
      });
    } else if (seg.id === 'PID') describe(lines.at(-1)?.item, seg);
  }
  const tds = r.first('TDS');
  let total: string | null = null;
  if (tds && r.text(tds, 1).trim() !== '') {
    total = impliedCents(r.text(tds, 1).trim());
    if (total === null) r.problem('not_a_number', `TDS01 (total invoice amount) is "${r.text(tds, 1)}" at segment ${tds.position}; expected digits with two implied decimals, e.g. 28566 for 285.66`, tds, 1);
  }
  const itd = r.first('ITD');
  const payload: InvoicePayload = {
    invoiceNumber,
    invoiceDate,
    poNumber,
    netDays: r.optionalQuantity(itd, 7, 'terms net days'),
    parties: parties(r.segments),
    lines,
    total,
  };
  return {
    type: 'invoice',
    occurredAt: r.occurredAt(invoiceDate, null),
    keys: businessKeys({ purchaseOrders: [poNumber], skus: lines.map((l) => l.item.sku) }),
    payload,
  };
}
