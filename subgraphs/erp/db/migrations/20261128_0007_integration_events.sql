-- Integration events the ERP applies (inventory snapshots and 846 advice, payments, 855 PO
-- acknowledgments, 856 ship notices), handed over by the ops domain in batches.

-- Every event id the ERP has applied, written in the same transaction as the change it made, so a
-- re-delivery after a crash is answered "already applied" and never applied twice.
CREATE TABLE applied_events (
  event_id text PRIMARY KEY,
  type text NOT NULL,                          -- lib/events/model.ts EventType, e.g. 'payment'
  applied_at timestamptz NOT NULL
);

-- What suppliers said about our purchase order lines in their 855s: one row per ACK segment. The
-- ETA they give for an accepted or changed line also moves purchase_order_lines.current_eta.
CREATE TABLE purchase_order_acknowledgments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id text NOT NULL REFERENCES applied_events (event_id),
  purchase_order_id text NOT NULL,
  line_number integer NOT NULL,
  acknowledgment_type text NOT NULL,           -- BAK-02: AC, AD, AT, RJ, ...
  status_code text NOT NULL,                   -- ACK-01: IA accepted, IR rejected, IB backordered, IC changed, ...
  quantity numeric,                            -- ACK-02, as the supplier sent it
  status_date date,                            -- ACK-05, the date the status is for (ship or delivery)
  FOREIGN KEY (purchase_order_id, line_number) REFERENCES purchase_order_lines (purchase_order_id, line_number)
);
CREATE INDEX purchase_order_acknowledgments_line ON purchase_order_acknowledgments (purchase_order_id, line_number);

-- What suppliers said they shipped against our purchase orders in their 856s: one row per item per
-- order. The delivery estimate (or, without one, the ship date) becomes the line's current_eta.
CREATE TABLE inbound_shipment_notices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id text NOT NULL REFERENCES applied_events (event_id),
  shipment_id text NOT NULL,                   -- BSN-02, the supplier's shipment id
  purchase_order_id text NOT NULL,
  line_number integer NOT NULL,
  sku text NOT NULL REFERENCES items (sku),
  shipped_quantity numeric NOT NULL,
  ship_date date,
  estimated_delivery_date date,
  FOREIGN KEY (purchase_order_id, line_number) REFERENCES purchase_order_lines (purchase_order_id, line_number)
);
CREATE INDEX inbound_shipment_notices_line ON inbound_shipment_notices (purchase_order_id, line_number);
CREATE INDEX inbound_shipment_notices_shipment ON inbound_shipment_notices (shipment_id);
