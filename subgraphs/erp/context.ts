import type { Db } from '../../lib/db.ts';
import { asOfInstant } from './db/dataset.repository.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: Db;
  loaders: Loaders;
  /** The instant ages and days past due are measured to; read once per request, on first use. */
  asOf: () => Promise<Date>;
}

export function createContext(db: Db): Context {
  let asOf: Promise<Date> | undefined;
  return { db, loaders: createLoaders(db), asOf: () => (asOf ??= asOfInstant(db)) };
}
