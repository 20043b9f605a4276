import { DEFAULT_SCALE, DEFAULT_SEED } from './config.ts';
import type { CsvValue } from './csv.ts';
import { generateDataset, type Dataset } from './dataset.ts';
import { ERP_COLUMNS } from './tables/erp.ts';
import { OMS_COLUMNS } from './tables/oms.ts';
import { PIM_COLUMNS } from './tables/pim.ts';
import type { BulkTarget } from './targets.ts';

export type Domain = 'erp' | 'pim' | 'oms';
export const DOMAINS: readonly Domain[] = ['erp', 'pim', 'oms'];

/** Each domain's tables in foreign-key load order, with their columns. */
export const DOMAIN_COLUMNS: Record<Domain, Readonly<Record<string, readonly string[]>>> = {
  erp: ERP_COLUMNS,
  pim: PIM_COLUMNS,
  oms: OMS_COLUMNS,
};

const DATASET_INFO_COLUMNS = ['singleton', 'seed', 'scale', 'as_of', 'generator_version'] as const;

export interface SeedTargets {
  erp: BulkTarget;
  pim: BulkTarget;
  oms: BulkTarget;
}

export interface SeedOptions {
  seed?: number;
  scale?: number;
  /** The as-of day, YYYY-MM-DD (see GenerateOptions). */
  asOf: string;
  onProgress?: (message: string) => void;
}

export interface DatasetSummary {
  seed: number;
  scale: number;
  /** ISO-8601 UTC instant the data describes. */
  asOf: string;
  generatorVersion: number;
  /** Rows loaded per table, by domain (dataset_info not included). */
  tables: Record<Domain, Record<string, number>>;
  totalRows: number;
  timings: { generateMs: number; loadMs: Record<Domain, number>; analyzeMs: number; totalMs: number };
}

/** Every table of the dataset in load order, its columns and its rows as value tuples. */
export function* datasetTables(dataset: Dataset): Generator<{ domain: Domain; table: string; columns: readonly string[]; rows: readonly object[] }> {
  for (const domain of DOMAINS) {
    const tables = dataset[domain] as unknown as Record<string, readonly object[]>;
    for (const [table, columns] of Object.entries(DOMAIN_COLUMNS[domain])) yield { domain, table, columns, rows: tables[table]! };
  }
}

export function* rowTuples(rows: readonly object[], columns: readonly string[]): Generator<CsvValue[]> {
  for (const row of rows) {
    const record = row as Record<string, CsvValue>;
    yield columns.map((column) => record[column]);
  }
}

/**
 * Generates the dataset and bulk-loads it into three MIGRATED, EMPTY databases, table by table
 * in foreign-key order, then VACUUM ANALYZEs them and writes dataset_info last in each: a database
 * without dataset_info was not fully loaded.
 */
export async function seedDatabases(targets: SeedTargets, options: SeedOptions): Promise<DatasetSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? DEFAULT_SCALE;
  progress(`generating dataset (seed ${seed}, scale ${scale}, as of ${options.asOf})`);
  const dataset = generateDataset({ seed, scale, asOf: options.asOf });
  const generateMs = performance.now() - started;
  const tables: DatasetSummary['tables'] = { erp: {}, pim: {}, oms: {} };
  let totalRows = 0;
  for (const { rows } of datasetTables(dataset)) totalRows += rows.length;
  progress(`generated ${totalRows.toLocaleString('en-US')} rows in ${seconds(generateMs)}`);

  const loadMs: Record<Domain, number> = { erp: 0, pim: 0, oms: 0 };
  for (const { domain, table, columns, rows } of datasetTables(dataset)) {
    const tableStarted = performance.now();
    await targets[domain].copy(table, columns, rowTuples(rows, columns));
    const elapsed = performance.now() - tableStarted;
    loadMs[domain] += elapsed;
    tables[domain][table] = rows.length;
    progress(`${domain}.${table}: ${rows.length.toLocaleString('en-US')} rows in ${seconds(elapsed)}`);
  }

  const analyzeStarted = performance.now();
  // VACUUM sets the visibility map, so covering indexes answer without visiting the heap.
  for (const domain of DOMAINS) await targets[domain].exec('VACUUM ANALYZE');
  const analyzeMs = performance.now() - analyzeStarted;
  progress(`analyzed in ${seconds(analyzeMs)}`);

  const info: CsvValue[] = [true, dataset.seed, dataset.scale, dataset.asOf, dataset.generatorVersion];
  for (const domain of DOMAINS) await targets[domain].copy('dataset_info', DATASET_INFO_COLUMNS, [info]);
  const totalMs = performance.now() - started;
  progress(`dataset_info written; ${totalRows.toLocaleString('en-US')} rows in ${seconds(totalMs)}`);
  return {
    seed: dataset.seed,
    scale: dataset.scale,
    asOf: dataset.asOf.toISOString(),
    generatorVersion: dataset.generatorVersion,
    tables,
    totalRows,
    timings: { generateMs, loadMs, analyzeMs, totalMs },
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
