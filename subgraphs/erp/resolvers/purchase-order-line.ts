import { money } from '../../../lib/money.ts';
import type { PurchaseOrderLineResolvers } from '../generated/resolvers.ts';
import { openQuantity } from '../rules/inventory.rules.ts';
import { required } from './required.ts';

export const PurchaseOrderLine: PurchaseOrderLineResolvers = {
  purchaseOrder: async (line, _, { loaders }) =>
    required(await loaders.purchaseOrder.load(line.purchase_order_id), `purchase order ${line.purchase_order_id}`),
  lineNumber: (line) => line.line_number,
  product: (line) => ({ sku: line.sku }),
  orderedQuantity: (line) => line.ordered_quantity,
  receivedQuantity: (line) => line.received_quantity,
  openQuantity: (line) => openQuantity(line.ordered_quantity, line.received_quantity),
  unitCost: (line) => money(line.unit_cost_minor, line.currency_code),
  supplierCommitDate: (line) => line.supplier_commit_date,
  currentEta: (line) => line.current_eta,
  receipts: (line, _, { loaders }) =>
    loaders.receipts.load({ purchaseOrderId: line.purchase_order_id, lineNumber: line.line_number }),
};
