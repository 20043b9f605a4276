import type { Db } from '../../../lib/db.ts';

/**
 * Rebuilds the ERP's KPI aggregate tables (migration 20261126_0003) from the raw tables, in one
 * transaction so readers never see a half-built set. Weeks and days are UTC; a week is keyed by
 * its Monday.
 */
const day = (instant: string) => `(${instant} AT TIME ZONE 'UTC')::date`;
const mondayOf = (date: string) => `(${date} - (extract(isodow FROM ${date})::int - 1))`;
const weekOf = (instant: string) => mondayOf(day(instant));

const INVOICE_WEEKS = `
  INSERT INTO kpi_invoice_week (week_start, segment, cohort, sales_channel, invoices, revenue_minor, cogs_minor, list_minor, price_leakage_minor)
  SELECT ${weekOf('i.issued_at')}, a.segment, a.cohort, coalesce(i.sales_channel, 'manual'),
         count(*),
         coalesce(sum(i.amount_minor) FILTER (WHERE i.status <> 'void'), 0),
         coalesce(sum(l.cogs_minor) FILTER (WHERE i.status <> 'void'), 0),
         coalesce(sum(l.list_minor) FILTER (WHERE i.status <> 'void'), 0),
         coalesce(sum(l.leakage_minor) FILTER (WHERE i.status <> 'void'), 0)
    FROM invoices i
    JOIN customer_accounts a ON a.id = i.account_id
    LEFT JOIN (SELECT invoice_id,
                      sum(quantity * unit_cost_minor) AS cogs_minor,
                      sum(quantity * list_price_minor) AS list_minor,
                      sum(greatest(list_price_minor - unit_price_minor, 0) * quantity) AS leakage_minor
                 FROM invoice_lines GROUP BY invoice_id) l ON l.invoice_id = i.id
   GROUP BY 1, 2, 3, 4`;

const DISPUTE_WEEKS = `
  INSERT INTO kpi_dispute_week (week_start, category, first_disputed_invoices, resolved_disputes, resolved_days)
  WITH categorized AS (
    SELECT d.invoice_id, d.opened_at, d.resolved_at, c.category
      FROM disputes d
     CROSS JOIN LATERAL (VALUES (d.reason), ('any'),
            (CASE WHEN d.reason IN ('quantity', 'documentation', 'damage') THEN 'order_quality' END)) AS c(category)
     WHERE c.category IS NOT NULL),
  firsts AS (
    SELECT ${weekOf('first_opened_at')} AS week_start, category, count(*) AS invoices
      FROM (SELECT category, invoice_id, min(opened_at) AS first_opened_at FROM categorized GROUP BY category, invoice_id) f
     GROUP BY 1, 2),
  resolved AS (
    SELECT ${weekOf('resolved_at')} AS week_start, category, count(*) AS disputes,
           sum(extract(epoch FROM resolved_at - opened_at) / 86400) AS days
      FROM categorized WHERE resolved_at IS NOT NULL
     GROUP BY 1, 2)
  SELECT week_start, category, coalesce(f.invoices, 0), coalesce(r.disputes, 0), coalesce(r.days, 0)
    FROM firsts f FULL JOIN resolved r USING (week_start, category)`;

// Three flows per invoice, by UTC day: issued (+ AR, + current while not yet due), each payment
// (- AR, - current when received by the due date), and on the day after the due date the balance
// still open then leaves "current" (it is past due from that day). Summed per day, then run up.
const RECEIVABLE_DAYS = `
  INSERT INTO kpi_receivables_day (cohort, day, invoiced_minor, invoiced_to_date_minor, receivable_minor, current_minor)
  WITH live AS (
    SELECT i.id, i.amount_minor, i.due_date, ${day('i.issued_at')} AS issued_on, a.cohort
      FROM invoices i JOIN customer_accounts a ON a.id = i.account_id
     WHERE i.status <> 'void'),
  paid AS (
    SELECT p.invoice_id, ${day('p.received_at')} AS paid_on, p.amount_minor FROM payments p),
  paid_by_due AS (
    SELECT p.invoice_id, sum(p.amount_minor) AS amount_minor
      FROM paid p JOIN live l ON l.id = p.invoice_id
     WHERE p.paid_on <= l.due_date
     GROUP BY p.invoice_id),
  flows AS (
    SELECT issued_on AS day, cohort, amount_minor AS invoiced, 0::bigint AS paid,
           CASE WHEN issued_on <= due_date THEN amount_minor ELSE 0 END AS current_change
      FROM live
    UNION ALL
    SELECT p.paid_on, l.cohort, 0, p.amount_minor,
           CASE WHEN l.issued_on <= l.due_date AND p.paid_on <= l.due_date THEN -p.amount_minor ELSE 0 END
      FROM paid p JOIN live l ON l.id = p.invoice_id
    UNION ALL
    SELECT l.due_date + 1, l.cohort, 0, 0, -(l.amount_minor - coalesce(b.amount_minor, 0))
      FROM live l LEFT JOIN paid_by_due b ON b.invoice_id = l.id
     WHERE l.issued_on <= l.due_date),
  daily AS (
    SELECT cohort, day, sum(invoiced) AS invoiced, sum(paid) AS paid, sum(current_change) AS current_change
      FROM flows GROUP BY cohort, day)
  SELECT cohort, day, invoiced,
         sum(invoiced) OVER running,
         sum(invoiced - paid) OVER running,
         sum(current_change) OVER running
    FROM daily
  WINDOW running AS (PARTITION BY cohort ORDER BY day)`;

