import DataLoader from 'dataloader';
import type { Db } from '../../lib/db.ts';
import { listLoader } from '../../lib/loaders.ts';
import { escalationStepsByKpis, scorecardDefinitions } from './db/scorecard.repository.ts';
import type { KpiDefinitionRow } from './db/rows.ts';

/** The activeDefinitions loader's only key. */
export const ACTIVE = 'active';

/**
 * Every DataLoader of one OPS request. However many Scorecard representations the gateway sends,
 * the active definitions are read once and the escalation paths in one statement.
 */
export function createLoaders(db: Db) {
  return {
    /** The one key is ACTIVE: the definitions currently on the scorecard, in order. */
    activeDefinitions: new DataLoader<typeof ACTIVE, KpiDefinitionRow[]>(async (keys) => {
      const rows = await scorecardDefinitions(db, { includeRetired: false });
      return keys.map(() => rows);
    }),
    escalationPath: listLoader((kpis: readonly string[]) => escalationStepsByKpis(db, kpis), (row) => row.kpi),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
