import DataLoader from 'dataloader';
import type { VisibleAccounts } from '../../lib/access.ts';
import type { Db } from '../../lib/db.ts';
import { listLoader, onceLoader, rowLoader } from '../../lib/loaders.ts';
import { toConnection, type Connection, type PageRequest } from '../../lib/pagination.ts';
import { toInt } from '../../lib/convert.ts';
import { accountsByIds, contractPricesByAccountIds, priceBreaksByListsAndSkus, priceListsByIds } from './db/accounts.repository.ts';
import { allBranches, branchesByCodes } from './db/branches.repository.ts';
import { creditHoldsByAccountIds, creditHoldsByOrderIds, disputesByAccountIds, disputesByInvoiceIds } from './db/credit-control.repository.ts';
import { inventoryBySkus, itemStockBySkus, weeklyForecastsBySkus } from './db/items.repository.ts';
import {
  openPurchaseOrderLinesBySkus,
  purchaseOrderCountsBySuppliers,
  purchaseOrderLinesByOrderIds,
  purchaseOrderPagesBySuppliers,
  purchaseOrdersByIds,
  receiptsByLines,
  suppliersByIds,
  type PurchaseOrderLineKey,
} from './db/purchasing.repository.ts';
import { invoiceCountsByAccounts, invoiceLinesByInvoiceIds, invoicePagesByAccounts, invoicesByIds, invoicesByOrderIds, paymentsByInvoiceIds } from './db/receivables.repository.ts';
import type { CountRecord, InvoiceRow, PurchaseOrderRow } from './db/rows.ts';
import type { PriceListSkuKey } from './db/accounts.repository.ts';
import { createKpiLoaders } from './kpi-loaders.ts';
import { inboundFactsBySkus, openInvoicesByAccountIds, supplierEtaSlips } from './db/storefront.repository.ts';

/**
 * Every DataLoader of one ERP request. Entity references and per-parent lists all go through
 * these, so a page of N parents costs one statement per field whatever N is. Lists that take
 * arguments get one loader per distinct argument set (`perArguments`), batching the parents that
 * share them into one statement.
 *
 * Account data is read as the caller may see it: every account-scoped loader passes `visible`
 * (lib/access.ts) to its statement, so another account's rows read as absent, whichever field or
 * reference asks for them.
 */
