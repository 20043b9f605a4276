import type { Db } from '../../lib/db.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: Db;
  loaders: Loaders;
}

export function createContext(db: Db): Context {
  return { db, loaders: createLoaders(db) };
}
