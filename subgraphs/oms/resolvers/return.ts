import { money } from '../../../lib/money.ts';
import type { ReturnResolvers } from '../generated/resolvers.ts';
import { returnCycleDays } from '../rules/fulfilment.rules.ts';
import { existing } from './references.ts';

export const returnResolvers: ReturnResolvers = {
  order: (r, _, { loaders }) => existing(loaders.orderById.load(r.order_id), `order ${r.order_id} of return ${r.id}`),
  lineNumber: (r) => r.line_number,
  product: (r) => ({ sku: r.sku }),
  requestedAt: (r) => r.requested_at,
  authorizedAt: (r) => r.authorized_at,
  receivedAt: (r) => r.received_at,
  inspectedAt: (r) => r.inspected_at,
  creditedAt: (r) => r.credited_at,
  cost: (r) => money(r.cost_minor, r.currency_code),
  credit: (r) => money(r.credit_minor, r.currency_code),
  cycleDays: (r) => returnCycleDays(r.requested_at, r.credited_at),
};
