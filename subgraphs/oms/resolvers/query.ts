import { toInt } from '../../../lib/convert.ts';
import { toConnection } from '../../../lib/pagination.ts';
import { exceptionCount, exceptionsPage, exceptionsPastSlaByOwner } from '../db/exceptions.repository.ts';
import { orderCount, ordersPage } from '../db/orders.repository.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { keysetPage, orderCriteria, timeIdPosition } from './pages.ts';

export const queryResolvers: QueryResolvers = {
  order: (_, { id }, { loaders }) => loaders.orderById.load(id),
  quote: (_, { id }, { loaders }) => loaders.quoteById.load(id),
  shipment: (_, { id }, { loaders }) => loaders.shipmentById.load(id),
  return: (_, { id }, { loaders }) => loaders.returnById.load(id),

  async orders(_, { filter, first, after }, { db, visibleAccounts }) {
    const page = keysetPage({ first, after });
    const criteria = orderCriteria(filter, 'filter');
    const accountId = filter?.accountId ?? null;
    const [rows, total] = await Promise.all([
      ordersPage(db, visibleAccounts, criteria, accountId, page),
      orderCount(db, visibleAccounts, criteria, accountId),
    ]);
    return toConnection(rows, page.limit, toInt(total), (o) => timeIdPosition(o.placed_at, o.id), (o) => o);
  },

  async exceptions(_, { filter, first, after }, { db }) {
    const page = keysetPage({ first, after });
    const criteria = { types: filter?.type ?? null, openOnly: filter?.openOnly ?? null, unownedOnly: filter?.unownedOnly ?? null, owner: filter?.owner ?? null };
    const [rows, total] = await Promise.all([exceptionsPage(db, criteria, page), exceptionCount(db, criteria)]);
    return toConnection(rows, page.limit, toInt(total), (e) => timeIdPosition(e.opened_at, e.id), (e) => e);
  },

  // Past their SLA at the same instant slaBreached measures to, so the alert and the field agree.
  exceptionsPastSlaByOwner: async (_, __, { db, loaders }) => exceptionsPastSlaByOwner(db, await loaders.asOf()),
};
