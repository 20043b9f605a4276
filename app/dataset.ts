import type { Db } from '../lib/db.ts';
import { toFloat, toInt } from '../lib/convert.ts';
import { GENERATOR_VERSION, pgliteTarget, seedDatabases } from '../seed/index.ts';
import { DEMO_TRADING_PARTNERS } from '../seed/partners.ts';
import { upsertTradingPartners } from '../subgraphs/integration/db/partners.repository.ts';
import type { Config, Domain } from './config.ts';
import type { EmbeddedDatabase } from './embedded.ts';

export interface DatasetInfo {
  seed: number;
  scale: number;
  asOf: Date;
  generatorVersion: number;
}

/**
 * The domains whose databases hold the generated demo dataset (and its dataset_info row). The
 * ops and integration databases hold configuration (the scorecard; trading partners and routing)
 * and what the intake received, which generating data never touches.
 */
export const DATASET_DOMAINS = ['erp', 'pim', 'oms'] as const satisfies readonly Domain[];

export type DatasetState =
  | { status: 'existing'; info: DatasetInfo }
  | { status: 'generated'; info: DatasetInfo; seconds: number }
  | { status: 'empty' };

export async function readDatasetInfo(db: Db): Promise<DatasetInfo | null> {
  const rows = await db.query<{ seed: number; scale: string; as_of: Date; generator_version: number }>(
    'SELECT seed, scale, as_of, generator_version FROM dataset_info',
  );
  const row = rows[0];
  return row ? { seed: toInt(row.seed), scale: toFloat(row.scale), asOf: row.as_of, generatorVersion: toInt(row.generator_version) } : null;
}

const sameDataset = (a: DatasetInfo, b: DatasetInfo) =>
  a.seed === b.seed && a.scale === b.scale && a.generatorVersion === b.generatorVersion && a.asOf.getTime() === b.asOf.getTime();

const asOfDay = (info: DatasetInfo) => info.asOf.toISOString().slice(0, 10);

/** The stored embedded dataset when it fits the configuration, else why it must be generated (again). */
function storedDataset(infos: readonly (DatasetInfo | null)[], config: Config): { reuse: DatasetInfo } | { reason: string } {
  const first = infos[0];
  if (infos.every((info) => info === null)) return { reason: 'none is stored yet' };
  if (!first || !infos.every((info) => info && sameDataset(info, first))) return { reason: 'the stored one is incomplete (an interrupted start?)' };
  if (first.generatorVersion !== GENERATOR_VERSION) return { reason: `the stored one is from generator version ${first.generatorVersion}, this is version ${GENERATOR_VERSION}` };
  if (first.scale !== config.scale) return { reason: `the stored one is at scale ${first.scale}` };
  // A demo promises dates after its as-of: a dataset from another day would promise the past.
  if (asOfDay(first) !== config.asOf) return { reason: `the stored one is as of ${asOfDay(first)} (OPSGRAPH_AS_OF keeps a day; the default is today)` };
  return { reuse: first };
}

/**
 * The embedded databases are generated once per as-of day and kept on disk: a later start finds
 * the same dataset in all three data domains and skips generation. A partial or outdated dataset
 * (an interrupted first start, a new generator version, another scale, another as-of day) is
 * cleared and generated again.
 * Real PostgreSQL databases are never filled implicitly: `npm run seed` does that on purpose.
 */
export async function ensureDataset(
  dbs: Record<Domain, Db>,
  embedded: Partial<Record<Domain, EmbeddedDatabase>>,
  config: Config,
  log: (line: string) => void,
): Promise<DatasetState> {
  const infos = await Promise.all(DATASET_DOMAINS.map((domain) => readDatasetInfo(dbs[domain])));
  const first = infos[0];
  if (config.mode === 'postgres') {
    if (first && infos.every((info) => info && sameDataset(info, first))) return { status: 'existing', info: first };
    log('the databases hold no complete demo dataset; load one with `npm run seed` (see README)');
    return { status: 'empty' };
  }
  // The demo's trading partners (integration configuration) point at generated records; kept in step.
  await upsertTradingPartners(dbs.integration, DEMO_TRADING_PARTNERS);
  const stored = storedDataset(infos, config);
  if ('reuse' in stored) {
    const { seed, scale, asOf } = stored.reuse;
    log(`using the existing embedded dataset (seed ${seed}, scale ${scale}, as of ${asOf.toISOString()})`);
    return { status: 'existing', info: stored.reuse };
  }
  log(`generating the demo dataset (scale ${config.scale}, as of ${config.asOf}) because ${stored.reason}; later starts reuse it until the as-of day changes ...`);
  const started = performance.now();
  for (const domain of DATASET_DOMAINS) await truncateAll(dbs[domain]);
  await seedDatabases(
    { erp: pgliteTarget(embedded.erp!.pglite), pim: pgliteTarget(embedded.pim!.pglite), oms: pgliteTarget(embedded.oms!.pglite) },
    { scale: config.scale, asOf: config.asOf, onProgress: log },
  );
  const info = await readDatasetInfo(dbs.erp);
  if (!info) throw new Error('the generator finished without writing dataset_info');
  return { status: 'generated', info, seconds: (performance.now() - started) / 1000 };
}

async function truncateAll(db: Db): Promise<void> {
  const tables = await db.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
  );
  if (tables.length > 0) await db.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
}
