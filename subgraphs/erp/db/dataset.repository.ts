import type { Db } from '../../../lib/db.ts';

/**
 * The instant ages and "days past due" are measured to: the generated dataset's as-of time when
 * the database holds one (so a demo dataset reads the same whatever day it is served), else now.
 */
export async function asOfInstant(db: Db): Promise<Date> {
  const [row] = await db.query<{ as_of: Date }>(
    'SELECT coalesce((SELECT as_of FROM dataset_info WHERE singleton), now()) AS as_of',
  );
  return row!.as_of;
}
