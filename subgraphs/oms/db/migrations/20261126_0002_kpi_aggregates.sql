-- Weekly pre-aggregates of the OMS-owned KPIs. They are derived data: refreshAggregates
-- (subgraphs/oms/db/kpi-refresh.repository.ts) rebuilds all of them from the raw tables in one
-- transaction. Weeks are ISO weeks in UTC, keyed by their Monday (week_start); a row exists only
-- where something happened, except in kpi_backorder_week and kpi_week_totals (every week).

-- Orders by placed week, account and channel: counts, fill, cost-to-serve and leakage facts.
-- Costs follow the order: a shipment's freight counts in the week its order was placed.
CREATE TABLE kpi_order_week (
  week_start date NOT NULL,
  account_id text NOT NULL,
  channel text NOT NULL,
  orders_placed integer NOT NULL,
  cancelled_by_customer integer NOT NULL,
  cancelled_by_supplier integer NOT NULL,
  campaign_orders integer NOT NULL,
  booked_value_minor bigint NOT NULL,          -- ordered value of the orders not cancelled
  campaign_booked_value_minor bigint NOT NULL, -- the same, campaign-attributed orders only
  lines integer NOT NULL,
  substituted_lines integer NOT NULL,
  -- Fill rates: orders settled (shipped, delivered, or cancelled for a supplier stockout)
  settled_orders integer NOT NULL,
  settled_orders_filled integer NOT NULL,      -- every line in full, no substitute, never backordered
  settled_lines integer NOT NULL,
  settled_lines_filled integer NOT NULL,       -- shipped >= ordered with no substitute
  settled_units_ordered bigint NOT NULL,
  settled_units_shipped bigint NOT NULL,
  -- Cost to serve and margin leakage
  lines_picked integer NOT NULL,               -- lines with a shipped quantity
  shipments_sent integer NOT NULL,             -- shipments that left the dock
  freight_minor bigint NOT NULL,
  expedite_minor bigint NOT NULL,
  reship_freight_minor bigint NOT NULL,        -- freight of shipments after the first per order and branch
  short_ship_credit_minor bigint NOT NULL,     -- cancelled units' value on orders not cancelled
  returns integer NOT NULL,
  return_cost_minor bigint NOT NULL,
  shipped_value_minor bigint NOT NULL,         -- revenue: shipped quantity x unit price
  last_placed_at timestamptz NOT NULL,         -- for the repeat order rate's 365-day look-back
  PRIMARY KEY (week_start, account_id, channel)
);
CREATE INDEX kpi_order_week_account ON kpi_order_week (account_id, week_start);

-- Orders delivered (perfect order and OTIF population), by delivery week: one row per order, so
-- the ERP's documentation-disputed order ids can be looked up and subtracted.
CREATE TABLE kpi_delivered_order (
  order_id text PRIMARY KEY,
  week_start date NOT NULL,
  account_id text NOT NULL,
  channel text NOT NULL,
  in_full boolean NOT NULL,
  on_time boolean NOT NULL,
  damage_free boolean NOT NULL
);

-- kpi_delivered_order summed by week, account and channel.
CREATE TABLE kpi_delivery_week (
  week_start date NOT NULL,
  account_id text NOT NULL,
  channel text NOT NULL,
  delivered integer NOT NULL,
  in_full integer NOT NULL,
  on_time integer NOT NULL,
  damage_free integer NOT NULL,
  on_time_in_full integer NOT NULL,
  perfect_before_documentation integer NOT NULL, -- in full, on time and damage free
  PRIMARY KEY (week_start, account_id, channel)
);

-- Order lines by placed week and SKU: backorder incidence and demand actuals.
CREATE TABLE kpi_sku_week (
  week_start date NOT NULL,
  sku text NOT NULL,
  lines integer NOT NULL,
  backordered_lines integer NOT NULL,          -- lines backordered at any time
  units_demanded bigint NOT NULL,              -- ordered units, orders cancelled by the customer excluded
  PRIMARY KEY (week_start, sku)
);

