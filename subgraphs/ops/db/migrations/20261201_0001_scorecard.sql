-- OPS: the operating model. Configuration, not generated data: which KPIs the weekly scorecard
-- carries, who owns them, their thresholds and escalation paths, and every change to them.

-- One row per KPI ever put on the scorecard. `kpi` is a catalog name (the catalog lives in code,
-- subgraphs/ops/rules/kpi-catalog.ts); retiring keeps the row, adding back reactivates it.
CREATE TABLE scorecard_kpis (
  kpi text PRIMARY KEY CHECK (kpi ~ '^[a-z][a-z0-9_]*$'),
  title text NOT NULL CHECK (btrim(title) <> ''),
  -- NULL = nobody owns it (e.g. the owner left): the scorecard flags it UNOWNED, never fine.
  owner text CHECK (owner IS NULL OR btrim(owner) <> ''),
  target numeric NOT NULL,
  warning_threshold numeric NOT NULL,
  breach_threshold numeric NOT NULL,
  active boolean NOT NULL DEFAULT true,
  position integer NOT NULL CHECK (position > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  CHECK (active = (retired_at IS NULL)),
  -- The direction lives in the catalog; whichever it is, the thresholds must be ordered one way.
  CHECK ((breach_threshold < warning_threshold AND warning_threshold <= target)
      OR (target <= warning_threshold AND warning_threshold < breach_threshold))
);
CREATE UNIQUE INDEX scorecard_kpis_active_position ON scorecard_kpis (position) WHERE active;

-- The scorecard holds at most 12 active KPIs, even when changed by hand rather than the API.
CREATE FUNCTION scorecard_kpis_at_most_12() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM scorecard_kpis WHERE active) > 12 THEN
    RAISE EXCEPTION 'the scorecard holds at most 12 active KPIs' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER scorecard_kpis_at_most_12 AFTER INSERT OR UPDATE ON scorecard_kpis
  FOR EACH STATEMENT EXECUTE FUNCTION scorecard_kpis_at_most_12();

-- Who is told after how long in breach, in order.
CREATE TABLE escalation_steps (
  kpi text NOT NULL REFERENCES scorecard_kpis (kpi) ON DELETE CASCADE,
  step integer NOT NULL CHECK (step > 0),
  after_hours integer NOT NULL CHECK (after_hours >= 0),
  notify text NOT NULL CHECK (btrim(notify) <> ''),          -- a role or person: 'VP Operations'
  channel text NOT NULL CHECK (channel IN ('email', 'slack', 'page')),
  PRIMARY KEY (kpi, step)
);

-- The audit trail: every change to a definition, who made it (the subject of the caller's
-- verified token), when, and the definition before and after (with its escalation path).
CREATE TABLE scorecard_changes (
  id bigserial PRIMARY KEY,
  kpi text NOT NULL,
  action text NOT NULL CHECK (action IN ('add', 'update', 'retire', 'reassign')),
  actor text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  before jsonb,
  after jsonb NOT NULL
);
CREATE INDEX scorecard_changes_kpi ON scorecard_changes (kpi, changed_at);
