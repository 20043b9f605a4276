import { isTimeIdCursor, pageRequest } from '../../../lib/pagination.ts';
import type { SupplierResolvers } from '../generated/resolvers.ts';

export const Supplier: SupplierResolvers = {
  leadTimeDays: (supplier) => supplier.lead_time_days,
  paymentTerms: (supplier) => supplier.payment_terms,
  purchaseOrders: (supplier, args, { loaders }) =>
    loaders.purchaseOrdersBySupplier(pageRequest(args, isTimeIdCursor)).load(supplier.id),
};
