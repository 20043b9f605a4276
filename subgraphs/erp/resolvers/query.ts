import { isStringCursor, pageRequest, toConnection } from '../../../lib/pagination.ts';
import { accountCount, accountPage, type AccountCriteria } from '../db/accounts.repository.ts';
import { allBranches } from '../db/branches.repository.ts';
import { supplierCount, supplierPage } from '../db/purchasing.repository.ts';
import type { AccountFilter, QueryResolvers } from '../generated/resolvers.ts';
import { dbValues } from './enums.ts';

export const Query: QueryResolvers = {
  account: (_, { id }, { loaders }) => loaders.account.load(id),
  accounts: async (_, args, { db, visibleAccounts }) => {
    const page = pageRequest(args, isStringCursor);
    const criteria = accountCriteria(args.filter);
    const [rows, total] = await Promise.all([
      accountPage(db, visibleAccounts, criteria, page),
      accountCount(db, visibleAccounts, criteria),
    ]);
    return toConnection(rows, page.limit, total, (row) => row.id, (row) => row);
  },
  branch: (_, { code }, { loaders }) => loaders.branch.load(code),
  branches: (_, __, { db }) => allBranches(db),
  supplier: (_, { id }, { loaders }) => loaders.supplier.load(id),
  suppliers: async (_, args, { db }) => {
    const page = pageRequest(args, isStringCursor);
    const [rows, total] = await Promise.all([supplierPage(db, page), supplierCount(db)]);
    return toConnection(rows, page.limit, total, (row) => row.id, (row) => row);
  },
  purchaseOrder: (_, { id }, { loaders }) => loaders.purchaseOrder.load(id),
  invoice: (_, { id }, { loaders }) => loaders.invoice.load(id),
};

/** The filter as repository criteria; blank search text is ignored, like an omitted one. */
function accountCriteria(filter: AccountFilter | null | undefined): AccountCriteria {
  const search = filter?.search?.trim();
  return {
    segments: dbValues(filter?.segment),
    creditStatuses: dbValues(filter?.creditStatus),
    search: search ? search : null,
  };
}
