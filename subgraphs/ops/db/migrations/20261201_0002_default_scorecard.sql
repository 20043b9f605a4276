-- The default weekly scorecard (kpi-standards.md, from the playbook's FAQ and KPI stack): twelve
-- KPIs, every one owned. Targets and thresholds follow published benchmarks where there are some
-- (APQC sales cycle median 6 days; perfect order around 90% (APQC index median); Credit Research
-- Foundation DSO medians 38-42 days) and common distributor operating goals elsewhere.
--
-- Escalation: the owner at once by email, their VP on Slack after 48 h in breach, the COO (the
-- CFO for cash and margin KPIs) paged after 14 days. The scorecard is weekly and counts a first
-- breached week as 168 h, so owner and VP hear in the first review and the executive only when the
-- breach is still there a week later.
INSERT INTO scorecard_kpis (kpi, title, owner, target, warning_threshold, breach_threshold, position) VALUES
  ('quote_to_order_cycle_time',    'Quote-to-order cycle time',           'Sales Ops Lead',               5,   7,  10,  1),
  ('perfect_order_rate',           'Perfect order rate',                  'Director of Fulfilment',      95,  92,  90,  2),
  ('cancellation_rate',            'Cancellation rate',                   'Head of Customer Service',     2,   3,   5,  3),
  ('substitution_rate',            'Substitution rate',                   'Inventory Planning Manager',   2,   3,   5,  4),
  ('backorder_days_outstanding',   'Backorder days outstanding',          'Inventory Planning Manager',   5,   7,  10,  5),
  ('return_cycle_time',            'Return cycle time',                   'Returns Manager',             10,  14,  21,  6),
  ('dso',                          'Days sales outstanding (DSO)',        'Credit Manager',              40,  45,  50,  7),
  ('credit_hold_release_time',     'Credit hold release time',            'Credit Manager',               8,  12,  24,  8),
  ('dispute_rate_order_quality',   'Dispute rate tied to order quality',  'Controller',                   1,   2,   3,  9),
  ('pick_pack_sla_adherence',      'Pick/pack SLA adherence',             'Director of Fulfilment',      98,  95,  92, 10),
  ('gross_margin_percent',         'Gross margin %',                      'Pricing Manager',             28,  25,  22, 11),
  ('self_serve_order_penetration', 'Self-serve order penetration',        'Head of Ecommerce',           40,  30,  20, 12);

INSERT INTO escalation_steps (kpi, step, after_hours, notify, channel) VALUES
  ('quote_to_order_cycle_time',    1,   0, 'Sales Ops Lead',             'email'),
  ('quote_to_order_cycle_time',    2,  48, 'VP Sales',                   'slack'),
  ('quote_to_order_cycle_time',    3, 336, 'COO',                        'page'),
  ('perfect_order_rate',           1,   0, 'Director of Fulfilment',     'email'),
  ('perfect_order_rate',           2,  48, 'VP Operations',              'slack'),
  ('perfect_order_rate',           3, 336, 'COO',                        'page'),
  ('cancellation_rate',            1,   0, 'Head of Customer Service',   'email'),
  ('cancellation_rate',            2,  48, 'VP Operations',              'slack'),
  ('cancellation_rate',            3, 336, 'COO',                        'page'),
  ('substitution_rate',            1,   0, 'Inventory Planning Manager', 'email'),
  ('substitution_rate',            2,  48, 'VP Operations',              'slack'),
  ('substitution_rate',            3, 336, 'COO',                        'page'),
  ('backorder_days_outstanding',   1,   0, 'Inventory Planning Manager', 'email'),
  ('backorder_days_outstanding',   2,  48, 'VP Operations',              'slack'),
  ('backorder_days_outstanding',   3, 336, 'COO',                        'page'),
  ('return_cycle_time',            1,   0, 'Returns Manager',            'email'),
  ('return_cycle_time',            2,  48, 'VP Operations',              'slack'),
  ('return_cycle_time',            3, 336, 'COO',                        'page'),
  ('dso',                          1,   0, 'Credit Manager',             'email'),
  ('dso',                          2,  48, 'Controller',                 'slack'),
  ('dso',                          3, 336, 'CFO',                        'page'),
  ('credit_hold_release_time',     1,   0, 'Credit Manager',             'email'),
  ('credit_hold_release_time',     2,  48, 'Controller',                 'slack'),
  ('credit_hold_release_time',     3, 336, 'CFO',                        'page'),
  ('dispute_rate_order_quality',   1,   0, 'Controller',                 'email'),
  ('dispute_rate_order_quality',   2,  48, 'VP Operations',              'slack'),
  ('dispute_rate_order_quality',   3, 336, 'CFO',                        'page'),
  ('pick_pack_sla_adherence',      1,   0, 'Director of Fulfilment',     'email'),
  ('pick_pack_sla_adherence',      2,  48, 'VP Operations',              'slack'),
  ('pick_pack_sla_adherence',      3, 336, 'COO',                        'page'),
  ('gross_margin_percent',         1,   0, 'Pricing Manager',            'email'),
  ('gross_margin_percent',         2,  48, 'VP Sales',                   'slack'),
  ('gross_margin_percent',         3, 336, 'CFO',                        'page'),
  ('self_serve_order_penetration', 1,   0, 'Head of Ecommerce',          'email'),
  ('self_serve_order_penetration', 2,  48, 'VP Sales',                   'slack'),
  ('self_serve_order_penetration', 3, 336, 'COO',                        'page');

-- The audit trail starts with the defaults, attributed to this migration.
INSERT INTO scorecard_changes (kpi, action, actor, before, after)
SELECT k.kpi, 'add', 'migration 20261201_0002_default_scorecard', NULL,
       jsonb_build_object(
         'title', k.title, 'owner', k.owner, 'target', k.target::text,
         'warningThreshold', k.warning_threshold::text, 'breachThreshold', k.breach_threshold::text,
         'active', k.active, 'position', k.position,
         'escalationPath', (SELECT jsonb_agg(jsonb_build_object('afterHours', s.after_hours, 'notify', s.notify, 'channel', s.channel) ORDER BY s.step)
                              FROM escalation_steps s WHERE s.kpi = k.kpi))
  FROM scorecard_kpis k
 ORDER BY k.position;
