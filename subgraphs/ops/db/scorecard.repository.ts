import type { Db } from '../../../lib/db.ts';
import { toInt } from '../../../lib/convert.ts';
import type { EscalationStepValues } from '../rules/definition.rules.ts';
import type { EscalationStepRow, KpiDefinitionRow } from './rows.ts';

const COLUMNS = 'kpi, title, owner, target, warning_threshold, breach_threshold, active, position, created_at, updated_at, retired_at';

export interface DefinitionValues {
  kpi: string;
  title: string;
  owner: string;
  target: string;
  warningThreshold: string;
  breachThreshold: string;
}

/** Active definitions in scorecard order, then (when asked) retired ones, most recently retired first. */
export function scorecardDefinitions(db: Db, options: { includeRetired: boolean }): Promise<KpiDefinitionRow[]> {
  return db.query<KpiDefinitionRow>(
    `SELECT ${COLUMNS} FROM scorecard_kpis
      WHERE active OR $1
      ORDER BY active DESC, CASE WHEN active THEN position END, retired_at DESC, kpi`,
    [options.includeRetired],
  );
}

export async function scorecardDefinitionByKpi(db: Db, kpi: string): Promise<KpiDefinitionRow | null> {
  const rows = await db.query<KpiDefinitionRow>(`SELECT ${COLUMNS} FROM scorecard_kpis WHERE kpi = $1`, [kpi]);
  return rows[0] ?? null;
}

export async function activeDefinitionCount(db: Db): Promise<number> {
  const rows = await db.query<{ count: string }>('SELECT count(*) AS count FROM scorecard_kpis WHERE active');
  return toInt(rows[0]!.count);
}

/**
 * Serialises changes to the scorecard within the transaction: the 12-KPI limit and the next
 * position are read and then relied on. Readers are not blocked.
 */
export async function lockScorecard(db: Db): Promise<void> {
  await db.query('LOCK TABLE scorecard_kpis IN SHARE ROW EXCLUSIVE MODE');
}

export function escalationStepsByKpis(db: Db, kpis: readonly string[]): Promise<EscalationStepRow[]> {
  return db.query<EscalationStepRow>(
    `SELECT kpi, step, after_hours, notify, channel FROM escalation_steps
      WHERE kpi = ANY($1::text[])
      ORDER BY kpi, step`,
    [kpis],
  );
}

/** Puts a KPI on the scorecard at the end: a new row, or a retired one brought back. */
export async function activateDefinition(db: Db, values: DefinitionValues): Promise<KpiDefinitionRow> {
  const rows = await db.query<KpiDefinitionRow>(
    `INSERT INTO scorecard_kpis AS k (kpi, title, owner, target, warning_threshold, breach_threshold, position)
     VALUES ($1, $2, $3, $4, $5, $6, (SELECT COALESCE(MAX(position), 0) + 1 FROM scorecard_kpis WHERE active))
     ON CONFLICT (kpi) DO UPDATE
        SET title = EXCLUDED.title, owner = EXCLUDED.owner, target = EXCLUDED.target,
            warning_threshold = EXCLUDED.warning_threshold, breach_threshold = EXCLUDED.breach_threshold,
            position = EXCLUDED.position, active = true, retired_at = NULL, updated_at = now()
      WHERE NOT k.active
     RETURNING ${COLUMNS}`,
    [values.kpi, values.title, values.owner, values.target, values.warningThreshold, values.breachThreshold],
  );
  return rows[0]!;
}

export async function updateDefinition(db: Db, values: Omit<DefinitionValues, 'owner'>): Promise<KpiDefinitionRow> {
  const rows = await db.query<KpiDefinitionRow>(
    `UPDATE scorecard_kpis
        SET title = $2, target = $3, warning_threshold = $4, breach_threshold = $5, updated_at = now()
      WHERE kpi = $1
     RETURNING ${COLUMNS}`,
    [values.kpi, values.title, values.target, values.warningThreshold, values.breachThreshold],
  );
  return rows[0]!;
}

export async function retireDefinition(db: Db, kpi: string): Promise<KpiDefinitionRow> {
  const rows = await db.query<KpiDefinitionRow>(
    `UPDATE scorecard_kpis SET active = false, retired_at = now(), updated_at = now()
      WHERE kpi = $1
     RETURNING ${COLUMNS}`,
    [kpi],
  );
  return rows[0]!;
}

export async function reassignDefinition(db: Db, kpi: string, owner: string): Promise<KpiDefinitionRow> {
  const rows = await db.query<KpiDefinitionRow>(
    `UPDATE scorecard_kpis SET owner = $2, updated_at = now()
      WHERE kpi = $1
     RETURNING ${COLUMNS}`,
    [kpi, owner],
  );
  return rows[0]!;
}

/** Replaces a KPI's whole escalation path; steps are numbered in the order given. */
export async function replaceEscalationPath(db: Db, kpi: string, steps: readonly EscalationStepValues[]): Promise<EscalationStepRow[]> {
  await db.query('DELETE FROM escalation_steps WHERE kpi = $1', [kpi]);
  return db.query<EscalationStepRow>(
    `INSERT INTO escalation_steps (kpi, step, after_hours, notify, channel)
     SELECT $1, s.step, s.after_hours, s.notify, s.channel
       FROM unnest($2::int[], $3::text[], $4::text[]) WITH ORDINALITY AS s (after_hours, notify, channel, step)
      ORDER BY s.step
     RETURNING kpi, step, after_hours, notify, channel`,
    [kpi, steps.map((s) => s.afterHours), steps.map((s) => s.notify), steps.map((s) => s.channel)],
  );
}
