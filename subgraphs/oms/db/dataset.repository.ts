import type { Db } from '../../../lib/db.ts';

/** The instant the loaded dataset describes, when a seed recorded one; null for a live database. */
export async function datasetAsOf(db: Db): Promise<Date | null> {
  const [row] = await db.query<{ as_of: Date }>('SELECT as_of FROM dataset_info LIMIT 1');
  return row?.as_of ?? null;
}
