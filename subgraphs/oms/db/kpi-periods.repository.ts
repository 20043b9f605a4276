import type { Db } from '../../../lib/db.ts';
import { CLOSED_ORDER_STATUSES } from '../rules/inventory.rules.ts';
import type { ExceptionResolutionRow, OpenAllocationRow, PercentilesRow, RepeatAccountRow, ReturnPercentilesRow } from './kpi-rows.ts';

/**
 * KPI reads that do not add up over weeks (percentiles, distinct accounts): one statement for any
 * number of periods, each row tagged with the 1-based index of its period. Periods are given by
 * their Mondays; `PERIODS` binds them as $1 (from) and $2 (to).
 */
export interface MondayRange {
  fromMonday: string;
  toMonday: string;
}

const PERIODS = `unnest($1::date[], $2::date[]) WITH ORDINALITY AS p(from_monday, to_monday, period_index)`;
const periodParams = (periods: readonly MondayRange[]) => [periods.map((p) => p.fromMonday), periods.map((p) => p.toMonday)];
const instant = (date: string) => `(${date})::timestamp AT TIME ZONE 'UTC'`;

/**
 * Accounts ordering in each week of each period, with whether they had also ordered in the 365
 * days before that week's start and before the period's start.
 */
export function repeatAccounts(db: Db, periods: readonly MondayRange[]): Promise<RepeatAccountRow[]> {
  const orderedBefore = (monday: string) => `EXISTS (
      SELECT 1 FROM kpi_order_week h
       WHERE h.account_id = w.account_id AND h.week_start < ${monday}
         AND h.last_placed_at >= ${instant(monday)} - interval '365 days')`;
  return db.query<RepeatAccountRow>(
    `SELECT p.period_index, w.week_start, w.account_id,
            ${orderedBefore('w.week_start')} AS repeat_in_week,
            ${orderedBefore('p.from_monday')} AS repeat_in_period
       FROM ${PERIODS}
       CROSS JOIN LATERAL (SELECT DISTINCT week_start, account_id FROM kpi_order_week
                            WHERE week_start BETWEEN p.from_monday AND p.to_monday) w`,
    periodParams(periods),
  );
}

/** Median and 90th percentile of pick-to-ship hours of the shipments whose ship cutoff falls in each period. */
export function pickToShipPercentiles(db: Db, periods: readonly MondayRange[]): Promise<PercentilesRow[]> {
  return db.query<PercentilesRow>(
    `SELECT p.period_index,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.shipped_at - s.pick_started_at) / 3600) AS p50,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM s.shipped_at - s.pick_started_at) / 3600) AS p90
       FROM ${PERIODS}
       JOIN shipments s ON s.ship_by >= ${instant('p.from_monday')} AND s.ship_by < ${instant('p.to_monday + 7')}
      WHERE s.shipped_at IS NOT NULL AND s.pick_started_at IS NOT NULL
      GROUP BY p.period_index`,
    periodParams(periods),
  );
}

/** 90th percentiles of the customer-facing and internal days of the returns credited in each period. */
export function returnCyclePercentiles(db: Db, periods: readonly MondayRange[]): Promise<ReturnPercentilesRow[]> {
  return db.query<ReturnPercentilesRow>(
    `SELECT p.period_index,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY r.customer_days) AS customer_p90,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY r.internal_days) AS internal_p90
       FROM ${PERIODS}
       JOIN kpi_credited_return r ON r.week_start BETWEEN p.from_monday AND p.to_monday
      GROUP BY p.period_index`,
    periodParams(periods),
  );
}

/** Median opened-to-resolved hours per exception type, of the exceptions opened in each period and resolved. */
export function exceptionResolutionMedians(db: Db, periods: readonly MondayRange[]): Promise<ExceptionResolutionRow[]> {
  return db.query<ExceptionResolutionRow>(
    `SELECT p.period_index, e.type,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.resolved_at - e.opened_at) / 3600) AS median_hours
       FROM ${PERIODS}
       JOIN exceptions e ON e.opened_at >= ${instant('p.from_monday')} AND e.opened_at < ${instant('p.to_monday + 7')}
      WHERE e.resolved_at IS NOT NULL
      GROUP BY p.period_index, e.type`,
    periodParams(periods),
  );
}

/** Units allocated to open order lines, per product and sourcing branch (current, not of a period). */
export function openAllocationsBySkuBranch(db: Db): Promise<OpenAllocationRow[]> {
  return db.query<OpenAllocationRow>(
    `SELECT l.sku, l.sourcing_branch_code AS branch_code, sum(l.allocated_quantity) AS allocated
       FROM order_lines l JOIN orders o ON o.id = l.order_id
      WHERE l.allocated_quantity > 0 AND o.status <> ALL($1::text[])
      GROUP BY l.sku, l.sourcing_branch_code`,
    [CLOSED_ORDER_STATUSES],
  );
}
