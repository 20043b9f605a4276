import type { Db } from '../../../lib/db.ts';
import type { CreditHoldWeekRecord, ReleaseQuantilesRecord } from './rows.ts';

export function creditHoldWeeks(db: Db, fromMonday: string, toMonday: string): Promise<CreditHoldWeekRecord[]> {
  return db.query<CreditHoldWeekRecord>(
    `SELECT week_start, orders_held, holds_released, released_hours
       FROM kpi_credit_hold_week
      WHERE week_start BETWEEN $1::date AND $2::date
      ORDER BY week_start`,
    [fromMonday, toMonday],
  );
}

/**
 * Median and 90th percentile (interpolated) of held-to-released hours of the holds released in
 * each period [start, end); periods are numbered from 1 in array order. Quantiles need the raw
 * durations, so they read credit_holds (indexed on released_at), not the weekly aggregate.
 */
export function releaseQuantiles(db: Db, starts: readonly Date[], ends: readonly Date[]): Promise<ReleaseQuantilesRecord[]> {
  return db.query<ReleaseQuantilesRecord>(
    `SELECT p.n::int AS period,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.released_at - h.held_at) / 3600) AS median_hours,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM h.released_at - h.held_at) / 3600) AS p90_hours
       FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS p(starts_at, ends_at, n)
       JOIN credit_holds h ON h.released_at >= p.starts_at AND h.released_at < p.ends_at
      GROUP BY p.n`,
    [starts, ends],
  );
}
