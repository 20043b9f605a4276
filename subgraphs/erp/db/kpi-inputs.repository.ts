import type { Db } from '../../../lib/db.ts';
import type { AccountProfileRecord, InventoryPositionRow, ItemVelocityRecord } from './rows.ts';

/** What other domains' KPIs need from the ERP record, whole: every account, item and position. */

export function accountProfiles(db: Db): Promise<AccountProfileRecord[]> {
  return db.query<AccountProfileRecord>('SELECT id, segment, cohort, payment_terms_days FROM customer_accounts ORDER BY id');
}

export function itemVelocityTiers(db: Db): Promise<ItemVelocityRecord[]> {
  return db.query<ItemVelocityRecord>('SELECT sku, velocity_tier FROM items ORDER BY sku');
}

export function inventorySnapshot(db: Db): Promise<InventoryPositionRow[]> {
  return db.query<InventoryPositionRow>(
    'SELECT sku, branch_code, on_hand, on_hold, safety_stock, last_synced_at FROM inventory_positions ORDER BY sku, branch_code',
  );
}
