import type { Sku } from '../catalog/products.ts';
import type { PlannedShipment } from '../fulfilment/model.ts';
import type { InvoiceLineRow } from '../tables/erp.ts';

/**
 * The lines of a shipment's invoice: one per order line the shipment carried units of, numbered
 * as the order line, for the SKU that left the warehouse (the substitute when the line was
 * substituted) at the order's unit price, with that item's list price and standard cost. The
 * lines add up to the shipment's value, which is the invoice amount. Draws no random numbers, so
 * adding lines changes no other generated row.
 */
export function invoiceLineRows(invoiceId: string, shipment: PlannedShipment, bySku: ReadonlyMap<string, Sku>): InvoiceLineRow[] {
  const rows: InvoiceLineRow[] = [];
  for (const { line, quantity } of shipment.items) {
    if (quantity <= 0) continue;
    const shipped = line.substitutedSku === null ? line.draft.sku : bySku.get(line.substitutedSku);
    if (!shipped) throw new Error(`substitute ${line.substitutedSku} of ${line.draft.sku.sku} is not in the catalog`);
    rows.push({
      invoice_id: invoiceId,
      line_number: line.draft.lineNumber,
      sku: shipped.sku,
      quantity,
      unit_price_minor: line.draft.unitPriceMinor,
      list_price_minor: shipped.item.list_price_minor,
      unit_cost_minor: shipped.item.standard_cost_minor,
    });
  }
  return rows;
}
