import { money } from '../../../lib/money.ts';
import type { QuoteLostReason, QuoteResolvers } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';

export const quoteResolvers: QuoteResolvers = {
  account: (q) => ({ id: q.account_id }),
  issuedAt: (q) => q.issued_at,
  expiresAt: (q) => q.expires_at,
  // Quotes carry no currency column: they are priced in the orders' default currency.
  amount: (q) => money(q.amount_minor),
  convertedAt: (q) => q.converted_at,
  order: (q, _, { loaders }) => loaders.orderByQuoteId.load(q.id),
  lostAt: (q) => q.lost_at,
  lostReason: (q) => asEnum<QuoteLostReason>(q.lost_reason),
};
