import { isVisibleAccount } from '../../../lib/access.ts';
import type { AccountResolvers } from '../generated/resolvers.ts';
import { keysetPage, orderCriteria, parentConnection, timeIdPosition } from './pages.ts';

export const accountResolvers: AccountResolvers = {
  // The ERP owns accounts: any id it sends is an account here, possibly with nothing ordered yet.
  // Answering null would make the gateway null out the ERP's account too, so no look-up is made;
  // an account the caller may not see is null, as the ERP answers it (its lists are scoped too).
  __resolveReference: ({ id }, { visibleAccounts }) => (isVisibleAccount(visibleAccounts, id) ? { id } : null),

  async orders({ id }, { filter, first, after }, { loaders }) {
    const page = keysetPage({ first, after });
    const criteria = orderCriteria(filter, 'filter');
    const result = await loaders.ordersByAccount.load({ parent: id, args: { criteria, page } });
    return parentConnection(result, page, (o) => timeIdPosition(o.placed_at, o.id));
  },

  async quotes({ id }, { status, first, after }, { loaders }) {
    const page = keysetPage({ first, after });
    const result = await loaders.quotesByAccount.load({ parent: id, args: { statuses: status ?? null, page } });
    return parentConnection(result, page, (q) => timeIdPosition(q.issued_at, q.id));
  },

  async returns({ id }, { first, after }, { loaders }) {
    const page = keysetPage({ first, after });
    const result = await loaders.returnsByAccount.load({ parent: id, args: { page } });
    return parentConnection(result, page, (r) => timeIdPosition(r.requested_at, r.id));
  },
};