export function createLoaders(db: Db, visible: VisibleAccounts) {
  return {
    // Products: one statement serves itemMaster and the three network totals.
    itemStock: rowLoader((skus: readonly string[]) => itemStockBySkus(db, skus), (row) => row.sku),
    inventory: listLoader((skus: readonly string[]) => inventoryBySkus(db, skus), (row) => row.sku),
    inboundSupply: listLoader((skus: readonly string[]) => openPurchaseOrderLinesBySkus(db, skus), (row) => row.sku),
    weeklyForecasts: perArguments((weeks: { fromWeek: string; toWeek: string }) =>
      listLoader((skus: readonly string[]) => weeklyForecastsBySkus(db, skus, weeks), (row) => row.sku),
    ),

    branch: rowLoader((codes: readonly string[]) => branchesByCodes(db, codes), (row) => row.code),

    supplier: rowLoader((ids: readonly string[]) => suppliersByIds(db, ids), (row) => row.id),
    purchaseOrder: rowLoader((ids: readonly string[]) => purchaseOrdersByIds(db, ids), (row) => row.id),
    purchaseOrdersBySupplier: perArguments((page: PageRequest<[string, string]>) =>
      connectionLoader<PurchaseOrderRow>(
        page.limit,
        (ids) => purchaseOrderPagesBySuppliers(db, ids, page),
        (ids) => purchaseOrderCountsBySuppliers(db, ids),
        (row) => row.supplier_id,
        (row) => [row.ordered_at.toISOString(), row.id],
      ),
    ),
    purchaseOrderLines: listLoader((ids: readonly string[]) => purchaseOrderLinesByOrderIds(db, ids), (row) => row.purchase_order_id),
    receipts: listLoader(
      (lines: readonly PurchaseOrderLineKey[]) => receiptsByLines(db, lines),
      (row) => ({ purchaseOrderId: row.purchase_order_id, lineNumber: row.line_number }),
      (line) => `${line.purchaseOrderId}#${line.lineNumber}`,
    ),

    account: rowLoader((ids: readonly string[]) => accountsByIds(db, visible, ids), (row) => row.id),
    contractPrices: listLoader((ids: readonly string[]) => contractPricesByAccountIds(db, visible, ids), (row) => row.account_id),
    priceList: rowLoader((ids: readonly string[]) => priceListsByIds(db, ids), (row) => row.id),
    priceBreaks: listLoader(
      (keys: readonly PriceListSkuKey[]) => priceBreaksByListsAndSkus(db, keys),
      (row) => ({ priceListId: row.price_list_id, sku: row.sku }),
      (key) => `${key.priceListId}#${key.sku}`,
    ),

    // Storefront: inbound supply with its supplier's ETA slip, and open invoices for credit checks.
    inboundFacts: listLoader((skus: readonly string[]) => inboundFactsBySkus(db, skus), (row) => row.sku),
    supplierEtaSlips: onceLoader(() => supplierEtaSlips(db)),
    allBranches: onceLoader(() => allBranches(db)),
    // An account's invoices with a balance left: its open balance, and the storefront's credit check.
    openInvoices: listLoader((ids: readonly string[]) => openInvoicesByAccountIds(db, visible, ids), (row) => row.account_id),

    invoice: rowLoader((ids: readonly string[]) => invoicesByIds(db, visible, ids), (row) => row.id),
    invoicesByOrder: listLoader((ids: readonly string[]) => invoicesByOrderIds(db, visible, ids), (row) => row.order_id ?? ''),
    invoicesByAccount: perArguments((args: { statuses: readonly string[] | null; page: PageRequest<[string, string]> }) =>
      connectionLoader<InvoiceRow>(
        args.page.limit,
        (ids) => invoicePagesByAccounts(db, visible, ids, args.statuses, args.page),
        (ids) => invoiceCountsByAccounts(db, visible, ids, args.statuses),
        (row) => row.account_id,
        (row) => [row.issued_at.toISOString(), row.id],
      ),
    ),
    payments: listLoader((ids: readonly string[]) => paymentsByInvoiceIds(db, visible, ids), (row) => row.invoice_id),
    invoiceLines: listLoader((ids: readonly string[]) => invoiceLinesByInvoiceIds(db, ids), (row) => row.invoice_id),
    creditHoldsByAccount: listLoader((ids: readonly string[]) => creditHoldsByAccountIds(db, visible, ids), (row) => row.account_id),
    creditHoldsByOrder: listLoader((ids: readonly string[]) => creditHoldsByOrderIds(db, visible, ids), (row) => row.order_id ?? ''),
    disputesByAccount: listLoader((ids: readonly string[]) => disputesByAccountIds(db, visible, ids), (row) => row.account_id),
    disputesByInvoice: listLoader((ids: readonly string[]) => disputesByInvoiceIds(db, visible, ids), (row) => row.invoice_id),

    kpi: createKpiLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** One loader per distinct argument set, created on first use within the request. */
function perArguments<Args, Loader>(create: (args: Args) => Loader): (args: Args) => Loader {
  const loaders = new Map<string, Loader>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/**
 * A page per parent: `fetchPages` returns up to limit + 1 rows per parent (a LATERAL join over the
 * parents' keys) and `fetchCounts` the totals, so any number of parents costs two statements.
 */
function connectionLoader<Row>(
  limit: number,
  fetchPages: (parentKeys: readonly string[]) => Promise<Row[]>,
  fetchCounts: (parentKeys: readonly string[]) => Promise<CountRecord[]>,
  parentOf: (row: Row) => string,
  positionOf: (row: Row) => unknown,
): DataLoader<string, Connection<Row>> {
  return new DataLoader<string, Connection<Row>>(async (parentKeys) => {
    const [rows, counts] = await Promise.all([fetchPages(parentKeys), fetchCounts(parentKeys)]);
    const totals = new Map(counts.map((count) => [count.key, toInt(count.total)]));
    const rowsByParent = new Map<string, Row[]>(parentKeys.map((key) => [key, []]));
    for (const row of rows) rowsByParent.get(parentOf(row))?.push(row);
    return parentKeys.map((key) => toConnection(rowsByParent.get(key) ?? [], limit, totals.get(key) ?? 0, positionOf, (row) => row));
  });
}
