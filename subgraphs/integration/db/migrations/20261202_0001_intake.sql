-- INTEGRATION: the intake lanes. Every EDI interchange and API event received is recorded here
-- before anything else happens to it, with its raw bytes; the ERP and OMS apply the events that
-- change their truth and report back; failures open exceptions (in the OMS) and raise alerts.
-- These tables lived in the ops database until integration got its own (the ops migrations
-- 20261201_0003 to 0005 that created them there stay, for databases deployed before the move);
-- this is their shape after those three migrations.

-- Who we trade with, and what each partner is in our own records.
CREATE TABLE trading_partners (
  id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('customer', 'supplier', 'warehouse', 'carrier', 'bank')),
  -- The partner's X12 interchange id (ISA05/06 sender as received), e.g. '12' + '4405197800'.
  x12_qualifier text,
  x12_id text,
  account_id text,                             -- ERP customer account, for customers
  supplier_id text,                            -- ERP supplier, for suppliers
  branch_code text,                            -- the branch a warehouse partner reports for / a customer ships to
  CHECK ((x12_qualifier IS NULL) = (x12_id IS NULL))
);
CREATE UNIQUE INDEX trading_partners_x12 ON trading_partners (x12_qualifier, x12_id) WHERE x12_id IS NOT NULL;

-- Who owns an exception opened by a failed or rejected event, and how soon it is due. The most
-- specific rule wins: partner and type, then partner, then type, then the default (both null).
CREATE TABLE exception_routes (
  id serial PRIMARY KEY,
  partner_id text REFERENCES trading_partners (id),
  event_type text,
  owner text NOT NULL CHECK (btrim(owner) <> ''),
  sla_hours integer NOT NULL CHECK (sla_hours > 0),
  UNIQUE NULLS NOT DISTINCT (partner_id, event_type)
);

-- One row per EDI interchange received (a file or HTTP body may hold several), raw bytes kept.
CREATE TABLE interchanges (
  id bigserial PRIMARY KEY,
  sender text,                                 -- 'ISA05:ISA06' trimmed, e.g. '12:4405197800'; null if unreadable
  receiver text,
  control_number text,                         -- ISA13
  received_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('accepted', 'partially_accepted', 'rejected', 'duplicate')),
  reason text,
  duplicate_of bigint REFERENCES interchanges (id),
  raw bytea NOT NULL,
  -- The 997s we produced for its groups, as sent back.
  acknowledgments text[] NOT NULL DEFAULT '{}',
  -- The TA1 we sent for the envelope, as sent back; null when none was owed (ISA14 0 and a clean
  -- envelope, or an unreadable ISA). Kept so a re-sent duplicate gets the original. Its ISA13
  -- comes from acknowledgment_control_numbers, as the 997s' do.
  interchange_acknowledgment text
);
-- A re-sent interchange is recorded as a duplicate, never processed twice. A rejected one does
-- not count: the partner may correct it and send it again under the same control number.
CREATE UNIQUE INDEX interchanges_identity ON interchanges (sender, receiver, control_number)
  WHERE status NOT IN ('duplicate', 'rejected') AND sender IS NOT NULL;

