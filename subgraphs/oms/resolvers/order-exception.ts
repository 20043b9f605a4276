import { money } from '../../../lib/money.ts';
import type { OrderExceptionResolvers } from '../generated/resolvers.ts';
import { exceptionAgeHours, slaBreached } from '../rules/fulfilment.rules.ts';

export const orderExceptionResolvers: OrderExceptionResolvers = {
  order: (e, _, { loaders }) => (e.order_id === null ? null : loaders.orderById.load(e.order_id)),
  shipment: (e, _, { loaders }) => (e.shipment_id === null ? null : loaders.shipmentById.load(e.shipment_id)),
  product: (e) => (e.sku === null ? null : { sku: e.sku }),
  branch: (e) => (e.branch_code === null ? null : { code: e.branch_code }),
  openedAt: (e) => e.opened_at,
  slaDueAt: (e) => e.sla_due_at,
  resolvedAt: (e) => e.resolved_at,
  marginImpact: (e) => money(e.margin_impact_minor, e.currency_code),
  integrationEventId: (e) => e.event_id,
  integrationEvent: (e) => (e.event_id === null ? null : { id: e.event_id }),
  slaBreached: async (e, _, { loaders }) => slaBreached(e.sla_due_at, e.resolved_at, await loaders.asOf()),
  ageHours: async (e, _, { loaders }) => exceptionAgeHours(e.opened_at, e.resolved_at, await loaders.asOf()),
  resolutionHours: (e) => (e.resolved_at === null ? null : exceptionAgeHours(e.opened_at, e.resolved_at, e.resolved_at)),
};
