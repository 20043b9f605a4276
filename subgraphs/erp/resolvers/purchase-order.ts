import type { PurchaseOrderResolvers } from '../generated/resolvers.ts';
import { required } from './required.ts';

export const PurchaseOrder: PurchaseOrderResolvers = {
  supplier: async (order, _, { loaders }) =>
    required(await loaders.supplier.load(order.supplier_id), `supplier ${order.supplier_id} of ${order.id}`),
  branch: async (order, _, { loaders }) =>
    required(await loaders.branch.load(order.branch_code), `branch ${order.branch_code} of ${order.id}`),
  orderedAt: (order) => order.ordered_at,
  lines: (order, _, { loaders }) => loaders.purchaseOrderLines.load(order.id),
};
