import type { Db } from '../../../lib/db.ts';
import { keysetParams, type Keyset } from './keyset.ts';
import type { OrderExceptionRow } from './rows.ts';

// An exception need not concern an order; its money is then in the orders table's default currency.
const EXCEPTION_FROM = `
  SELECT e.*, COALESCE(o.currency_code, 'USD') AS currency_code
    FROM exceptions e LEFT JOIN orders o ON o.id = e.order_id`;

/** Exceptions of several orders, oldest opened first. */
export function exceptionsByOrderIds(db: Db, orderIds: readonly string[]): Promise<OrderExceptionRow[]> {
  return db.query<OrderExceptionRow>(
    `${EXCEPTION_FROM} WHERE e.order_id = ANY($1::text[]) ORDER BY e.order_id, e.opened_at, e.id`,
    [orderIds],
  );
}

export interface ExceptionCriteria {
  types?: readonly string[] | null;
  openOnly?: boolean | null;
  unownedOnly?: boolean | null;
}

// Parameters $1..$3 of every exception-list statement.
const EXCEPTION_CRITERIA_SQL = `
      ($1::text[] IS NULL OR e.type = ANY($1::text[]))
  AND (NOT COALESCE($2::boolean, false) OR e.resolved_at IS NULL)
  AND (NOT COALESCE($3::boolean, false) OR e.owner IS NULL)`;

const criteriaParams = (c: ExceptionCriteria) => [c.types ?? null, c.openOnly ?? null, c.unownedOnly ?? null];

/** One page of exceptions, newest opened first; fetches limit + 1 rows. */
export function exceptionsPage(db: Db, criteria: ExceptionCriteria, page: Keyset): Promise<OrderExceptionRow[]> {
  return db.query<OrderExceptionRow>(
    `${EXCEPTION_FROM}
      WHERE ${EXCEPTION_CRITERIA_SQL}
        AND ($4::timestamptz IS NULL OR (e.opened_at, e.id) < ($4::timestamptz, $5::text))
      ORDER BY e.opened_at DESC, e.id DESC LIMIT $6`,
    [...criteriaParams(criteria), ...keysetParams(page)],
  );
}

export async function exceptionCount(db: Db, criteria: ExceptionCriteria): Promise<string> {
  const [row] = await db.query<{ total: string }>(
    `SELECT count(*) AS total FROM exceptions e WHERE ${EXCEPTION_CRITERIA_SQL}`,
    criteriaParams(criteria),
  );
  return row?.total ?? '0';
}