-- Open backorder lines at the end of each week (or the as-of instant), every week of history.
CREATE TABLE kpi_backorder_week (
  week_start date PRIMARY KEY,
  open_lines integer NOT NULL,
  age_days numeric NOT NULL,                   -- sum of days late past the promised date
  unit_days_late numeric NOT NULL
);

-- Shipments by the week of their ship cutoff, branch and order channel.
CREATE TABLE kpi_shipment_week (
  week_start date NOT NULL,
  branch_code text NOT NULL,
  channel text NOT NULL,
  due integer NOT NULL,                        -- ship cutoff not after the as-of instant
  packed_by_cutoff integer NOT NULL,
  PRIMARY KEY (week_start, branch_code, channel)
);

-- Quotes by channel: issued and converted-within-30-days by issue week; converted and their
-- cycle days by conversion week.
CREATE TABLE kpi_quote_week (
  week_start date NOT NULL,
  channel text NOT NULL,
  issued integer NOT NULL,
  converted_in_window integer NOT NULL,
  converted integer NOT NULL,
  cycle_days numeric NOT NULL,
  PRIMARY KEY (week_start, channel)
);

-- Quotes lost, by the week they were recorded as lost, and reason.
CREATE TABLE kpi_quote_loss_week (
  week_start date NOT NULL,
  reason text NOT NULL,
  lost integer NOT NULL,
  PRIMARY KEY (week_start, reason)
);

-- Returns credited, one row each, by credit week: cycle means and percentiles read them.
CREATE TABLE kpi_credited_return (
  return_id text PRIMARY KEY,
  week_start date NOT NULL,
  customer_days numeric NOT NULL,              -- requested to credited
  internal_days numeric                        -- received to credited; null when no receipt was logged
);
CREATE INDEX kpi_credited_return_week ON kpi_credited_return (week_start);

-- Exceptions by opened week and type.
CREATE TABLE kpi_exception_week (
  week_start date NOT NULL,
  type text NOT NULL,
  opened integer NOT NULL,
  owned integer NOT NULL,
  margin_impact_minor bigint NOT NULL,
  PRIMARY KEY (week_start, type)
);

-- Every scorecard-eligible KPI's numerator and denominator per week, summed from the tables
-- above: the scorecard's 13 weeks are 13 rows (perfect order still subtracts the ERP's
-- documentation disputes through kpi_delivered_order).
CREATE TABLE kpi_week_totals (
  week_start date PRIMARY KEY,
  orders_placed integer NOT NULL,
  cancelled integer NOT NULL,
  self_serve_orders integer NOT NULL,
  lines integer NOT NULL,
  substituted_lines integer NOT NULL,
  settled_lines integer NOT NULL,
  settled_lines_filled integer NOT NULL,
  settled_units_ordered bigint NOT NULL,
  settled_units_shipped bigint NOT NULL,
  ordering_accounts integer NOT NULL,
  repeat_accounts integer NOT NULL,
  delivered integer NOT NULL,
  on_time_in_full integer NOT NULL,
  perfect_before_documentation integer NOT NULL,
  shipments_due integer NOT NULL,
  shipments_packed_by_cutoff integer NOT NULL,
  quotes_issued integer NOT NULL,
  quotes_converted_in_window integer NOT NULL,
  quotes_converted integer NOT NULL,
  quote_cycle_days numeric NOT NULL,
  returns_credited integer NOT NULL,
  return_customer_days numeric NOT NULL,
  backorder_open_lines integer NOT NULL,
  backorder_age_days numeric NOT NULL,
  exceptions_opened integer NOT NULL,
  exceptions_owned integer NOT NULL
);

-- Raw scans of a period for percentiles and ATP allocations.
CREATE INDEX shipments_ship_by ON shipments (ship_by);
