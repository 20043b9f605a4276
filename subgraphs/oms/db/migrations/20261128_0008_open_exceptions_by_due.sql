-- ops asks for the open exceptions past their SLA on every alert pass (OPSGRAPH_FEED_INTERVAL_MS);
-- the open ones are a small part of all exceptions ever raised, so index them apart by due time.
CREATE INDEX exceptions_open_by_due ON exceptions (sla_due_at) WHERE resolved_at IS NULL;
