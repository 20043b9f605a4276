import type { OrderResolvers } from '../generated/resolvers.ts';

export const Order: OrderResolvers = {
  // Orders live in the OMS; the ERP only holds their ids on invoices and holds, so any order id
  // resolves (with empty lists when the ERP has nothing for it) and the lists load in batches.
  __resolveReference: (reference) => ({ id: reference.id }),
  invoices: (order, _, { loaders }) => loaders.invoicesByOrder.load(order.id),
  creditHolds: (order, _, { loaders }) => loaders.creditHoldsByOrder.load(order.id),
};