const CREDIT_HOLD_WEEKS = `
  INSERT INTO kpi_credit_hold_week (week_start, orders_held, holds_released, released_hours)
  WITH held AS (
    SELECT ${weekOf('held_at')} AS week_start, count(DISTINCT order_id) AS orders
      FROM credit_holds WHERE order_id IS NOT NULL GROUP BY 1),
  released AS (
    SELECT ${weekOf('released_at')} AS week_start, count(*) AS holds, sum(extract(epoch FROM released_at - held_at) / 3600) AS hours
      FROM credit_holds WHERE released_at IS NOT NULL GROUP BY 1)
  SELECT week_start, coalesce(h.orders, 0), coalesce(r.holds, 0), coalesce(r.hours, 0)
    FROM held h FULL JOIN released r USING (week_start)`;

const FIRST_RECEIPTS = `
  SELECT purchase_order_id, line_number, ${day('min(received_at)')} AS received_on
    FROM receipts GROUP BY purchase_order_id, line_number`;

const SUPPLIER_WEEKS = `
  INSERT INTO kpi_supplier_week (week_start, supplier_id, lines_due, lines_on_time)
  SELECT ${mondayOf('l.supplier_commit_date')}, po.supplier_id, count(*),
         count(*) FILTER (WHERE r.received_on BETWEEN l.supplier_commit_date - 2 AND l.supplier_commit_date)
    FROM purchase_order_lines l
    JOIN purchase_orders po ON po.id = l.purchase_order_id
    LEFT JOIN (${FIRST_RECEIPTS}) r USING (purchase_order_id, line_number)
   WHERE po.status <> 'cancelled'
   GROUP BY 1, 2`;

const INBOUND_ETA_WEEKS = `
  INSERT INTO kpi_inbound_eta_week (week_start, supplier_id, receipts, within_two_days, abs_error_days, error_days)
  SELECT ${mondayOf('r.received_on')}, po.supplier_id, count(*),
         count(*) FILTER (WHERE abs(r.received_on - l.eta_seven_days_prior) <= 2),
         sum(abs(r.received_on - l.eta_seven_days_prior)),
         sum(r.received_on - l.eta_seven_days_prior)
    FROM purchase_order_lines l
    JOIN purchase_orders po ON po.id = l.purchase_order_id
    JOIN (${FIRST_RECEIPTS}) r USING (purchase_order_id, line_number)
   WHERE l.eta_seven_days_prior IS NOT NULL
   GROUP BY 1, 2`;

// Nearest rank in integer arithmetic: rank ceil(p x n / 100) = (p x n + 99) / 100 (percentile_disc
// computes the rank in floating point, which misses by one for some n).
const SUPPLIER_ETA_SLIP = `
  INSERT INTO supplier_eta_slip (supplier_id, observations, p50_days, p90_days)
  WITH slips AS (
    SELECT po.supplier_id, r.received_on - l.eta_seven_days_prior AS slip_days
      FROM purchase_order_lines l
      JOIN purchase_orders po ON po.id = l.purchase_order_id
      JOIN (${FIRST_RECEIPTS}) r USING (purchase_order_id, line_number)
     WHERE l.eta_seven_days_prior IS NOT NULL
  ), ranked AS (
    SELECT supplier_id, slip_days,
           row_number() OVER (PARTITION BY supplier_id ORDER BY slip_days) AS n, count(*) OVER (PARTITION BY supplier_id) AS total
      FROM slips
    UNION ALL
    SELECT '*', slip_days, row_number() OVER (ORDER BY slip_days), count(*) OVER () FROM slips
  )
  SELECT supplier_id, max(total),
         min(slip_days) FILTER (WHERE n = (50 * total + 99) / 100),
         min(slip_days) FILTER (WHERE n = (90 * total + 99) / 100)
    FROM ranked GROUP BY supplier_id`;

const TABLES = ['supplier_eta_slip', 'kpi_invoice_week', 'kpi_dispute_week', 'kpi_receivables_day', 'kpi_credit_hold_week', 'kpi_supplier_week', 'kpi_inbound_eta_week'];

export async function refreshKpiAggregates(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // DELETE, not TRUNCATE: the running graph rebuilds these after applying integration events,
    // and TRUNCATE would lock out every reader (the storefront reads supplier_eta_slip) until the
    // rebuild commits. Deleted, readers keep the old rows until then.
    for (const table of TABLES) await tx.query(`DELETE FROM ${table}`);
    for (const statement of [INVOICE_WEEKS, DISPUTE_WEEKS, RECEIVABLE_DAYS, CREDIT_HOLD_WEEKS, SUPPLIER_WEEKS, INBOUND_ETA_WEEKS, SUPPLIER_ETA_SLIP]) {
      await tx.query(statement);
    }
    await tx.query(`ANALYZE ${TABLES.join(', ')}`);
  });
}
