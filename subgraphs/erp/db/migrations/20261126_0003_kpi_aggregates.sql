-- Weekly (and, for receivables, daily) pre-aggregates of the ERP-owned KPIs. They are derived
-- data: refreshAggregates (subgraphs/erp/db/kpi-aggregates.repository.ts) rebuilds all of them
-- from the raw tables in one transaction after a bulk load. Weeks are ISO weeks in UTC, keyed by
-- their Monday; a row exists only where something happened.

-- Invoices by issue week and by the cuts revenue and margin are reported in.
CREATE TABLE kpi_invoice_week (
  week_start date NOT NULL,
  segment text NOT NULL,
  cohort text NOT NULL,
  sales_channel text NOT NULL,                 -- 'manual' for invoices without an entry channel
  invoices integer NOT NULL,                   -- invoices issued, void ones included
  revenue_minor bigint NOT NULL,               -- amounts of the non-void invoices
  cogs_minor bigint NOT NULL,                  -- their lines' quantity x standard cost
  list_minor bigint NOT NULL,                  -- their lines' quantity x list price
  price_leakage_minor bigint NOT NULL,         -- their lines' (list - unit price) x quantity, floored at 0 per line
  PRIMARY KEY (week_start, segment, cohort, sales_channel)
);

-- Disputes by week. category is a reason, 'order_quality' (quantity, documentation or damage) or
-- 'any'. first_disputed_invoices counts invoices whose FIRST dispute of the category was opened
-- in the week (so an invoice counts once over any range of weeks); resolved_* are the disputes
-- of the category resolved in the week.
CREATE TABLE kpi_dispute_week (
  week_start date NOT NULL,
  category text NOT NULL,
  first_disputed_invoices integer NOT NULL,
  resolved_disputes integer NOT NULL,
  resolved_days numeric NOT NULL,              -- opened-to-resolved days of those, summed
  PRIMARY KEY (week_start, category)
);

-- Receivables per UTC day and account cohort (non-void invoices), on the days something happened.
-- The balances are running totals to the end of the day, so the balance as of any day is the
-- cohort's latest row on or before it, and credit sales between two days are a difference.
CREATE TABLE kpi_receivables_day (
  cohort text NOT NULL,
  day date NOT NULL,
  invoiced_minor bigint NOT NULL,              -- credit sales: invoice amounts issued that day
  invoiced_to_date_minor bigint NOT NULL,      -- credit sales up to the end of the day
  receivable_minor bigint NOT NULL,            -- AR at the end of the day: invoiced - paid, to date
  current_minor bigint NOT NULL,               -- the part of it not yet past due
  PRIMARY KEY (cohort, day)
);

-- Credit holds by week: orders held (by held week) and holds released (by release week).
CREATE TABLE kpi_credit_hold_week (
  week_start date PRIMARY KEY,
  orders_held integer NOT NULL,                -- distinct orders put on hold in the week
  holds_released integer NOT NULL,             -- holds released in the week
  released_hours numeric NOT NULL              -- their held-to-released hours, summed
);

-- Purchase order lines by the week of the supplier's commit date (cancelled POs left out).
CREATE TABLE kpi_supplier_week (
  week_start date NOT NULL,
  supplier_id text NOT NULL,
  lines_due integer NOT NULL,
  lines_on_time integer NOT NULL,              -- first receipt from 2 days before to 0 days after the commit date
  PRIMARY KEY (week_start, supplier_id)
);

-- Received PO lines with an ETA held 7 days before arrival, by the week of the first receipt.
CREATE TABLE kpi_inbound_eta_week (
  week_start date NOT NULL,
  supplier_id text NOT NULL,
  receipts integer NOT NULL,
  within_two_days integer NOT NULL,            -- |first receipt date - ETA| <= 2 days
  abs_error_days integer NOT NULL,             -- sum of |first receipt date - ETA| in days
  error_days integer NOT NULL,                 -- sum of (first receipt date - ETA) in days
  PRIMARY KEY (week_start, supplier_id)
);

-- Raw look-ups the KPI fields make by time range.
CREATE INDEX credit_holds_released ON credit_holds (released_at) WHERE released_at IS NOT NULL;
CREATE INDEX disputes_reason_opened ON disputes (reason, opened_at);
CREATE INDEX demand_forecasts_week ON demand_forecasts (lag_weeks, week_start);
