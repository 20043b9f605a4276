import { money } from '../../../lib/money.ts';
import type { PaymentResolvers } from '../generated/resolvers.ts';

export const Payment: PaymentResolvers = {
  receivedAt: (payment) => payment.received_at,
  amount: (payment) => money(payment.amount_minor, payment.currency_code),
};
