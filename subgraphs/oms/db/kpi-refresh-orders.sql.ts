import { AS_OF, midnight, week } from './kpi-sql.ts';

/** Refresh statements of the order, delivery, SKU and backorder aggregates (migration 20261126_0002). */

export const ORDER_WEEK = `
INSERT INTO kpi_order_week
WITH line_facts AS (
  SELECT order_id,
         count(*) AS lines,
         count(*) FILTER (WHERE substituted_sku IS NOT NULL) AS substituted_lines,
         count(*) FILTER (WHERE shipped_quantity >= ordered_quantity AND substituted_sku IS NULL) AS lines_filled,
         bool_and(shipped_quantity >= ordered_quantity AND substituted_sku IS NULL AND backordered_since IS NULL) AS order_filled,
         sum(ordered_quantity) AS units_ordered,
         sum(shipped_quantity) AS units_shipped,
         count(*) FILTER (WHERE shipped_quantity > 0) AS lines_picked,
         sum(ordered_quantity::bigint * unit_price_minor) AS ordered_value_minor,
         sum(shipped_quantity::bigint * unit_price_minor) AS shipped_value_minor,
         sum(cancelled_quantity::bigint * unit_price_minor) AS cancelled_value_minor
    FROM order_lines GROUP BY order_id
), shipment_facts AS (
  SELECT order_id,
         count(*) FILTER (WHERE shipped_at IS NOT NULL) AS shipments_sent,
         sum(freight_cost_minor) AS freight_minor,
         sum(expedite_cost_minor) AS expedite_minor,
         COALESCE(sum(freight_cost_minor) FILTER (WHERE nth > 1), 0) AS reship_freight_minor
    FROM (SELECT s.*, row_number() OVER (PARTITION BY order_id, branch_code ORDER BY ship_by, id) AS nth FROM shipments s) s
   GROUP BY order_id
), return_facts AS (
  SELECT order_id, count(*) AS returns, sum(cost_minor) AS return_cost_minor FROM returns GROUP BY order_id
), facts AS (
  SELECT o.*, ${week('o.placed_at')} AS week_start,
         o.status IN ('shipped', 'delivered') OR (o.status = 'cancelled' AND o.cancelled_by = 'supplier_stockout') AS settled,
         COALESCE(l.lines, 0) AS lines, COALESCE(l.substituted_lines, 0) AS substituted_lines,
         COALESCE(l.lines_filled, 0) AS lines_filled, COALESCE(l.order_filled, false) AS order_filled,
         COALESCE(l.units_ordered, 0) AS units_ordered, COALESCE(l.units_shipped, 0) AS units_shipped,
         COALESCE(l.lines_picked, 0) AS lines_picked, COALESCE(l.ordered_value_minor, 0) AS ordered_value_minor,
         COALESCE(l.shipped_value_minor, 0) AS shipped_value_minor, COALESCE(l.cancelled_value_minor, 0) AS cancelled_value_minor,
         COALESCE(s.shipments_sent, 0) AS shipments_sent, COALESCE(s.freight_minor, 0) AS freight_minor,
         COALESCE(s.expedite_minor, 0) AS expedite_minor, COALESCE(s.reship_freight_minor, 0) AS reship_freight_minor,
         COALESCE(r.returns, 0) AS returns, COALESCE(r.return_cost_minor, 0) AS return_cost_minor
    FROM orders o
    LEFT JOIN line_facts l ON l.order_id = o.id
    LEFT JOIN shipment_facts s ON s.order_id = o.id
    LEFT JOIN return_facts r ON r.order_id = o.id
)
SELECT week_start, account_id, channel,
       count(*),
       count(*) FILTER (WHERE cancelled_by = 'customer'),
       count(*) FILTER (WHERE cancelled_by = 'supplier_stockout'),
       count(*) FILTER (WHERE campaign_code IS NOT NULL),
       COALESCE(sum(ordered_value_minor) FILTER (WHERE status <> 'cancelled'), 0),
       COALESCE(sum(ordered_value_minor) FILTER (WHERE status <> 'cancelled' AND campaign_code IS NOT NULL), 0),
       sum(lines), sum(substituted_lines),
       count(*) FILTER (WHERE settled),
       count(*) FILTER (WHERE settled AND order_filled),
       COALESCE(sum(lines) FILTER (WHERE settled), 0),
       COALESCE(sum(lines_filled) FILTER (WHERE settled), 0),
       COALESCE(sum(units_ordered) FILTER (WHERE settled), 0),
       COALESCE(sum(units_shipped) FILTER (WHERE settled), 0),
       sum(lines_picked), sum(shipments_sent), sum(freight_minor), sum(expedite_minor), sum(reship_freight_minor),
       COALESCE(sum(cancelled_value_minor) FILTER (WHERE status <> 'cancelled'), 0),
       sum(returns), sum(return_cost_minor), sum(shipped_value_minor),
       max(placed_at)
  FROM facts
 GROUP BY week_start, account_id, channel`;

