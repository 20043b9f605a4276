import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import { keysetParams, type Keyset, type ParentCount } from './keyset.ts';
import type { ShipmentRow } from './rows.ts';

const SHIPMENT_COLUMNS = 's.*, o.currency_code';

// A shipment belongs to its order's account: the look-ups take the caller's visible accounts
// (lib/access.ts; null: all). A branch's shipment list is staff-only (access.ts), so it is not scoped.

export function shipmentsByIds(db: Db, visible: VisibleAccounts, ids: readonly string[]): Promise<ShipmentRow[]> {
  return db.query<ShipmentRow>(
    `SELECT ${SHIPMENT_COLUMNS} FROM shipments s JOIN orders o ON o.id = s.order_id
      WHERE s.id = ANY($1::text[]) AND ($2::text[] IS NULL OR o.account_id = ANY($2::text[]))`,
    [ids, visible],
  );
}

/** Shipments of several orders, earliest ship cutoff first. */
export function shipmentsByOrderIds(db: Db, visible: VisibleAccounts, orderIds: readonly string[]): Promise<ShipmentRow[]> {
  return db.query<ShipmentRow>(
    `SELECT ${SHIPMENT_COLUMNS} FROM shipments s JOIN orders o ON o.id = s.order_id
      WHERE s.order_id = ANY($1::text[]) AND ($2::text[] IS NULL OR o.account_id = ANY($2::text[]))
      ORDER BY s.order_id, s.ship_by, s.id`,
    [orderIds, visible],
  );
}

/** Shipped-date window, whole UTC days; either end may be open. */
export interface ShippedWindow {
  shippedFrom?: string | null;
  shippedTo?: string | null;
}

// Parameters $1..$2 of every branch-shipment statement.
const SHIPPED_WINDOW_SQL = `
      ($1::date IS NULL OR s.shipped_at >= ($1::date::timestamp AT TIME ZONE 'UTC'))
  AND ($2::date IS NULL OR s.shipped_at < (($2::date + 1)::timestamp AT TIME ZONE 'UTC'))`;

const windowParams = (w: ShippedWindow) => [w.shippedFrom ?? null, w.shippedTo ?? null];

/** The same page of shipments, latest ship cutoff first, for each of several branches at once. */
export function shipmentsPageByBranches(db: Db, branchCodes: readonly string[], window: ShippedWindow, page: Keyset): Promise<ShipmentRow[]> {
  return db.query<ShipmentRow>(
    `SELECT p.* FROM unnest($3::text[]) WITH ORDINALITY AS k(branch_code, ord)
      CROSS JOIN LATERAL (
        SELECT ${SHIPMENT_COLUMNS} FROM shipments s JOIN orders o ON o.id = s.order_id
         WHERE s.branch_code = k.branch_code AND ${SHIPPED_WINDOW_SQL}
           AND ($4::timestamptz IS NULL OR (s.ship_by, s.id) < ($4::timestamptz, $5::text))
         ORDER BY s.ship_by DESC, s.id DESC LIMIT $6) p
      ORDER BY k.ord, p.ship_by DESC, p.id DESC`,
    [...windowParams(window), branchCodes, ...keysetParams(page)],
  );
}

export function shipmentCountsByBranches(db: Db, branchCodes: readonly string[], window: ShippedWindow): Promise<ParentCount[]> {
  return db.query<ParentCount>(
    `SELECT s.branch_code AS parent, count(*) AS total FROM shipments s
      WHERE s.branch_code = ANY($3::text[]) AND ${SHIPPED_WINDOW_SQL}
      GROUP BY s.branch_code`,
    [...windowParams(window), branchCodes],
  );
}
