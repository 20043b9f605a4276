-- A third alert rule: an owner's open OMS exceptions past their SLA (subject: the owner, or
-- 'unowned' for the exceptions nobody owns).
ALTER TABLE alerts DROP CONSTRAINT alerts_rule_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_rule_check
  CHECK (rule IN ('stale_inventory_sync', 'failed_order_status_events', 'exceptions_past_sla'));
