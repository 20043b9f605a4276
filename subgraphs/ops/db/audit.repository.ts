import type { Db } from '../../../lib/db.ts';
import type { ScorecardChangeRecord } from './rows.ts';

export interface ScorecardChange {
  kpi: string;
  action: ScorecardChangeRecord['action'];
  actor: string;
  /** The definition before the change; null when the KPI was never on the scorecard. */
  before: unknown;
  after: unknown;
}

/** Appends one change to the audit trail; call it inside the change's transaction. */
export async function recordScorecardChange(db: Db, change: ScorecardChange): Promise<void> {
  await db.query(
    `INSERT INTO scorecard_changes (kpi, action, actor, before, after)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)`,
    [change.kpi, change.action, change.actor, change.before === null ? null : JSON.stringify(change.before), JSON.stringify(change.after)],
  );
}

export function scorecardChangesByKpi(db: Db, kpi: string): Promise<ScorecardChangeRecord[]> {
  return db.query<ScorecardChangeRecord>(
    'SELECT id, kpi, action, actor, changed_at, before, after FROM scorecard_changes WHERE kpi = $1 ORDER BY id',
    [kpi],
  );
}
