import type { Db } from '../../lib/db.ts';
import { rowLoader } from '../../lib/loaders.ts';
import { eventsByIds } from './db/integration-events.repository.ts';

/** Every DataLoader of one integration request: events by id, for look-ups, references and duplicateOf. */
export function createLoaders(db: Db) {
  return {
    integrationEvent: rowLoader((ids: readonly string[]) => eventsByIds(db, ids), (row) => row.id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
