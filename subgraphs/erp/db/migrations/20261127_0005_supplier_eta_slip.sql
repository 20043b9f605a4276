-- How late each supplier's deliveries arrive against the ETA it held 7 days before: days from
-- that ETA to a line's first receipt, at P50 and P90 (nearest rank), per supplier and pooled over
-- every supplier (supplier_id '*'). Derived data, rebuilt with the KPI aggregates; the storefront
-- promise reads it, so no request scans the receipts.
CREATE TABLE supplier_eta_slip (
  supplier_id text PRIMARY KEY,
  observations integer NOT NULL CHECK (observations > 0),
  p50_days integer NOT NULL,
  p90_days integer NOT NULL
);

-- Open purchase order lines by product, for the storefront's inbound supply.
CREATE INDEX purchase_order_lines_open_sku ON purchase_order_lines (sku) WHERE received_quantity < ordered_quantity;
