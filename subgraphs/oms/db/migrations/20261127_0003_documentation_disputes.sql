-- Documentation disputes the ERP published against OMS orders. The ERP owns disputes; the OMS
-- records the one fact perfect order needs (the order's documentation was disputed) through
-- recordDocumentationDisputes, once per dispute, and remembers how far it has read the feed.
CREATE TABLE order_documentation_disputes (
  dispute_id text PRIMARY KEY,
  order_id text NOT NULL,
  opened_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_documentation_disputes_order ON order_documentation_disputes (order_id);

-- The last position applied of each feed this domain reads from another (e.g. 'erp.documentation-disputes').
CREATE TABLE feed_positions (
  feed text PRIMARY KEY,
  position text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Perfect order is now counted whole in the aggregates: in full, on time, damage free AND with no
-- documentation dispute, so the scorecard reads weekly totals only (no per-order look-up).
ALTER TABLE kpi_delivered_order ADD COLUMN documentation_accurate boolean NOT NULL DEFAULT true;
ALTER TABLE kpi_delivery_week RENAME COLUMN perfect_before_documentation TO perfect;
ALTER TABLE kpi_delivery_week ADD COLUMN documentation_accurate integer NOT NULL DEFAULT 0;
ALTER TABLE kpi_week_totals RENAME COLUMN perfect_before_documentation TO perfect;
-- Rebuilt by the next refresh (the stack refreshes a database whose migrations just ran).
TRUNCATE kpi_delivered_order, kpi_delivery_week, kpi_week_totals;
