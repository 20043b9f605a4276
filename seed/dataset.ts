import { generateAccounts } from './accounts.ts';
import { generateCatalog } from './catalog/catalog.ts';
import { FAMILIES } from './catalog/families.ts';
import { DEFAULT_SCALE, DEFAULT_SEED, GENERATOR_VERSION, HISTORY_WEEKS, scaledVolumes } from './config.ts';
import { campaignsFor } from './demand/campaigns.ts';
import { generateDemand } from './demand/demand.ts';
import type { OrderDraft } from './demand/drafts.ts';
import { creditHoldRows, settleCreditStatus } from './finance/credit.ts';
import { generateReceivables } from './finance/receivables.ts';
import { generateForecasts } from './forecasts.ts';
import { generateExceptions } from './fulfilment/exceptions.ts';
import { generateReturns } from './fulfilment/returns.ts';
import { orderLineRow, orderRow, shipmentRows, statusHistory } from './fulfilment/snapshot.ts';
import { simulateOrders } from './fulfilment/timeline.ts';
import { branchRows, branchSyncTimes, generateSuppliers } from './network.ts';
import { priceListPriceRows, priceListRows } from './pricing.ts';
import { generateInventory } from './supply/inventory.ts';
import { generatePurchasing } from './supply/purchasing.ts';
import type { ErpTables } from './tables/erp.ts';
import type { OmsTables, OrderLineRow, OrderRow, OrderStatusHistoryRow } from './tables/oms.ts';
import type { PimTables } from './tables/pim.ts';
import { historyWeek, timelineFor, type Timeline } from './timeline.ts';

/** The three databases' rows, generated in memory; same seed, scale and as-of give identical rows. */
export interface Dataset {
  seed: number;
  scale: number;
  /** The as-of instant (23:59:59Z on the as-of day) the rows describe. */
  asOf: Date;
  timeline: Timeline;
  generatorVersion: number;
  erp: ErpTables;
  pim: PimTables;
  oms: OmsTables;
}

export interface GenerateOptions {
  seed?: number;
  scale?: number;
  /**
   * The day the dataset describes, YYYY-MM-DD (to 23:59:59Z). Required, so that generation never
   * reads the clock: callers pass today (todayUtc) for a demo and PINNED_AS_OF for figures that must hold.
   */
  asOf: string;
}

export function generateDataset(options: GenerateOptions): Dataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? DEFAULT_SCALE;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647) throw new RangeError(`seed must be an integer from 0 to 2147483647, got ${seed}`);
  const timeline = timelineFor(options.asOf);
  const asOfMs = timeline.asOfMs;
  const volumes = scaledVolumes(scale, FAMILIES.length);
  const syncTimes = branchSyncTimes(seed, asOfMs);
  const suppliers = generateSuppliers(seed, volumes);
  const catalog = generateCatalog(seed, timeline, volumes, suppliers);
  const accounts = generateAccounts(seed, timeline, volumes, catalog);
  const campaigns = campaignsFor(timeline);
  const demand = generateDemand(seed, { timeline, campaigns }, volumes, catalog, accounts);
  const outcomes = simulateOrders(seed, demand.orders, catalog, accounts);

  const orders: OrderRow[] = [];
  const orderLines: OrderLineRow[] = [];
  const history: OrderStatusHistoryRow[] = [];
  for (const order of outcomes) {
    orders.push(orderRow(order, asOfMs));
    for (const line of order.lines) orderLines.push(orderLineRow(order, line, asOfMs));
    history.push(...statusHistory(order, asOfMs));
  }
  const shipments = shipmentRows(outcomes, asOfMs);
  const receivables = generateReceivables(seed, asOfMs, shipments.live, catalog.bySku);
  const creditHolds = creditHoldRows(outcomes, asOfMs);
  settleCreditStatus(accounts, asOfMs, creditHolds, receivables.invoices);

  const { byPosition, bySku } = demandHistory(timeline, demand.orders);
  const purchasing = generatePurchasing(seed, timeline, catalog, suppliers, byPosition);
  const inventory = generateInventory(seed, timeline, catalog.skus, orderLines, byPosition, purchasing.receivedByPosition, syncTimes);

  return {
    seed,
    scale,
    asOf: new Date(asOfMs),
    timeline,
    generatorVersion: GENERATOR_VERSION,
    pim: catalog.pim,
    erp: {
      branches: branchRows(syncTimes),
      suppliers: suppliers.map((supplier) => supplier.row),
      items: catalog.skus.map((sku) => sku.item),
      price_lists: priceListRows(),
      price_list_prices: priceListPriceRows(catalog.skus),
      customer_accounts: accounts.map((account) => account.row),
      contract_prices: accounts.flatMap((account) => [...account.contracts.values()].flat()),
      inventory_positions: inventory.positions,
      inventory_layers: inventory.layers,
      purchase_orders: purchasing.purchaseOrders,
      purchase_order_lines: purchasing.lines,
      receipts: purchasing.receipts,
      invoices: receivables.invoices,
      invoice_lines: receivables.invoiceLines,
      payments: receivables.payments,
      credit_holds: creditHolds,
      disputes: receivables.disputes,
      demand_forecasts: generateForecasts(seed, timeline, catalog.skus, bySku),
    },
    oms: {
      campaigns,
      quotes: demand.quotes,
      orders,
      order_status_history: history,
      order_lines: orderLines,
      shipments: shipments.rows,
      exceptions: generateExceptions(seed, asOfMs, outcomes, shipments.live),
      returns: generateReturns(seed, asOfMs, shipments.live),
    },
  };
}

/** Ordered units: average per week by `sku|branch`, and per SKU by complete history week. */
function demandHistory(timeline: Timeline, orders: readonly OrderDraft[]): { byPosition: Map<string, number>; bySku: Map<string, Float64Array> } {
  const byPosition = new Map<string, number>();
  const bySku = new Map<string, Float64Array>();
  const historyWeeks = timeline.historyDays / 7;
  for (const order of orders) {
    const week = historyWeek(timeline, order.placedMs);
    for (const line of order.lines) {
      const key = `${line.sku.sku}|${line.sourcingBranch}`;
      byPosition.set(key, (byPosition.get(key) ?? 0) + line.quantity / historyWeeks);
      let weeks = bySku.get(line.sku.sku);
      if (!weeks) bySku.set(line.sku.sku, (weeks = new Float64Array(HISTORY_WEEKS)));
      if (week >= 0 && week < HISTORY_WEEKS) weeks[week] = weeks[week]! + line.quantity;
    }
  }
  return { byPosition, bySku };
}
