import { money } from '../../../lib/money.ts';
import type { DisputeResolvers } from '../generated/resolvers.ts';
import { isTiedToOrderQuality } from '../rules/receivables.rules.ts';
import { required } from './required.ts';

export const Dispute: DisputeResolvers = {
  invoice: async (dispute, _, { loaders }) =>
    required(await loaders.invoice.load(dispute.invoice_id), `invoice ${dispute.invoice_id} of dispute ${dispute.id}`),
  amount: (dispute) => money(dispute.amount_minor, dispute.currency_code),
  openedAt: (dispute) => dispute.opened_at,
  resolvedAt: (dispute) => dispute.resolved_at,
  tiedToOrderQuality: (dispute) => isTiedToOrderQuality(dispute.reason),
};
