import { money } from '../../../lib/money.ts';
import type { CancellationInitiator, OrderResolvers } from '../generated/resolvers.ts';
import { linesValueMinor } from '../rules/fulfilment.rules.ts';
import { asEnum } from './enums.ts';

export const orderResolvers: OrderResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.orderById.load(id),

  account: (o) => ({ id: o.account_id }),
  campaign: (o, _, { loaders }) => (o.campaign_code === null ? null : loaders.campaignByCode.load(o.campaign_code)),
  quote: (o, _, { loaders }) => (o.quote_id === null ? null : loaders.quoteById.load(o.quote_id)),
  customerPo: (o) => o.customer_po,
  placedAt: (o) => o.placed_at,
  requestedDate: (o) => o.requested_date,
  promisedDate: (o) => o.promised_date,
  cancelledBy: (o) => asEnum<CancellationInitiator>(o.cancelled_by),
  cancelReason: (o) => o.cancel_reason,
  shipToBranch: (o) => ({ code: o.ship_to_branch_code }),

  lines: (o, _, { loaders }) => loaders.linesByOrderId.load(o.id),
  statusHistory: (o, _, { loaders }) => loaders.statusHistoryByOrderId.load(o.id),
  shipments: (o, _, { loaders }) => loaders.shipmentsByOrderId.load(o.id),
  exceptions: (o, _, { loaders }) => loaders.exceptionsByOrderId.load(o.id),
  returns: (o, _, { loaders }) => loaders.returnsByOrderId.load(o.id),

  async orderedValue(o, _, { loaders }) {
    const lines = await loaders.linesByOrderId.load(o.id);
    return money(linesValueMinor(lines, (l) => l.ordered_quantity, (l) => l.unit_price_minor), o.currency_code);
  },
  async shippedValue(o, _, { loaders }) {
    const lines = await loaders.linesByOrderId.load(o.id);
    return money(linesValueMinor(lines, (l) => l.shipped_quantity, (l) => l.unit_price_minor), o.currency_code);
  },
  lineCount: async (o, _, { loaders }) => (await loaders.linesByOrderId.load(o.id)).length,
};
