import type { VisibleAccounts } from '../../lib/access.ts';
import type { Db } from '../../lib/db.ts';
import { listLoader, onceLoader, rowLoader } from '../../lib/loaders.ts';
import { datasetAsOf } from './db/dataset.repository.ts';
import { exceptionsByOrderIds } from './db/exceptions.repository.ts';
import type { Keyset } from './db/keyset.ts';
import { branchFulfilmentTimes, openDemandBySkus } from './db/storefront.repository.ts';
import { campaignsByCodes, orderLinesByOrderIds, statusHistoryByOrderIds } from './db/order-details.repository.ts';
import { firstOrdersByQuoteIds, orderCountsByAccounts, ordersByIds, ordersPageByAccounts, type OrderCriteria } from './db/orders.repository.ts';
import { quoteCountsByAccounts, quotesByIds, quotesPageByAccounts } from './db/quotes.repository.ts';
import { returnCountsByAccounts, returnsByIds, returnsByOrderIds, returnsPageByAccounts } from './db/returns.repository.ts';
import { shipmentCountsByBranches, shipmentsByIds, shipmentsByOrderIds, shipmentsPageByBranches, type ShippedWindow } from './db/shipments.repository.ts';
import { createKpiLoaders } from './kpi-loaders.ts';
import { parentPageLoader } from './page-loader.ts';

/**
 * Every DataLoader of one request: entity references and per-parent lists, one statement per batch.
 * Orders and everything belonging to them are read as the caller may see them: each such loader
 * passes `visible` (lib/access.ts) to its statement, so another account's rows read as absent,
 * whichever field or reference asks for them.
 */
export function createLoaders(db: Db, visible: VisibleAccounts) {
  let asOf: Promise<Date> | undefined;
  return {
    orderById: rowLoader((ids: readonly string[]) => ordersByIds(db, visible, ids), (row) => row.id),
    orderByQuoteId: rowLoader((ids: readonly string[]) => firstOrdersByQuoteIds(db, visible, ids), (row) => row.quote_id ?? ''),
    quoteById: rowLoader((ids: readonly string[]) => quotesByIds(db, visible, ids), (row) => row.id),
    shipmentById: rowLoader((ids: readonly string[]) => shipmentsByIds(db, visible, ids), (row) => row.id),
    returnById: rowLoader((ids: readonly string[]) => returnsByIds(db, visible, ids), (row) => row.id),
    campaignByCode: rowLoader((codes: readonly string[]) => campaignsByCodes(db, codes), (row) => row.code),

    linesByOrderId: listLoader((ids: readonly string[]) => orderLinesByOrderIds(db, visible, ids), (row) => row.order_id),
    statusHistoryByOrderId: listLoader((ids: readonly string[]) => statusHistoryByOrderIds(db, visible, ids), (row) => row.order_id),
    shipmentsByOrderId: listLoader((ids: readonly string[]) => shipmentsByOrderIds(db, visible, ids), (row) => row.order_id),
    exceptionsByOrderId: listLoader((ids: readonly string[]) => exceptionsByOrderIds(db, ids), (row) => row.order_id ?? ''),
    returnsByOrderId: listLoader((ids: readonly string[]) => returnsByOrderIds(db, visible, ids), (row) => row.order_id),

    // Open order lines per product (allocatedQuantity, availability, promise) and the branches' measured times.
    openDemand: listLoader((skus: readonly string[]) => openDemandBySkus(db, skus), (row) => row.sku),
    fulfilmentTimes: onceLoader(() => branchFulfilmentTimes(db)),

    ordersByAccount: parentPageLoader(
      (ids, args: { criteria: OrderCriteria; page: Keyset }) => ordersPageByAccounts(db, visible, ids, args.criteria, args.page),
      (ids, args) => orderCountsByAccounts(db, visible, ids, args.criteria),
      (row) => row.account_id,
    ),
    quotesByAccount: parentPageLoader(
      (ids, args: { statuses: string[] | null; page: Keyset }) => quotesPageByAccounts(db, visible, ids, args.statuses, args.page),
      (ids, args) => quoteCountsByAccounts(db, visible, ids, args.statuses),
      (row) => row.account_id,
    ),
    returnsByAccount: parentPageLoader(
      (ids, args: { page: Keyset }) => returnsPageByAccounts(db, visible, ids, args.page),
      (ids) => returnCountsByAccounts(db, visible, ids),
      (row) => row.account_id,
    ),
    shipmentsByBranch: parentPageLoader(
      (codes, args: { window: ShippedWindow; page: Keyset }) => shipmentsPageByBranches(db, codes, args.window, args.page),
      (codes, args) => shipmentCountsByBranches(db, codes, args.window),
      (row) => row.branch_code,
    ),

    /** The weekly KPI aggregates, read once per request for all the periods it asks about. */
    kpi: createKpiLoaders(db),

    /** The instant "now" means for this request: the dataset's as-of when recorded, read once. */
    asOf(): Promise<Date> {
      asOf ??= datasetAsOf(db).then((recorded) => recorded ?? new Date());
      return asOf;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
