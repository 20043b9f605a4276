import { money } from '../../../lib/money.ts';
import type { ContractPriceResolvers } from '../generated/resolvers.ts';

export const ContractPrice: ContractPriceResolvers = {
  product: (price) => ({ sku: price.sku }),
  minQuantity: (price) => price.min_quantity,
  unitPrice: (price) => money(price.unit_price_minor, price.currency_code),
  validFrom: (price) => price.valid_from,
  validTo: (price) => price.valid_to,
};
