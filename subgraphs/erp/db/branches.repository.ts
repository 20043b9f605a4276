import type { Db } from '../../../lib/db.ts';
import type { BranchRow } from './rows.ts';

const BRANCH_COLUMNS = `code, name, city, region, time_zone, sync_stale_after_minutes, last_inventory_sync_at`;

export function branchesByCodes(db: Db, codes: readonly string[]): Promise<BranchRow[]> {
  return db.query<BranchRow>(`SELECT ${BRANCH_COLUMNS} FROM branches WHERE code = ANY($1::text[])`, [codes]);
}

export function allBranches(db: Db): Promise<BranchRow[]> {
  return db.query<BranchRow>(`SELECT ${BRANCH_COLUMNS} FROM branches ORDER BY code`);
}
