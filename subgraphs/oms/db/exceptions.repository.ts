import type { Db } from '../../../lib/db.ts';
import { keysetParams, type Keyset } from './keyset.ts';
import { week } from './kpi-sql.ts';
import type { ExceptionsPastSlaRow, OrderExceptionRow } from './rows.ts';

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
  owner?: string | null;
}

// Parameters $1..$4 of every exception-list statement.
const EXCEPTION_CRITERIA_SQL = `
      ($1::text[] IS NULL OR e.type = ANY($1::text[]))
  AND (NOT COALESCE($2::boolean, false) OR e.resolved_at IS NULL)
  AND (NOT COALESCE($3::boolean, false) OR e.owner IS NULL)
  AND ($4::text IS NULL OR e.owner = $4::text)`;

const criteriaParams = (c: ExceptionCriteria) => [c.types ?? null, c.openOnly ?? null, c.unownedOnly ?? null, c.owner ?? null];

/** One page of exceptions, newest opened first; fetches limit + 1 rows. */
export function exceptionsPage(db: Db, criteria: ExceptionCriteria, page: Keyset): Promise<OrderExceptionRow[]> {
  return db.query<OrderExceptionRow>(
    `${EXCEPTION_FROM}
      WHERE ${EXCEPTION_CRITERIA_SQL}
        AND ($5::timestamptz IS NULL OR (e.opened_at, e.id) < ($5::timestamptz, $6::text))
      ORDER BY e.opened_at DESC, e.id DESC LIMIT $7`,
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

/**
 * Open exceptions past their SLA at `at`, one row per owner (null: nobody owns them): the one
 * due earliest, with how many the owner has; the owner due earliest first.
 */
export function exceptionsPastSlaByOwner(db: Db, at: Date): Promise<ExceptionsPastSlaRow[]> {
  return db.query<ExceptionsPastSlaRow>(
    `WITH past_sla AS (${EXCEPTION_FROM} WHERE e.resolved_at IS NULL AND e.sla_due_at < $1)
     SELECT * FROM (
       SELECT DISTINCT ON (owner) *, count(*) OVER (PARTITION BY owner)::int AS past_sla_count
         FROM past_sla ORDER BY owner, sla_due_at, id
     ) oldest
     ORDER BY sla_due_at, id`,
    [at],
  );
}

export interface NewIntegrationException {
  id: string;
  eventId: string;
  type: 'integration_rejected' | 'integration_failed';
  /** Kept only when the order exists: an event about an unknown order names it in the description. */
  orderId: string | null;
  sku: string | null;
  branchCode: string | null;
  owner: string | null;
  openedAt: string;
  slaDueAt: string;
  description: string;
}

/**
 * Opens the exceptions whose event has none yet and counts them into the weekly aggregates
 * (kpi_exception_week, and kpi_week_totals where the week has a row), so the exception KPIs
 * stay what a full refresh would compute. An integration exception has no margin impact.
 * Returns how many were new.
 */
export async function insertIntegrationExceptions(db: Db, rows: readonly NewIntegrationException[]): Promise<number> {
  if (rows.length === 0) return 0;
  const [row] = await db.query<{ inserted: number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::text[])
         AS i (id, event_id, type, order_id, sku, branch_code, owner, opened_at, sla_due_at, description)
     ), inserted AS (
       INSERT INTO exceptions (id, event_id, type, order_id, sku, branch_code, owner, opened_at, sla_due_at, description)
       SELECT i.id, i.event_id, i.type, o.id, i.sku, i.branch_code, i.owner, i.opened_at, i.sla_due_at, i.description
         FROM input i LEFT JOIN orders o ON o.id = i.order_id
       ON CONFLICT DO NOTHING
       RETURNING type, owner, opened_at
     ), by_week AS (
       SELECT ${week('opened_at')} AS week_start, type, count(*)::int AS opened, count(owner)::int AS owned FROM inserted GROUP BY 1, 2
     ), exception_week AS (
       INSERT INTO kpi_exception_week (week_start, type, opened, owned, margin_impact_minor)
       SELECT week_start, type, opened, owned, 0 FROM by_week
       ON CONFLICT (week_start, type) DO UPDATE
         SET opened = kpi_exception_week.opened + EXCLUDED.opened, owned = kpi_exception_week.owned + EXCLUDED.owned
       RETURNING week_start
     ), week_totals AS (
       UPDATE kpi_week_totals t SET exceptions_opened = t.exceptions_opened + s.opened, exceptions_owned = t.exceptions_owned + s.owned
         FROM (SELECT week_start, sum(opened)::int AS opened, sum(owned)::int AS owned FROM by_week GROUP BY week_start) s
        WHERE t.week_start = s.week_start
       RETURNING t.week_start
     )
     SELECT (SELECT count(*) FROM inserted)::int AS inserted`,
    [
      rows.map((r) => r.id), rows.map((r) => r.eventId), rows.map((r) => r.type), rows.map((r) => r.orderId),
      rows.map((r) => r.sku), rows.map((r) => r.branchCode), rows.map((r) => r.owner), rows.map((r) => r.openedAt),
      rows.map((r) => r.slaDueAt), rows.map((r) => r.description),
    ],
  );
  return row!.inserted;
}

/**
 * Resolves the open exceptions of these events. The weekly aggregates count exceptions by the
 * week opened, owner and margin impact, none of which resolving changes: they need no update.
 * Returns how many were resolved now.
 */
export async function resolveExceptionsOfEvents(db: Db, eventIds: readonly string[], resolvedAt: string): Promise<number> {
  const [row] = await db.query<{ resolved: number }>(
    `WITH resolved AS (
       UPDATE exceptions SET resolved_at = $2::timestamptz WHERE event_id = ANY($1::text[]) AND resolved_at IS NULL RETURNING id
     )
     SELECT count(*)::int AS resolved FROM resolved`,
    [eventIds, resolvedAt],
  );
  return row!.resolved;
}
