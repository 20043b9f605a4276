import { money } from '../../../lib/money.ts';
import type { PriceBreakResolvers } from '../generated/resolvers.ts';

export const PriceBreak: PriceBreakResolvers = {
  minQuantity: (priceBreak) => priceBreak.min_quantity,
  unitPrice: (priceBreak) => money(priceBreak.unit_price_minor, priceBreak.currency_code),
};
