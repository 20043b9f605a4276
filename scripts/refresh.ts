import { refreshAggregates } from '../app/aggregates.ts';
import { relayDocumentationDisputes } from '../app/feeds.ts';
import { ConfigError, DOMAINS, loadConfig } from '../app/config.ts';
import { connectDb, DatabaseUnreachableError, type Db } from '../lib/db.ts';

/**
 * `npm run refresh`: rebuilds the pre-aggregated KPI tables of the configured PostgreSQL databases
 * from their raw tables, e.g. after loading data by other means than `npm run seed`.
 */
async function main() {
  const config = loadConfig();
  if (config.mode !== 'postgres') throw new ConfigError('set the database URLs: the embedded databases refresh themselves when generated');
  const dbs: Partial<Record<(typeof DOMAINS)[number], Db>> = {};
  try {
    for (const domain of DOMAINS) dbs[domain] = await connectDb({ name: domain, connectionString: config.databaseUrls[domain]! });
    const log = (line: string) => console.log(`[refresh] ${line}`);
    await relayDocumentationDisputes({ erp: dbs.erp!, oms: dbs.oms! }, log);
    await refreshAggregates(dbs, log);
  } finally {
    await Promise.all(Object.values(dbs).map((db) => db.close()));
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  console.error(`refresh: ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
  process.exit(1);
});