-- The one event model both lanes normalize into.
CREATE TABLE integration_events (
  id bigserial PRIMARY KEY,
  lane text NOT NULL CHECK (lane IN ('edi', 'api')),
  partner_id text NOT NULL,                    -- a trading partner id, or the X12 sender ('12:4405197800') when unregistered
  type text NOT NULL,                          -- lib/events/model.ts EventType, or 'x12_<set>' for a set we do not take
  -- EDI: sender|receiver|ISA13|GS06|ST02; API: partner|event id. Unique among the events that
  -- count (not duplicates, and not rejected ones, which a corrected re-send replaces).
  idempotency_key text NOT NULL,
  source_id text,                              -- the partner's own id: ST02 or the API event id
  interchange_id bigint REFERENCES interchanges (id),
  occurred_at timestamptz,
  received_at timestamptz NOT NULL,
  keys jsonb NOT NULL DEFAULT '{}',            -- BusinessKeys: {"orders": [...], "skus": [...], ...}
  payload jsonb,                               -- normalized; null when rejected before normalizing
  raw text NOT NULL,                           -- the transaction set's segments or the event's JSON, as received
  status text NOT NULL CHECK (status IN ('accepted', 'applied', 'duplicate', 'rejected', 'failed')),
  reason text,
  applies_to text CHECK (applies_to IN ('erp', 'oms')),
  duplicate_of bigint REFERENCES integration_events (id),
  attempts integer NOT NULL DEFAULT 0,
  status_changed_at timestamptz NOT NULL,
  -- When the OMS opened the exception for a rejected or failed event; null until it has.
  exception_opened_at timestamptz,
  CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL))
);
CREATE UNIQUE INDEX integration_events_identity ON integration_events (idempotency_key) WHERE status NOT IN ('duplicate', 'rejected');
CREATE INDEX integration_events_received ON integration_events (received_at DESC, id DESC);
CREATE INDEX integration_events_status ON integration_events (status, received_at DESC);
-- Accepted events a domain has yet to apply: what a restart after a crash picks up.
CREATE INDEX integration_events_pending ON integration_events (id) WHERE status = 'accepted' AND applies_to IS NOT NULL;
-- Rejected or failed events whose exception the OMS has yet to open (it was unreachable).
CREATE INDEX integration_events_unrouted ON integration_events (id) WHERE status IN ('rejected', 'failed') AND exception_opened_at IS NULL;
CREATE INDEX integration_events_partner ON integration_events (partner_id, received_at DESC);
CREATE INDEX integration_events_keys ON integration_events USING gin (keys jsonb_path_ops);

-- Alerts: raised by rules over the lanes' health and over the OMS's exceptions left past their
-- SLA, delivered to the configured webhook.
CREATE TABLE alerts (
  id bigserial PRIMARY KEY,
  rule text NOT NULL CONSTRAINT alerts_rule_check
    CHECK (rule IN ('stale_inventory_sync', 'failed_order_status_events', 'exceptions_past_sla')),
  subject text NOT NULL,                       -- the branch code, the partner id, or the exceptions' owner ('unowned' for nobody's)
  severity text NOT NULL CHECK (severity IN ('warning', 'critical')),
  owner text NOT NULL,
  summary text NOT NULL,
  since timestamptz NOT NULL,                  -- when the condition started (not when we noticed)
  raised_at timestamptz NOT NULL,
  resolved_at timestamptz,
  delivered_at timestamptz,                    -- to the webhook; null while undelivered
  delivery_attempts integer NOT NULL DEFAULT 0,
  last_delivery_error text
);
-- At most one open alert per rule and subject.
CREATE UNIQUE INDEX alerts_open ON alerts (rule, subject) WHERE resolved_at IS NULL;

-- ISA13/GS06 of the 997 acknowledgments, and ISA13 of the TA1s, we send; a sequence, so a
-- restart never reuses one.
CREATE SEQUENCE acknowledgment_control_numbers MINVALUE 1 MAXVALUE 999999999 CYCLE;

-- Default exception routing; partner-specific rules are added per partner.
INSERT INTO exception_routes (partner_id, event_type, owner, sla_hours) VALUES
  (NULL, NULL, 'Integration Desk', 8),
  (NULL, 'purchase_order', 'Order Desk', 2),
  (NULL, 'order_status_change', 'Customer Service Lead', 4),
  (NULL, 'inventory_advice', 'Inventory Control', 4),
  (NULL, 'inventory_snapshot', 'Inventory Control', 4),
  (NULL, 'payment', 'AR Specialist', 24),
  (NULL, 'po_acknowledgment', 'Buyer / Procurement', 8),
  (NULL, 'ship_notice', 'Buyer / Procurement', 8);
