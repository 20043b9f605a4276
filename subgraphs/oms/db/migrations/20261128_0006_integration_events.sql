-- Integration events the OMS applies (lib/events/model.ts APPLIED_BY) and the exceptions ops opens
-- for events it rejected or could not apply (subgraphs/oms/intake/).

-- Each event id applied, written in the same transaction as the change it made: an event
-- re-delivered after a crash finds its id here and answers already_applied, never a second effect.
CREATE TABLE applied_events (
  event_id text PRIMARY KEY,
  type text NOT NULL,
  applied_at timestamptz NOT NULL
);

-- The integration event an exception was opened for; null for every other exception. Unique, so
-- opening the exception of an event twice opens it once.
ALTER TABLE exceptions ADD COLUMN event_id text UNIQUE;

-- An 850 for a PO the account has already placed must fail, whatever channel placed it: found by
-- account and customer PO in one set-based look-up per batch.
CREATE INDEX orders_account_customer_po ON orders (account_id, customer_po) WHERE customer_po IS NOT NULL;