// Delivered: every shipment delivered and nothing left to ship (status delivered, or cancelled
// after goods arrived); cancelled by the customer: excluded. On time: by the end of the promised
// day, UTC.
export const DELIVERED_ORDER = `
INSERT INTO kpi_delivered_order
WITH delivery AS (
  SELECT order_id, max(delivered_at) AS delivered_at, bool_and(delivered_at IS NOT NULL) AS all_delivered, bool_or(damaged) AS damaged
    FROM shipments GROUP BY order_id
), short_or_substituted AS (
  SELECT DISTINCT order_id FROM order_lines WHERE shipped_quantity < ordered_quantity OR substituted_sku IS NOT NULL
), damage_returned AS (
  SELECT DISTINCT order_id FROM returns WHERE reason = 'damaged'
)
SELECT o.id, ${week('d.delivered_at')}, o.account_id, o.channel,
       x.order_id IS NULL,
       d.delivered_at < ${midnight('o.promised_date + 1')},
       NOT d.damaged AND r.order_id IS NULL,
       NOT EXISTS (SELECT 1 FROM order_documentation_disputes x WHERE x.order_id = o.id)
  FROM orders o
  JOIN delivery d ON d.order_id = o.id
  LEFT JOIN short_or_substituted x ON x.order_id = o.id
  LEFT JOIN damage_returned r ON r.order_id = o.id
 WHERE d.all_delivered
   AND o.status IN ('delivered', 'cancelled')
   AND o.cancelled_by IS DISTINCT FROM 'customer'`;

export const DELIVERY_WEEK = `
INSERT INTO kpi_delivery_week
SELECT week_start, account_id, channel, count(*),
       count(*) FILTER (WHERE in_full), count(*) FILTER (WHERE on_time), count(*) FILTER (WHERE damage_free),
       count(*) FILTER (WHERE on_time AND in_full),
       count(*) FILTER (WHERE on_time AND in_full AND damage_free AND documentation_accurate),
       count(*) FILTER (WHERE documentation_accurate)
  FROM kpi_delivered_order GROUP BY week_start, account_id, channel`;

export const SKU_WEEK = `
INSERT INTO kpi_sku_week
SELECT ${week('o.placed_at')}, l.sku, count(*), count(*) FILTER (WHERE l.backordered_since IS NOT NULL),
       COALESCE(sum(l.ordered_quantity) FILTER (WHERE o.cancelled_by IS DISTINCT FROM 'customer'), 0)
  FROM order_lines l JOIN orders o ON o.id = l.order_id
 GROUP BY 1, 2`;

// A backorder line is open from its backordered_since day until it left backorder. The OMS keeps no
// per-line resolution time, so a line no longer backordered counts as resolved at the order's first
// status change to shipped, delivered or cancelled after it went on backorder (else its latest
// status change after that); units waiting: the open quantity, or the ordered quantity once resolved.
export const BACKORDER_WEEK = `
INSERT INTO kpi_backorder_week
WITH as_of AS (SELECT ${AS_OF} AS at),
backorders AS MATERIALIZED (
  SELECT ${midnight('l.backordered_since')} AS opened_at,
         ${midnight('o.promised_date + 1')} AS late_from,
         CASE WHEN l.backordered_quantity > 0 THEN l.backordered_quantity ELSE l.ordered_quantity END AS units,
         CASE WHEN l.backordered_quantity > 0 THEN NULL ELSE COALESCE(
           (SELECT min(h.changed_at) FROM order_status_history h
             WHERE h.order_id = l.order_id AND h.status IN ('shipped', 'delivered', 'cancelled')
               AND h.changed_at >= ${midnight('l.backordered_since')}),
           (SELECT max(h.changed_at) FROM order_status_history h
             WHERE h.order_id = l.order_id AND h.changed_at >= ${midnight('l.backordered_since')}),
           ${midnight('l.backordered_since')}) END AS resolved_at
    FROM order_lines l JOIN orders o ON o.id = l.order_id
   WHERE l.backordered_since IS NOT NULL
),
weeks AS (
  SELECT w::date AS week_start, LEAST(${midnight('w::date + 7')}, (SELECT at FROM as_of)) AS at
    FROM generate_series(
           LEAST((SELECT ${week('min(placed_at)')} FROM orders), (SELECT ${week('min(issued_at)')} FROM quotes)),
           ${week('(SELECT at FROM as_of)')},
           interval '1 week') AS w
),
-- Each backorder paired with the weeks it may be open at the end of (an equality join, not a scan
-- of every backorder for every week).
spans AS (
  SELECT span::date AS week_start, b.*
    FROM backorders b,
         generate_series(${week('b.opened_at')}, ${week('COALESCE(b.resolved_at, (SELECT at FROM as_of))')}, interval '1 week') AS span
)
SELECT w.week_start, count(b.opened_at),
       COALESCE(sum(GREATEST(0, extract(epoch FROM w.at - b.late_from) / 86400)), 0),
       COALESCE(sum(b.units * GREATEST(0, extract(epoch FROM w.at - b.late_from) / 86400)), 0)
  FROM weeks w
  LEFT JOIN spans b ON b.week_start = w.week_start AND b.opened_at < w.at AND (b.resolved_at IS NULL OR b.resolved_at > w.at)
 GROUP BY w.week_start`;
