import { AS_OF, midnight, week } from './kpi-sql.ts';

/** Refresh statements of the shipment, quote, return and exception aggregates, and the week totals read by the scorecard. */

export const SHIPMENT_WEEK = `
INSERT INTO kpi_shipment_week
SELECT ${week('s.ship_by')}, s.branch_code, o.channel,
       count(*) FILTER (WHERE s.ship_by <= ${AS_OF}),
       count(*) FILTER (WHERE s.ship_by <= ${AS_OF} AND s.packed_at <= s.ship_by)
  FROM shipments s JOIN orders o ON o.id = s.order_id
 GROUP BY 1, 2, 3`;

export const QUOTE_WEEK = `
INSERT INTO kpi_quote_week
SELECT week_start, channel, sum(issued), sum(converted_in_window), sum(converted), sum(cycle_days)
  FROM (
    SELECT ${week('issued_at')} AS week_start, channel, 1 AS issued,
           (converted_at IS NOT NULL AND converted_at <= issued_at + interval '30 days')::int AS converted_in_window,
           0 AS converted, 0::numeric AS cycle_days
      FROM quotes
    UNION ALL
    SELECT ${week('converted_at')}, channel, 0, 0, 1, extract(epoch FROM converted_at - issued_at) / 86400
      FROM quotes
     WHERE converted_at IS NOT NULL AND converted_at <= issued_at + interval '30 days'
  ) q
 GROUP BY week_start, channel`;

export const QUOTE_LOSS_WEEK = `
INSERT INTO kpi_quote_loss_week
SELECT ${week('lost_at')}, lost_reason, count(*) FROM quotes WHERE status = 'lost' AND lost_at IS NOT NULL GROUP BY 1, 2`;

export const CREDITED_RETURN = `
INSERT INTO kpi_credited_return
SELECT id, ${week('credited_at')},
       extract(epoch FROM credited_at - requested_at) / 86400,
       extract(epoch FROM credited_at - received_at) / 86400
  FROM returns WHERE credited_at IS NOT NULL`;

export const EXCEPTION_WEEK = `
INSERT INTO kpi_exception_week
SELECT ${week('opened_at')}, type, count(*), count(owner), sum(margin_impact_minor) FROM exceptions GROUP BY 1, 2`;

const SUMMED = (table: string, columns: string) => `(SELECT week_start, ${columns} FROM ${table} GROUP BY week_start)`;

export const WEEK_TOTALS = `
INSERT INTO kpi_week_totals
WITH accounts AS (
  SELECT w.week_start, count(*) AS ordering_accounts,
         count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM kpi_order_week h
            WHERE h.account_id = w.account_id AND h.week_start < w.week_start
              AND h.last_placed_at >= ${midnight('w.week_start')} - interval '365 days')) AS repeat_accounts
    FROM (SELECT DISTINCT week_start, account_id FROM kpi_order_week) w
   GROUP BY w.week_start
)
SELECT b.week_start,
       COALESCE(o.orders_placed, 0), COALESCE(o.cancelled, 0), COALESCE(o.self_serve_orders, 0),
       COALESCE(o.lines, 0), COALESCE(o.substituted_lines, 0), COALESCE(o.settled_lines, 0),
       COALESCE(o.settled_lines_filled, 0), COALESCE(o.settled_units_ordered, 0), COALESCE(o.settled_units_shipped, 0),
       COALESCE(a.ordering_accounts, 0), COALESCE(a.repeat_accounts, 0),
       COALESCE(d.delivered, 0), COALESCE(d.on_time_in_full, 0), COALESCE(d.perfect, 0),
       COALESCE(s.due, 0), COALESCE(s.packed_by_cutoff, 0),
       COALESCE(q.issued, 0), COALESCE(q.converted_in_window, 0), COALESCE(q.converted, 0), COALESCE(q.cycle_days, 0),
       COALESCE(r.credited, 0), COALESCE(r.customer_days, 0),
       b.open_lines, b.age_days,
       COALESCE(e.opened, 0), COALESCE(e.owned, 0)
  FROM kpi_backorder_week b
  LEFT JOIN ${SUMMED('kpi_order_week', `sum(orders_placed) AS orders_placed,
        sum(cancelled_by_customer + cancelled_by_supplier) AS cancelled,
        sum(orders_placed) FILTER (WHERE channel IN ('portal', 'api')) AS self_serve_orders,
        sum(lines) AS lines, sum(substituted_lines) AS substituted_lines, sum(settled_lines) AS settled_lines,
        sum(settled_lines_filled) AS settled_lines_filled, sum(settled_units_ordered) AS settled_units_ordered,
        sum(settled_units_shipped) AS settled_units_shipped`)} o USING (week_start)
  LEFT JOIN accounts a USING (week_start)
  LEFT JOIN ${SUMMED('kpi_delivery_week', 'sum(delivered) AS delivered, sum(on_time_in_full) AS on_time_in_full, sum(perfect) AS perfect')} d USING (week_start)
  LEFT JOIN ${SUMMED('kpi_shipment_week', 'sum(due) AS due, sum(packed_by_cutoff) AS packed_by_cutoff')} s USING (week_start)
  LEFT JOIN ${SUMMED('kpi_quote_week', 'sum(issued) AS issued, sum(converted_in_window) AS converted_in_window, sum(converted) AS converted, sum(cycle_days) AS cycle_days')} q USING (week_start)
  LEFT JOIN ${SUMMED('kpi_credited_return', 'count(*) AS credited, sum(customer_days) AS customer_days')} r USING (week_start)
  LEFT JOIN ${SUMMED('kpi_exception_week', 'sum(opened) AS opened, sum(owned) AS owned')} e USING (week_start)`;

// Nearest rank in integer arithmetic: rank ceil(p x n / 100) = (p x n + 99) / 100.
const nearestRank = (p: number, value: string) => `min(${value}) FILTER (WHERE n = (${p} * total + 99) / 100)`;

export const BRANCH_FULFILMENT_TIMES = `
INSERT INTO branch_fulfilment_times
WITH recent AS (
  SELECT * FROM shipments WHERE shipped_at IS NOT NULL AND shipped_at > ${AS_OF} - interval '91 days' AND shipped_at <= ${AS_OF}
), packing AS (
  SELECT branch_code, extract(epoch FROM packed_at - pick_started_at) / 3600 AS hours,
         row_number() OVER (PARTITION BY branch_code ORDER BY packed_at - pick_started_at) AS n, count(*) OVER (PARTITION BY branch_code) AS total
    FROM recent WHERE pick_started_at IS NOT NULL AND packed_at >= pick_started_at
), transit AS (
  SELECT branch_code, ceil(extract(epoch FROM delivered_at - shipped_at) / 86400)::int AS days,
         row_number() OVER (PARTITION BY branch_code ORDER BY delivered_at - shipped_at) AS n, count(*) OVER (PARTITION BY branch_code) AS total
    FROM recent WHERE delivered_at >= shipped_at
), packs AS (
  SELECT branch_code, max(total) AS total, ${nearestRank(50, 'hours')} AS p50, ${nearestRank(90, 'hours')} AS p90 FROM packing GROUP BY branch_code
), trips AS (
  SELECT branch_code, max(total) AS total, ${nearestRank(50, 'days')} AS p50, ${nearestRank(90, 'days')} AS p90 FROM transit GROUP BY branch_code
)
SELECT branch_code, p.total, round(p.p50, 2), round(p.p90, 2), t.total, t.p50, t.p90
  FROM packs p JOIN trips t USING (branch_code)`;
