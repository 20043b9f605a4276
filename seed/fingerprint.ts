import { createHash } from 'node:crypto';
import { csvRow } from './csv.ts';
import type { Dataset } from './dataset.ts';
import { datasetTables, rowTuples } from './load.ts';

/** SHA-256 of every table's CSV as it would be loaded: equal fingerprints mean byte-identical data. */
export function datasetFingerprint(dataset: Dataset): string {
  const hash = createHash('sha256');
  for (const { domain, table, columns, rows } of datasetTables(dataset)) {
    hash.update(`${domain}.${table}\n`);
    for (const tuple of rowTuples(rows, columns)) hash.update(csvRow(tuple));
  }
  return hash.digest('hex');
}
