import type { Db } from '../../../lib/db.ts';
import type { IntegrationEventRow } from './rows.ts';

/** The queue's filter with every field optional; database values (lower case). */
export interface EventQueueFilter {
  lane?: string | null;
  partner?: string | null;
  types?: readonly string[] | null;
  statuses?: readonly string[] | null;
  receivedFrom?: Date | null;
  receivedBefore?: Date | null;
  sku?: string | null;
  orderId?: string | null;
}

// One statement whatever the filter: absent fields are NULL and match everything.
const MATCHES = `($1::text IS NULL OR lane = $1) AND ($2::text IS NULL OR partner_id = $2)
  AND ($3::text[] IS NULL OR type = ANY($3)) AND ($4::text[] IS NULL OR status = ANY($4))
  AND ($5::timestamptz IS NULL OR received_at >= $5) AND ($6::timestamptz IS NULL OR received_at < $6)
  AND ($7::jsonb IS NULL OR keys @> $7)`;

function filterParams(filter: EventQueueFilter): unknown[] {
  const keys = filter.sku || filter.orderId
    ? JSON.stringify({ ...(filter.sku ? { skus: [filter.sku] } : {}), ...(filter.orderId ? { orders: [filter.orderId] } : {}) })
    : null;
  return [filter.lane ?? null, filter.partner ?? null, filter.types ?? null, filter.statuses ?? null,
    filter.receivedFrom ?? null, filter.receivedBefore ?? null, keys];
}

/** Newest first (ids grow with arrival); `afterId` continues a page; one more row than asked tells whether more follow. */
export function queuedEvents(db: Db, filter: EventQueueFilter, limit: number, afterId: string | null): Promise<IntegrationEventRow[]> {
  return db.query<IntegrationEventRow>(
    `SELECT id, lane, partner_id, type, idempotency_key, source_id, interchange_id, occurred_at, received_at, keys, payload, raw,
       status, reason, applies_to, duplicate_of, attempts, status_changed_at, exception_opened_at
     FROM integration_events WHERE ${MATCHES} AND ($8::bigint IS NULL OR id < $8)
     ORDER BY id DESC LIMIT $9`,
    [...filterParams(filter), afterId, limit],
  );
}

export function eventCountsByStatus(db: Db, filter: EventQueueFilter): Promise<{ status: string; count: number }[]> {
  return db.query(`SELECT status, count(*)::int AS count FROM integration_events WHERE ${MATCHES} GROUP BY status ORDER BY status`, filterParams(filter));
}
