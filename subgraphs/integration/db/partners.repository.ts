import type { Db } from '../../../lib/db.ts';
import type { ExceptionRouteRecord, TradingPartnerRow } from './rows.ts';

const PARTNER_COLUMNS = 'id, name, kind, x12_qualifier, x12_id, account_id, supplier_id, branch_code';

export function tradingPartners(db: Db): Promise<TradingPartnerRow[]> {
  return db.query<TradingPartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM trading_partners ORDER BY id`);
}

export function tradingPartnersByIds(db: Db, ids: readonly string[]): Promise<TradingPartnerRow[]> {
  return db.query<TradingPartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM trading_partners WHERE id = ANY($1::text[])`, [ids]);
}

export async function upsertTradingPartners(db: Db, partners: readonly TradingPartnerRow[]): Promise<void> {
  if (partners.length === 0) return;
  const column = <K extends keyof TradingPartnerRow>(key: K) => partners.map((p) => p[key]);
  await db.query(
    `INSERT INTO trading_partners (${PARTNER_COLUMNS})
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, x12_qualifier = excluded.x12_qualifier,
       x12_id = excluded.x12_id, account_id = excluded.account_id, supplier_id = excluded.supplier_id, branch_code = excluded.branch_code`,
    [column('id'), column('name'), column('kind'), column('x12_qualifier'), column('x12_id'), column('account_id'), column('supplier_id'), column('branch_code')],
  );
}

export function exceptionRoutes(db: Db): Promise<ExceptionRouteRecord[]> {
  return db.query<ExceptionRouteRecord>('SELECT partner_id, event_type, owner, sla_hours FROM exception_routes');
}

/** Partners by their X12 interchange id, written 'qualifier:id' as events from unregistered senders record it. */
export function tradingPartnersByX12(db: Db, senders: readonly string[]): Promise<(TradingPartnerRow & { sender: string })[]> {
  return db.query(
    `SELECT ${PARTNER_COLUMNS}, x12_qualifier || ':' || x12_id AS sender FROM trading_partners
     WHERE x12_id IS NOT NULL AND x12_qualifier || ':' || x12_id = ANY($1::text[])`,
    [senders],
  );
}
