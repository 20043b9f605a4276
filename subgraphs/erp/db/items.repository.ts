import type { Db } from '../../../lib/db.ts';
import type { InventoryPositionRow, ItemStockRecord, WeeklyForecastRow } from './rows.ts';

/**
 * Items with their stock summed over every branch, in one statement, so a product's item record
 * and its network totals cost one query for a whole page. SKUs the ERP does not carry are absent
 * (inventory positions reference items, so such SKUs have no stock either). The SKU test is
 * repeated on the positions so only the page's positions are read and grouped, not all of them.
 */
export function itemStockBySkus(db: Db, skus: readonly string[]): Promise<ItemStockRecord[]> {
  return db.query<ItemStockRecord>(
    `SELECT i.sku, i.description, i.unit_of_measure, i.family, i.velocity_tier, i.standard_cost_minor,
            i.list_price_minor, i.currency_code, i.primary_supplier_id, i.min_order_quantity,
            i.order_increment, i.active,
            coalesce(sum(p.on_hand), 0) AS network_on_hand,
            coalesce(sum(p.on_hold), 0) AS network_on_hold,
            coalesce(sum(p.safety_stock), 0) AS network_safety_stock
       FROM items i
       LEFT JOIN inventory_positions p ON p.sku = i.sku AND p.sku = ANY($1::text[])
      WHERE i.sku = ANY($1::text[])
      GROUP BY i.sku`,
    [skus],
  );
}

export function inventoryBySkus(db: Db, skus: readonly string[]): Promise<InventoryPositionRow[]> {
  return db.query<InventoryPositionRow>(
    `SELECT sku, branch_code, on_hand, on_hold, safety_stock, last_synced_at
       FROM inventory_positions
      WHERE sku = ANY($1::text[])
      ORDER BY sku, branch_code`,
    [skus],
  );
}

/** Forecast snapshots for weeks starting within [fromWeek, toWeek], by week then lag. */
export function weeklyForecastsBySkus(
  db: Db,
  skus: readonly string[],
  weeks: { fromWeek: string; toWeek: string },
): Promise<WeeklyForecastRow[]> {
  return db.query<WeeklyForecastRow>(
    `SELECT sku, week_start, lag_weeks, forecast_quantity
       FROM demand_forecasts
      WHERE sku = ANY($1::text[]) AND week_start BETWEEN $2::date AND $3::date
      ORDER BY sku, week_start, lag_weeks`,
    [skus, weeks.fromWeek, weeks.toWeek],
  );
}
