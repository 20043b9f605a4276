-- ERP: the financial and inventory record. Money is integer minor units (cents) in bigint columns.

CREATE TABLE branches (
  code text PRIMARY KEY,                       -- 'CHI', 'DAL', ...
  name text NOT NULL,
  city text NOT NULL,
  region text NOT NULL,
  time_zone text NOT NULL,
  -- An inventory sync older than this is stale (alerting in a later issue uses it).
  sync_stale_after_minutes integer NOT NULL DEFAULT 60 CHECK (sync_stale_after_minutes > 0),
  last_inventory_sync_at timestamptz NOT NULL
);

CREATE TABLE suppliers (
  id text PRIMARY KEY,                         -- 'SUP-001'
  name text NOT NULL,
  country text NOT NULL,
  lead_time_days integer NOT NULL CHECK (lead_time_days >= 0),
  payment_terms text NOT NULL
);

CREATE TABLE items (
  sku text PRIMARY KEY,
  description text NOT NULL,
  unit_of_measure text NOT NULL,               -- 'EA', 'BX', 'FT', 'PK', 'RL'
  family text NOT NULL,
  velocity_tier char(1) NOT NULL CHECK (velocity_tier IN ('A', 'B', 'C')),
  standard_cost_minor bigint NOT NULL CHECK (standard_cost_minor >= 0),
  list_price_minor bigint NOT NULL CHECK (list_price_minor >= 0),
  currency_code char(3) NOT NULL DEFAULT 'USD',
  primary_supplier_id text NOT NULL REFERENCES suppliers (id),
  min_order_quantity integer NOT NULL DEFAULT 1 CHECK (min_order_quantity >= 1),
  order_increment integer NOT NULL DEFAULT 1 CHECK (order_increment >= 1),
  active boolean NOT NULL DEFAULT true
);
CREATE INDEX items_family ON items (family, sku);
CREATE INDEX items_supplier ON items (primary_supplier_id);

CREATE TABLE inventory_positions (
  sku text NOT NULL REFERENCES items (sku),
  branch_code text NOT NULL REFERENCES branches (code),
  on_hand integer NOT NULL CHECK (on_hand >= 0),
  on_hold integer NOT NULL DEFAULT 0 CHECK (on_hold >= 0),
  safety_stock integer NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
  last_synced_at timestamptz NOT NULL,
  PRIMARY KEY (sku, branch_code)
);
CREATE INDEX inventory_positions_branch ON inventory_positions (branch_code, sku);

-- FIFO receipt layers still on hand, for inventory aging.
CREATE TABLE inventory_layers (
  sku text NOT NULL,
  branch_code text NOT NULL,
  received_on date NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  unit_cost_minor bigint NOT NULL,
  FOREIGN KEY (sku, branch_code) REFERENCES inventory_positions (sku, branch_code)
);
CREATE INDEX inventory_layers_position ON inventory_layers (sku, branch_code, received_on);

CREATE TABLE purchase_orders (
  id text PRIMARY KEY,                         -- 'PO-000001'
  supplier_id text NOT NULL REFERENCES suppliers (id),
  branch_code text NOT NULL REFERENCES branches (code),
  ordered_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'partially_received', 'received', 'cancelled'))
);
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id, ordered_at);

CREATE TABLE purchase_order_lines (
  purchase_order_id text NOT NULL REFERENCES purchase_orders (id),
  line_number integer NOT NULL,
  sku text NOT NULL REFERENCES items (sku),
  ordered_quantity integer NOT NULL CHECK (ordered_quantity > 0),
  received_quantity integer NOT NULL DEFAULT 0 CHECK (received_quantity >= 0),
  unit_cost_minor bigint NOT NULL,
  supplier_commit_date date NOT NULL,
  current_eta date,                            -- latest ETA from the supplier; null once received
  -- ETA the supplier held 7 days before arrival (inbound ETA accuracy)
  eta_seven_days_prior date,
  PRIMARY KEY (purchase_order_id, line_number)
);
CREATE INDEX purchase_order_lines_sku ON purchase_order_lines (sku);

CREATE TABLE receipts (
  id text PRIMARY KEY,
  purchase_order_id text NOT NULL,
  line_number integer NOT NULL,
  received_at timestamptz NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  FOREIGN KEY (purchase_order_id, line_number) REFERENCES purchase_order_lines (purchase_order_id, line_number)
);
CREATE INDEX receipts_line ON receipts (purchase_order_id, line_number);

CREATE TABLE price_lists (
  id text PRIMARY KEY,                         -- 'PL-CONTRACTOR'
  name text NOT NULL,
  currency_code char(3) NOT NULL DEFAULT 'USD'
);

