/**
 * The demo dataset: a deterministic generator for a mid-market industrial distributor and a bulk
 * loader for the ERP, PIM and OMS databases (PGlite in-process or PostgreSQL).
 */
export { DEFAULT_SCALE, DEFAULT_SEED, GENERATOR_VERSION, PINNED_AS_OF, RATES, VOLUMES } from './config.ts';
export { csvField, csvRow, type CsvValue } from './csv.ts';
export { generateDataset, type Dataset, type GenerateOptions } from './dataset.ts';
export { nonEmptyTables, seededTables, truncateSeededTables } from './database-state.ts';
export { datasetFingerprint } from './fingerprint.ts';
export { DOMAINS, seedDatabases, type DatasetSummary, type Domain, type SeedOptions, type SeedTargets } from './load.ts';
export { isCalendarDay, todayUtc } from './timeline.ts';
export { pgliteTarget, postgresTarget, type BulkTarget, type PostgresTarget } from './targets.ts';
