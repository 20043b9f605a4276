import type { StaffOnlyFields } from '../../lib/access.ts';
import type { Resolvers } from './generated/resolvers.ts';

/**
 * Integration is internal work: the event queue (partners' raw documents among them), the
 * trading partners, the alerts and the changes to them are for staff (the whole policy, with
 * reasons, is in lib/access.ts).
 */
export const STAFF_ONLY: StaffOnlyFields<Resolvers> = {
  Query: {
    integrationEvents: 'The integration event queue', integrationEventCounts: 'The integration event queue',
    integrationEvent: 'The integration event queue', alerts: 'Alerts', tradingPartners: 'Trading partners',
  },
  Mutation: {
    retryIntegrationEvent: 'Retrying integration events',
    saveTradingPartner: 'Trading partners',
  },
  // Guarded for _entities sent straight to integration, which would otherwise go around the root fields.
  IntegrationEvent: { __resolveReference: 'The integration event queue' },
};
