import { badUserInput } from '../../../lib/errors.ts';
import { alertsSince } from '../db/alerts.repository.ts';
import { eventCountsByStatus, queuedEvents, type EventQueueFilter } from '../db/event-queue.repository.ts';
import { tradingPartners } from '../db/partners.repository.ts';
import type { IntegrationEventFilter, IntegrationEventStatus, QueryResolvers } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';

const MAX_PAGE = 500;

/** Event ids are PostgreSQL bigints: up to 18 digits always fit, more may overflow the column's type. */
export const isEventId = (text: string) => /^\d{1,18}$/.test(text);

/** The queue's entry points (Query fields). */
export const eventQueueQueries: Pick<QueryResolvers, 'integrationEvents' | 'integrationEventCounts' | 'integrationEvent' | 'alerts' | 'tradingPartners'> = {
  integrationEvents: async (_, { filter, first, after }, { db }) => {
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badUserInput('first', `must be 1 to ${MAX_PAGE}, got ${size}`);
    if (after != null && !isEventId(after)) throw badUserInput('after', `"${after}" is not a cursor this query returned`);
    const rows = await queuedEvents(db, queueFilter(filter), size + 1, after ?? null);
    const page = rows.slice(0, size);
    return {
      edges: page.map((node) => ({ cursor: node.id, node })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.at(-1)?.id ?? null },
    };
  },
  integrationEventCounts: async (_, { filter }, { db }) =>
    (await eventCountsByStatus(db, queueFilter(filter))).map((c) => ({ status: asEnum<IntegrationEventStatus>(c.status), count: c.count })),
  integrationEvent: (_, { id }, { loaders }) => (isEventId(id) ? loaders.integrationEvent.load(id) : null),
  alerts: (_, { includeResolved }, { db }) => alertsSince(db, { includeResolved: includeResolved ?? false, limit: 200 }),
  tradingPartners: (_, __, { db }) => tradingPartners(db),
};

function queueFilter(filter: IntegrationEventFilter | null | undefined): EventQueueFilter {
  if (!filter) return {};
  // Enum arguments arrive as their internal (database) values; see enums.ts.
  return {
    lane: filter.lane ?? null, partner: filter.partner ?? null, types: filter.types ?? null,
    statuses: filter.statuses ?? null, receivedFrom: filter.receivedFrom ?? null, receivedBefore: filter.receivedBefore ?? null,
    sku: filter.sku ?? null, orderId: filter.orderId ?? null,
  };
}