-- Quantity breaks: the price applies from min_quantity up to the next break.
CREATE TABLE price_list_prices (
  price_list_id text NOT NULL REFERENCES price_lists (id),
  sku text NOT NULL REFERENCES items (sku),
  min_quantity integer NOT NULL CHECK (min_quantity >= 1),
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  PRIMARY KEY (price_list_id, sku, min_quantity)
);
CREATE INDEX price_list_prices_sku ON price_list_prices (sku);

CREATE TABLE customer_accounts (
  id text PRIMARY KEY,                         -- 'ACCT-0001'
  name text NOT NULL,
  segment text NOT NULL,                       -- 'oem', 'contractor', 'mro', 'distributor', 'government'
  cohort text NOT NULL,                        -- onboarding cohort, e.g. '2023-H1'
  payment_terms text NOT NULL,                 -- 'NET30', 'NET45', '2/10 NET30', 'NET60'
  payment_terms_days integer NOT NULL CHECK (payment_terms_days >= 0),
  credit_limit_minor bigint NOT NULL CHECK (credit_limit_minor >= 0),
  credit_status text NOT NULL CHECK (credit_status IN ('good', 'watch', 'hold')),
  price_list_id text NOT NULL REFERENCES price_lists (id),
  allows_substitutions boolean NOT NULL DEFAULT true,
  opened_on date NOT NULL
);
CREATE INDEX customer_accounts_segment ON customer_accounts (segment, id);

CREATE TABLE contract_prices (
  account_id text NOT NULL REFERENCES customer_accounts (id),
  sku text NOT NULL REFERENCES items (sku),
  min_quantity integer NOT NULL CHECK (min_quantity >= 1),
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  valid_from date NOT NULL,
  valid_to date,
  PRIMARY KEY (account_id, sku, min_quantity)
);

-- Invoices reference OMS orders by id only: the order itself lives in the OMS database.
CREATE TABLE invoices (
  id text PRIMARY KEY,                         -- 'INV-000001'
  account_id text NOT NULL REFERENCES customer_accounts (id),
  order_id text,
  issued_at timestamptz NOT NULL,
  due_date date NOT NULL,
  amount_minor bigint NOT NULL,
  currency_code char(3) NOT NULL DEFAULT 'USD',
  status text NOT NULL CHECK (status IN ('open', 'paid', 'partially_paid', 'disputed', 'void'))
);
CREATE INDEX invoices_account ON invoices (account_id, issued_at DESC);
CREATE INDEX invoices_order ON invoices (order_id);
CREATE INDEX invoices_issued ON invoices (issued_at);

CREATE TABLE payments (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES customer_accounts (id),
  invoice_id text NOT NULL REFERENCES invoices (id),
  received_at timestamptz NOT NULL,
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  method text NOT NULL CHECK (method IN ('ach', 'wire', 'check', 'card'))
);
CREATE INDEX payments_invoice ON payments (invoice_id);
CREATE INDEX payments_account ON payments (account_id, received_at);

CREATE TABLE credit_holds (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES customer_accounts (id),
  order_id text,
  held_at timestamptz NOT NULL,
  released_at timestamptz,
  reason text NOT NULL CHECK (reason IN ('over_limit', 'past_due', 'new_account_review', 'manual')),
  CHECK (released_at IS NULL OR released_at >= held_at)
);
CREATE INDEX credit_holds_account ON credit_holds (account_id, held_at DESC);
CREATE INDEX credit_holds_order ON credit_holds (order_id);

CREATE TABLE disputes (
  id text PRIMARY KEY,
  invoice_id text NOT NULL REFERENCES invoices (id),
  account_id text NOT NULL REFERENCES customer_accounts (id),
  reason text NOT NULL CHECK (reason IN ('pricing', 'quantity', 'documentation', 'damage')),
  amount_minor bigint NOT NULL,
  opened_at timestamptz NOT NULL,
  resolved_at timestamptz,
  CHECK (resolved_at IS NULL OR resolved_at >= opened_at)
);
CREATE INDEX disputes_account ON disputes (account_id, opened_at DESC);
CREATE INDEX disputes_invoice ON disputes (invoice_id);

-- One forecast snapshot per SKU and ISO week, generated lag_weeks before the week starts.
CREATE TABLE demand_forecasts (
  sku text NOT NULL REFERENCES items (sku),
  week_start date NOT NULL,                    -- the Monday of the ISO week
  lag_weeks integer NOT NULL DEFAULT 1 CHECK (lag_weeks >= 0),
  forecast_quantity integer NOT NULL CHECK (forecast_quantity >= 0),
  PRIMARY KEY (sku, week_start, lag_weeks)
);

-- Records which generated dataset this database holds, so a second start does not reseed.
CREATE TABLE dataset_info (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seed integer NOT NULL,
  scale numeric NOT NULL,
  as_of timestamptz NOT NULL,
  generator_version integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
