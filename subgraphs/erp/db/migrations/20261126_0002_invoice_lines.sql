-- What the ERP invoiced, line by line, and the channel the billed order came in through.

-- The order's entry channel as the ERP recorded it when invoicing; null for manual invoices
-- (credits, service charges) that no order entry channel produced.
ALTER TABLE invoices ADD COLUMN sales_channel text CHECK (sales_channel IN ('portal', 'rep', 'edi', 'api'));

-- One line per order line a shipment carried. line_number is the billed order line's number, so a
-- line ties back to its OMS order line (order_id on the invoice + line_number); the sku is the one
-- shipped (a substitute when the order line was substituted). Prices and cost are frozen at
-- invoicing: the order's unit price, the item's list price and its standard cost that day.
CREATE TABLE invoice_lines (
  invoice_id text NOT NULL REFERENCES invoices (id),
  line_number integer NOT NULL,
  sku text NOT NULL REFERENCES items (sku),
  quantity integer NOT NULL CHECK (quantity > 0),
  unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
  list_price_minor bigint NOT NULL CHECK (list_price_minor >= 0),
  unit_cost_minor bigint NOT NULL CHECK (unit_cost_minor >= 0),
  PRIMARY KEY (invoice_id, line_number)
);
CREATE INDEX invoice_lines_sku ON invoice_lines (sku);
