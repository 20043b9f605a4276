-- OMS/WMS: execution truth. Accounts, SKUs and branches are referenced by key only; their
-- records live in the ERP and PIM databases.

CREATE TABLE campaigns (
  code text PRIMARY KEY,                       -- 'CMP-2026-SPRING-MRO'
  name text NOT NULL,
  target_segment text,
  starts_on date NOT NULL,
  ends_on date NOT NULL
);

CREATE TABLE quotes (
  id text PRIMARY KEY,                         -- 'Q-000001'
  account_id text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('self_serve', 'assisted')),
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  amount_minor bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'converted', 'lost', 'expired')),
  converted_at timestamptz,
  lost_at timestamptz,
  lost_reason text CHECK (lost_reason IN ('price', 'delivery_reliability', 'lead_time', 'competitor', 'no_decision', 'credit')),
  CHECK ((status = 'lost') = (lost_reason IS NOT NULL))
);
CREATE INDEX quotes_account ON quotes (account_id, issued_at DESC);
CREATE INDEX quotes_issued ON quotes (issued_at);

CREATE TABLE orders (
  id text PRIMARY KEY,                         -- 'SO-000001'
  account_id text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('portal', 'rep', 'edi', 'api')),
  campaign_code text REFERENCES campaigns (code),
  quote_id text REFERENCES quotes (id),
  customer_po text,
  placed_at timestamptz NOT NULL,
  requested_date date NOT NULL,
  promised_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('placed', 'credit_hold', 'allocated', 'picking', 'partially_shipped', 'shipped', 'delivered', 'cancelled')),
  cancelled_by text CHECK (cancelled_by IN ('customer', 'supplier_stockout')),
  cancel_reason text,
  ship_to_branch_code text NOT NULL,          -- the branch that serves this ship-to by default
  currency_code char(3) NOT NULL DEFAULT 'USD',
  CHECK ((status = 'cancelled') = (cancelled_by IS NOT NULL))
);
CREATE INDEX orders_account ON orders (account_id, placed_at DESC, id DESC);
CREATE INDEX orders_placed ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_status ON orders (status, placed_at DESC);
CREATE INDEX orders_quote ON orders (quote_id);

CREATE TABLE order_status_history (
  order_id text NOT NULL REFERENCES orders (id),
  sequence integer NOT NULL,
  status text NOT NULL,
  changed_at timestamptz NOT NULL,
  note text,
  PRIMARY KEY (order_id, sequence)
);

CREATE TABLE order_lines (
  order_id text NOT NULL REFERENCES orders (id),
  line_number integer NOT NULL,
  sku text NOT NULL,
  ordered_quantity integer NOT NULL CHECK (ordered_quantity > 0),
  allocated_quantity integer NOT NULL DEFAULT 0 CHECK (allocated_quantity >= 0),
  shipped_quantity integer NOT NULL DEFAULT 0 CHECK (shipped_quantity >= 0),
  backordered_quantity integer NOT NULL DEFAULT 0 CHECK (backordered_quantity >= 0),
  cancelled_quantity integer NOT NULL DEFAULT 0 CHECK (cancelled_quantity >= 0),
  substituted_sku text,                        -- the SKU actually shipped in place of `sku`
  sourcing_branch_code text NOT NULL,
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  -- Date the backorder was opened, for backorder days outstanding
  backordered_since date,
  PRIMARY KEY (order_id, line_number)
);
CREATE INDEX order_lines_sku ON order_lines (sku);
CREATE INDEX order_lines_open_allocations ON order_lines (sku, sourcing_branch_code) WHERE allocated_quantity > 0;

CREATE TABLE shipments (
  id text PRIMARY KEY,                         -- 'SH-000001'
  order_id text NOT NULL REFERENCES orders (id),
  branch_code text NOT NULL,
  carrier text NOT NULL,
  service_level text NOT NULL,
  tracking_number text,
  ship_by timestamptz NOT NULL,                -- the ship cutoff the warehouse is measured against
  pick_started_at timestamptz,
  packed_at timestamptz,
  shipped_at timestamptz,
  delivered_at timestamptz,
  expedited boolean NOT NULL DEFAULT false,
  expedite_cost_minor bigint NOT NULL DEFAULT 0,
  freight_cost_minor bigint NOT NULL DEFAULT 0,
  damaged boolean NOT NULL DEFAULT false
);
CREATE INDEX shipments_order ON shipments (order_id);
CREATE INDEX shipments_branch ON shipments (branch_code, ship_by DESC);

CREATE TABLE exceptions (
  id text PRIMARY KEY,                         -- 'EX-000001'
  type text NOT NULL,                          -- 'short_ship', 'late_shipment', 'address_invalid', ...
  order_id text REFERENCES orders (id),
  shipment_id text REFERENCES shipments (id),
  sku text,
  branch_code text,
  owner text,                                  -- null: nobody owns it
  opened_at timestamptz NOT NULL,
  sla_due_at timestamptz NOT NULL,
  resolved_at timestamptz,
  margin_impact_minor bigint NOT NULL DEFAULT 0,
  description text NOT NULL
);
CREATE INDEX exceptions_order ON exceptions (order_id);
CREATE INDEX exceptions_opened ON exceptions (opened_at DESC);

CREATE TABLE returns (
  id text PRIMARY KEY,                         -- 'RMA-000001'
  order_id text NOT NULL REFERENCES orders (id),
  line_number integer NOT NULL,
  account_id text NOT NULL,
  sku text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  reason text NOT NULL CHECK (reason IN ('damaged', 'wrong_item', 'not_needed', 'defective', 'late_delivery')),
  requested_at timestamptz NOT NULL,
  authorized_at timestamptz,
  received_at timestamptz,
  inspected_at timestamptz,
  credited_at timestamptz,
  cost_minor bigint NOT NULL DEFAULT 0,        -- return freight, restock and write-off
  credit_minor bigint NOT NULL DEFAULT 0,
  status text NOT NULL CHECK (status IN ('requested', 'authorized', 'received', 'inspected', 'credited', 'rejected')),
  FOREIGN KEY (order_id, line_number) REFERENCES order_lines (order_id, line_number)
);
CREATE INDEX returns_order ON returns (order_id);
CREATE INDEX returns_account ON returns (account_id, requested_at DESC);

CREATE TABLE dataset_info (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seed integer NOT NULL,
  scale numeric NOT NULL,
  as_of timestamptz NOT NULL,
  generator_version integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
