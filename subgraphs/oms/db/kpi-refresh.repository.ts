import type { Db } from '../../../lib/db.ts';
import { BRANCH_FULFILMENT_TIMES, CREDITED_RETURN, EXCEPTION_WEEK, QUOTE_LOSS_WEEK, QUOTE_WEEK, SHIPMENT_WEEK, WEEK_TOTALS } from './kpi-refresh-events.sql.ts';
import { BACKORDER_WEEK, DELIVERED_ORDER, DELIVERY_WEEK, ORDER_WEEK, SKU_WEEK } from './kpi-refresh-orders.sql.ts';

/**
 * Rebuilds the weekly KPI aggregates (migration 20261126_0002) from the raw OMS tables: every
 * table emptied and refilled in one transaction, so readers see the old or the new figures,
 * never a mix, and are not held up meanwhile. Weeks are ISO weeks in UTC keyed by their Monday.
 */

/** In dependency order: delivery and week totals read the tables filled before them. */
const REFRESH: [table: string, fill: string][] = [
  ['kpi_order_week', ORDER_WEEK],
  ['kpi_delivered_order', DELIVERED_ORDER],
  ['kpi_delivery_week', DELIVERY_WEEK],
  ['kpi_sku_week', SKU_WEEK],
  ['kpi_backorder_week', BACKORDER_WEEK],
  ['kpi_shipment_week', SHIPMENT_WEEK],
  ['kpi_quote_week', QUOTE_WEEK],
  ['kpi_quote_loss_week', QUOTE_LOSS_WEEK],
  ['kpi_credited_return', CREDITED_RETURN],
  ['kpi_exception_week', EXCEPTION_WEEK],
  ['kpi_week_totals', WEEK_TOTALS],
  ['branch_fulfilment_times', BRANCH_FULFILMENT_TIMES],
];

export async function refreshKpiAggregates(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // JIT compilation costs more than it saves on these one-pass statements (about 0.5 s each).
    await tx.query('SET LOCAL jit = off');
    // DELETE, not TRUNCATE: the running graph rebuilds these after applying integration events,
    // and TRUNCATE would lock out every reader (the storefront reads branch_fulfilment_times)
    // until the rebuild commits. Deleted, readers keep the old rows until then.
    for (const [table] of REFRESH) await tx.query(`DELETE FROM ${table}`);
    for (const [, fill] of REFRESH) await tx.query(fill);
    await tx.query(`ANALYZE ${REFRESH.map(([table]) => table).join(', ')}`);
  });
}
