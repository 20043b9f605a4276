import { parseArgs } from 'node:util';
import { DatabaseUnreachableError, connectDb, type Db } from '../lib/db.ts';
import { migrate } from '../lib/migrate.ts';
import { refreshAggregates } from '../app/aggregates.ts';
import { relayDocumentationDisputes } from '../app/feeds.ts';
import { DEMO_TRADING_PARTNERS } from '../seed/partners.ts';
import { upsertTradingPartners } from '../subgraphs/integration/db/partners.repository.ts';
import {
  DEFAULT_SCALE, DEFAULT_SEED, DOMAINS, isCalendarDay, nonEmptyTables, postgresTarget, seedDatabases, todayUtc, truncateSeededTables,
  type DatasetSummary, type Domain, type PostgresTarget,
} from '../seed/index.ts';

/**
 * `npm run seed -- [--scale N] [--seed N] [--as-of YYYY-MM-DD] [--force]`: migrates the ERP, PIM
 * and OMS databases named by ERP_DATABASE_URL, PIM_DATABASE_URL and OMS_DATABASE_URL and loads the
 * demo dataset as of 23:59:59 UTC on the --as-of day (default today, UTC).
 * Refuses databases that already hold data unless --force, which empties the seeded tables first.
 */
class UsageError extends Error {}

const USAGE = 'usage: npm run seed -- [--scale N] [--seed N] [--as-of YYYY-MM-DD] [--force]';
const ENV: Record<Domain, string> = { erp: 'ERP_DATABASE_URL', pim: 'PIM_DATABASE_URL', oms: 'OMS_DATABASE_URL' };
const log = (line: string) => console.log(`[seed] ${line}`);

function readOptions(): { scale: number; seed: number; asOf: string; force: boolean; urls: Record<Domain, string> } {
  let values;
  try {
    ({ values } = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' }, force: { type: 'boolean', default: false } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const scale = values.scale === undefined ? DEFAULT_SCALE : Number(values.scale);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new UsageError(`--scale must be a positive number (e.g. 1 or 0.02), got "${values.scale}"`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647) throw new UsageError(`--seed must be an integer from 0 to 2147483647, got "${values.seed}"`);
  const asOf = values['as-of'] ?? todayUtc();
  if (!isCalendarDay(asOf)) throw new UsageError(`--as-of must be a calendar day YYYY-MM-DD (the data describes 23:59:59 UTC that day), got "${asOf}"`);
  const missing = DOMAINS.filter((domain) => !process.env[ENV[domain]]);
  if (missing.length > 0) {
    throw new UsageError(`${missing.map((domain) => ENV[domain]).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: set each to a PostgreSQL connection string, e.g. ${ENV[missing[0]!]}=postgres://postgres@127.0.0.1:5432/opsgraph_${missing[0]}`);
  }
  const urls = Object.fromEntries(DOMAINS.map((domain) => [domain, process.env[ENV[domain]]!])) as Record<Domain, string>;
  return { scale, seed, asOf, force: values.force ?? false, urls };
}

/** Migrates each database and makes sure it is empty (or emptied, with --force). */
async function prepare(urls: Record<Domain, string>, force: boolean): Promise<void> {
  const dbs: Db[] = [];
  try {
    for (const domain of DOMAINS) dbs.push(await connectDb({ name: domain, connectionString: urls[domain], maxConnections: 1 }));
    for (const [index, domain] of DOMAINS.entries()) {
      const db = dbs[index]!;
      const applied = await migrate(db, new URL(`../subgraphs/${domain}/db/migrations/`, import.meta.url));
      if (applied.length > 0) log(`${domain}: applied ${applied.join(', ')}`);
      const filled = await nonEmptyTables(db, domain);
      if (filled.length === 0) continue;
      const tables = filled.length > 3 ? `${filled.length} tables, e.g. ${filled.slice(0, 3).join(', ')}` : filled.join(', ');
      if (!force) throw new UsageError(`the ${domain.toUpperCase()} database already holds data (${tables}); rerun with --force to replace it`);
      await truncateSeededTables(db, domain);
      log(`${domain}: emptied ${filled.length} tables (--force)`);
    }
  } finally {
    await Promise.all(dbs.map((db) => db.close()));
  }
}

function printSummary(summary: DatasetSummary): void {
  for (const domain of DOMAINS) {
    const counts = Object.entries(summary.tables[domain]).map(([table, rows]) => `${table} ${rows.toLocaleString('en-US')}`);
    log(`${domain}: ${counts.join(', ')}`);
  }
  const { generateMs, loadMs, totalMs } = summary.timings;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  log(`done: ${summary.totalRows.toLocaleString('en-US')} rows (seed ${summary.seed}, scale ${summary.scale}, as of ${summary.asOf}) in ${s(totalMs)}: generate ${s(generateMs)}, load erp ${s(loadMs.erp)} / pim ${s(loadMs.pim)} / oms ${s(loadMs.oms)}`);
}

async function main(): Promise<void> {
  const { scale, seed, asOf, force, urls } = readOptions();
  await prepare(urls, force);
  const targets = Object.fromEntries(DOMAINS.map((domain) => [domain, postgresTarget(urls[domain], { name: domain })])) as Record<Domain, PostgresTarget>;
  try {
    printSummary(await seedDatabases(targets, { seed, scale, asOf, onProgress: log }));
  } finally {
    await Promise.all(DOMAINS.map((domain) => targets[domain].close()));
  }
  const dbs = await Promise.all(DOMAINS.map((domain) => connectDb({ name: domain, connectionString: urls[domain] })));
  try {
    const byDomain = Object.fromEntries(DOMAINS.map((domain, i) => [domain, dbs[i]!])) as Record<Domain, Db>;
    await relayDocumentationDisputes(byDomain, log);
    await refreshAggregates(byDomain, log);
  } finally {
    await Promise.all(dbs.map((db) => db.close()));
  }
  await addDemoPartners();
}

/** The demo's trading partners go to the integration database (configuration) when INTEGRATION_DATABASE_URL is set. */
async function addDemoPartners(): Promise<void> {
  const url = process.env.INTEGRATION_DATABASE_URL;
  if (!url) return log('INTEGRATION_DATABASE_URL is not set: the demo trading partners were not added');
  const integration = await connectDb({ name: 'integration', connectionString: url, maxConnections: 1 });
  try {
    await migrate(integration, new URL('../subgraphs/integration/db/migrations/', import.meta.url));
    await upsertTradingPartners(integration, DEMO_TRADING_PARTNERS);
    log(`integration: ${DEMO_TRADING_PARTNERS.length} demo trading partners`);
  } finally {
    await integration.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof DatabaseUnreachableError) console.error(`seed: ${error.message}`);
  else console.error(`seed: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
