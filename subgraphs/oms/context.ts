import type { Db } from '../../lib/db.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** One request's context: the OMS database and fresh DataLoaders. */
export interface Context {
  db: Db;
  loaders: Loaders;
}

export function createContext(db: Db): Context {
  return { db, loaders: createLoaders(db) };
}
