import type { Db } from '../../../lib/db.ts';

/**
 * The OMS's record of documentation disputes the ERP published (migration 20261127_0003), and the
 * weekly aggregates they change. Recording is idempotent per dispute id.
 */

export function feedPosition(db: Db, feed: string): Promise<{ position: string }[]> {
  return db.query<{ position: string }>('SELECT position FROM feed_positions WHERE feed = $1', [feed]);
}

export function saveFeedPosition(db: Db, feed: string, position: string): Promise<unknown[]> {
  return db.query(
    `INSERT INTO feed_positions (feed, position) VALUES ($1, $2)
     ON CONFLICT (feed) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
    [feed, position],
  );
}

/**
 * Inserts the disputes not yet recorded and, for each delivered order that thereby loses its
 * documentation criterion, takes it out of the documentation-accurate and perfect counts of its
 * delivery week (kpi_delivered_order -> kpi_delivery_week -> kpi_week_totals), so the aggregates
 * stay what a full refresh would compute. An order not delivered yet gets the criterion from the
 * recorded disputes when the refresh counts it. Returns how many disputes were new.
 */
export async function insertDocumentationDisputes(
  db: Db,
  disputes: { disputeIds: string[]; orderIds: string[]; openedAt: Date[] },
): Promise<number> {
  const [row] = await db.query<{ inserted: number }>(
    `WITH inserted AS (
       INSERT INTO order_documentation_disputes (dispute_id, order_id, opened_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
       ON CONFLICT (dispute_id) DO NOTHING
       RETURNING order_id
     ), newly_disputed AS (
       UPDATE kpi_delivered_order d SET documentation_accurate = false
        WHERE d.order_id IN (SELECT order_id FROM inserted) AND d.documentation_accurate
       RETURNING d.week_start, d.account_id, d.channel, (d.in_full AND d.on_time AND d.damage_free) AS was_perfect
     ), by_key AS (
       SELECT week_start, account_id, channel, count(*)::int AS disputed, (count(*) FILTER (WHERE was_perfect))::int AS perfect
         FROM newly_disputed GROUP BY 1, 2, 3
     ), delivery_week AS (
       UPDATE kpi_delivery_week w
          SET documentation_accurate = w.documentation_accurate - k.disputed, perfect = w.perfect - k.perfect
         FROM by_key k
        WHERE w.week_start = k.week_start AND w.account_id = k.account_id AND w.channel = k.channel
       RETURNING w.week_start
     ), week_totals AS (
       UPDATE kpi_week_totals t SET perfect = t.perfect - s.perfect
         FROM (SELECT week_start, sum(perfect)::int AS perfect FROM by_key GROUP BY week_start) s
        WHERE t.week_start = s.week_start
       RETURNING t.week_start
     )
     SELECT (SELECT count(*) FROM inserted)::int AS inserted`,
    [disputes.disputeIds, disputes.orderIds, disputes.openedAt],
  );
  return row!.inserted;
}
