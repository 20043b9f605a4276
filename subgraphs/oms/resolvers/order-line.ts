import { money } from '../../../lib/money.ts';
import type { OrderLineResolvers } from '../generated/resolvers.ts';
import { extendedPriceMinor, filledInFull } from '../rules/fulfilment.rules.ts';

export const orderLineResolvers: OrderLineResolvers = {
  lineNumber: (l) => l.line_number,
  product: (l) => ({ sku: l.sku }),
  orderedQuantity: (l) => l.ordered_quantity,
  allocatedQuantity: (l) => l.allocated_quantity,
  shippedQuantity: (l) => l.shipped_quantity,
  backorderedQuantity: (l) => l.backordered_quantity,
  cancelledQuantity: (l) => l.cancelled_quantity,
  substitutedProduct: (l) => (l.substituted_sku === null ? null : { sku: l.substituted_sku }),
  sourcingBranch: (l) => ({ code: l.sourcing_branch_code }),
  unitPrice: (l) => money(l.unit_price_minor, l.currency_code),
  extendedPrice: (l) => money(extendedPriceMinor(l.ordered_quantity, l.unit_price_minor), l.currency_code),
  backorderedSince: (l) => l.backordered_since,
  filledInFull: (l) =>
    filledInFull({ orderedQuantity: l.ordered_quantity, shippedQuantity: l.shipped_quantity, substitutedSku: l.substituted_sku }),
};
