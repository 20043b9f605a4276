import type { IntegrationEventResolvers, IntegrationEventStatus, IntegrationLane } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';

export const IntegrationEvent: IntegrationEventResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.integrationEvent.load(id),
  lane: (row) => asEnum<IntegrationLane>(row.lane),
  partner: (row) => row.partner_id,
  status: (row) => asEnum<IntegrationEventStatus>(row.status),
  occurredAt: (row) => row.occurred_at,
  receivedAt: (row) => row.received_at,
  statusChangedAt: (row) => row.status_changed_at,
  sourceId: (row) => row.source_id,
  businessKeys: (row) => ({
    orders: row.keys.orders ?? [], purchaseOrders: row.keys.purchaseOrders ?? [], skus: row.keys.skus ?? [],
    accounts: row.keys.accounts ?? [], shipments: row.keys.shipments ?? [], branches: row.keys.branches ?? [],
  }),
  normalizedPayload: (row) => (row.payload === null ? null : JSON.stringify(row.payload)),
  rawPayload: (row) => row.raw,
  interchangeId: (row) => row.interchange_id,
  duplicateOf: (row, _, { loaders }) => (row.duplicate_of === null ? null : loaders.integrationEvent.load(row.duplicate_of)),
  appliesTo: (row) => row.applies_to,
};
