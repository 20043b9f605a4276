import type { PurchaseOrderLineRefRecord } from '../db/rows.ts';
import { Failure, type OrderLine, type PurchaseOrderRef, type References } from './batch.ts';

/** What 855s and 856s share: the partner must be a supplier, and the order its own. */

/** The sending partner's supplier id, or why its purchase order documents cannot apply. */
export function supplierOf(partner: { id: string; supplierId: string | null }, document: string): string | Failure {
  return partner.supplierId ?? new Failure(`partner ${partner.id} is not set up as a supplier, so its ${document} cannot be applied`);
}

/** The purchase order, when it exists and is the supplier's. */
export function supplierOrder(references: References, poNumber: string, supplierId: string): PurchaseOrderRef | Failure {
  const order = references.purchaseOrders.get(poNumber);
  if (!order) return new Failure(`purchase order ${poNumber} is not on record`);
  if (order.supplierId !== supplierId) return new Failure(`purchase order ${poNumber} is not supplier ${supplierId}'s`);
  return order;
}

/** The loaded line records grouped into orders, lines in line-number order. */
export function purchaseOrdersFrom(records: readonly PurchaseOrderLineRefRecord[]): Map<string, PurchaseOrderRef> {
  const orders = new Map<string, PurchaseOrderRef>();
  for (const record of records) {
    let order = orders.get(record.purchase_order_id);
    if (!order) {
      order = { id: record.purchase_order_id, supplierId: record.supplier_id, status: record.status, lines: [] };
      orders.set(order.id, order);
    }
    if (record.line_number === null || record.sku === null) continue;
    const expecting = order.status === 'open' || order.status === 'partially_received';
    const open = expecting && (record.received_quantity ?? 0) < (record.ordered_quantity ?? 0);
    order.lines.push({ lineNumber: record.line_number, sku: record.sku, open });
  }
  return orders;
}

/** The order line a partner line means: by line number when it names one we have, else the first line (open first) with its SKU. */
export function matchLine(order: PurchaseOrderRef, lineNumber: number | null, skus: readonly string[]): OrderLine | undefined {
  const byNumber = lineNumber === null ? undefined : order.lines.find((line) => line.lineNumber === lineNumber);
  if (byNumber) return byNumber;
  const bySku = order.lines.filter((line) => skus.includes(line.sku));
  return bySku.find((line) => line.open) ?? bySku[0];
}
