import type { Db } from '../lib/db.ts';
import { MODULES } from './modules.ts';
import type { Domain } from './config.ts';

/**
 * Rebuilds every domain's pre-aggregated KPI tables from its raw tables: after a bulk load, and
 * when a migration may have added an aggregate the existing data has not filled yet.
 */
export async function refreshAggregates(dbs: Partial<Record<Domain, Db>>, log: (line: string) => void): Promise<void> {
  for (const [domain, db] of Object.entries(dbs) as [Domain, Db][]) {
    const refresh = MODULES[domain].module.refreshAggregates;
    if (!refresh) continue;
    const started = performance.now();
    await refresh(db);
    log(`${domain}: KPI aggregates refreshed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
