import type { Db } from '../../../lib/db.ts';
import type { BusinessKeys, Lane } from '../../../lib/events/model.ts';
import type { IntegrationEventRow, InterchangeRecord } from './rows.ts';

const EVENT_COLUMNS = `id, lane, partner_id, type, idempotency_key, source_id, interchange_id, occurred_at, received_at, keys,
  payload, raw, status, reason, applies_to, duplicate_of, attempts, status_changed_at, exception_opened_at`;

/** An event as a lane hands it over for recording. */
export interface NewEvent {
  lane: Lane;
  partnerId: string;
  type: string;
  idempotencyKey: string;
  sourceId: string | null;
  interchangeId: string | null;
  occurredAt: string | null;
  keys: BusinessKeys;
  payload: unknown;
  raw: string;
  /** 'duplicate': a set of an interchange already received; recorded against the event it repeats. */
  status: 'accepted' | 'rejected' | 'duplicate';
  reason: string | null;
  appliesTo: 'erp' | 'oms' | null;
}

export interface RecordedEvent {
  id: string;
  status: IntegrationEventRow['status'];
  duplicateOf: string | null;
}

/**
 * Records a batch in two statements whatever its size. An event whose idempotency key is already
 * recorded (earlier, or earlier in the same batch) is recorded too, as a duplicate pointing at the
 * first: a re-send leaves a trace and never a second effect. A rejected event is never the first:
 * a corrected re-send under the same key is recorded afresh. Results are in input order.
 */
export async function recordEvents(db: Db, events: readonly NewEvent[], receivedAt: Date): Promise<RecordedEvent[]> {
  if (events.length === 0) return [];
  const fresh = events.filter((e) => e.status !== 'duplicate');
  const column = <T>(pick: (e: NewEvent) => T) => fresh.map(pick);
  const inserted = await db.query<{ id: string; idempotency_key: string }>(
    `INSERT INTO integration_events (lane, partner_id, type, idempotency_key, source_id, interchange_id, occurred_at, received_at,
       keys, payload, raw, status, reason, applies_to, status_changed_at)
     SELECT e.lane, e.partner_id, e.type, e.idempotency_key, e.source_id, e.interchange_id, e.occurred_at, $15,
       e.keys::jsonb, e.payload::jsonb, e.raw, e.status, e.reason, e.applies_to, $15
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::timestamptz[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::int[])
       AS e(lane, partner_id, type, idempotency_key, source_id, interchange_id, occurred_at, keys, payload, raw, status, reason, applies_to, ord)
     ORDER BY e.ord
     ON CONFLICT (idempotency_key) WHERE status NOT IN ('duplicate', 'rejected') DO NOTHING
     RETURNING id, idempotency_key`,
    [
      column((e) => e.lane), column((e) => e.partnerId), column((e) => e.type), column((e) => e.idempotencyKey),
      column((e) => e.sourceId), column((e) => e.interchangeId), column((e) => e.occurredAt), column((e) => JSON.stringify(e.keys)),
      column((e) => (e.payload === null ? null : JSON.stringify(e.payload))), column((e) => e.raw), column((e) => e.status),
      column((e) => e.reason), column((e) => e.appliesTo), fresh.map((_, i) => i), receivedAt,
    ],
  );
  const insertedIds = new Map<string, string[]>();
  for (const row of inserted) insertedIds.set(row.idempotency_key, [...(insertedIds.get(row.idempotency_key) ?? []), row.id]);
  // A key inserted once belongs to its first event in the batch; later copies are duplicates of it.
  const results: (RecordedEvent | null)[] = events.map((e) => {
    const id = e.status === 'duplicate' ? undefined : insertedIds.get(e.idempotencyKey)?.shift();
    return id === undefined ? null : { id, status: e.status as 'accepted' | 'rejected', duplicateOf: null };
  });
  const repeats = events.flatMap((e, i) => (results[i] === null ? [{ event: e, index: i }] : []));
  if (repeats.length > 0) {
    // The event a repeat repeats: the one that counts, else the latest rejected one. A set of a
    // re-sent interchange that repeats nothing is rejected: its control number is already used.
    const rows = await db.query<{ id: string; duplicate_of: string | null; idempotency_key: string; status: RecordedEvent['status'] }>(
      `INSERT INTO integration_events (lane, partner_id, type, idempotency_key, source_id, interchange_id, occurred_at, received_at,
         keys, payload, raw, status, reason, duplicate_of, status_changed_at)
       SELECT r.lane, r.partner_id, r.type, r.idempotency_key, r.source_id, r.interchange_id, r.occurred_at, $10,
         r.keys::jsonb, NULL, r.raw, CASE WHEN first.id IS NULL THEN 'rejected' ELSE 'duplicate' END,
         CASE WHEN first.id IS NULL
           THEN 'its interchange repeats the control number of one already received, which did not hold this transaction set: send it again under a new control number'
           ELSE 'duplicate of event ' || first.id || ', first received ' || to_char(first.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
         first.id, $10
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::timestamptz[], $8::text[], $9::text[])
         AS r(lane, partner_id, type, idempotency_key, source_id, interchange_id, occurred_at, keys, raw)
       LEFT JOIN LATERAL (
         SELECT e.id, e.received_at FROM integration_events e
         WHERE e.idempotency_key = r.idempotency_key AND e.status <> 'duplicate'
         ORDER BY e.status = 'rejected', e.id DESC LIMIT 1
       ) first ON true
       RETURNING id, duplicate_of, idempotency_key, status`,
      [
        repeats.map((r) => r.event.lane), repeats.map((r) => r.event.partnerId), repeats.map((r) => r.event.type),
        repeats.map((r) => r.event.idempotencyKey), repeats.map((r) => r.event.sourceId), repeats.map((r) => r.event.interchangeId),
        repeats.map((r) => r.event.occurredAt), repeats.map((r) => JSON.stringify(r.event.keys)), repeats.map((r) => r.event.raw),
        receivedAt,
      ],
    );
    const duplicateRows = new Map<string, typeof rows>();
    for (const row of rows) duplicateRows.set(row.idempotency_key, [...(duplicateRows.get(row.idempotency_key) ?? []), row]);
    for (const { event, index } of repeats) {
      const row = duplicateRows.get(event.idempotencyKey)?.shift();
      if (row) results[index] = { id: row.id, status: row.status, duplicateOf: row.duplicate_of };
    }
  }
  return results.map((r, i) => {
    if (!r) throw new Error(`event ${events[i]!.idempotencyKey} was neither recorded nor found as a duplicate`);
    return r;
  });
}

export function eventsByIds(db: Db, ids: readonly string[]): Promise<IntegrationEventRow[]> {
  return db.query<IntegrationEventRow>(`SELECT ${EVENT_COLUMNS} FROM integration_events WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);
}

/** Accepted events a domain has yet to apply, oldest first: a restart after a crash resumes here. */
export function pendingEvents(db: Db, limit: number): Promise<IntegrationEventRow[]> {
  return db.query<IntegrationEventRow>(
    `SELECT ${EVENT_COLUMNS} FROM integration_events WHERE status = 'accepted' AND applies_to IS NOT NULL ORDER BY id LIMIT $1`,
    [limit],
  );
}

/** Rejected or failed events whose exception has not been opened yet. */
export function unroutedEvents(db: Db, limit: number): Promise<IntegrationEventRow[]> {
  return db.query<IntegrationEventRow>(
    `SELECT ${EVENT_COLUMNS} FROM integration_events
     WHERE status IN ('rejected', 'failed') AND exception_opened_at IS NULL ORDER BY id LIMIT $1`,
    [limit],
  );
}

/** Records what the owning domain made of each event; only events still accepted change. */
export async function settleEvents(db: Db, outcomes: readonly { id: string; status: 'applied' | 'failed'; reason: string | null }[]): Promise<void> {
  if (outcomes.length === 0) return;
  await db.query(
    `UPDATE integration_events e SET status = o.status, reason = o.reason, attempts = e.attempts + 1, status_changed_at = now()
     FROM unnest($1::bigint[], $2::text[], $3::text[]) AS o(id, status, reason)
     WHERE e.id = o.id AND e.status = 'accepted'`,
    [outcomes.map((o) => o.id), outcomes.map((o) => o.status), outcomes.map((o) => o.reason)],
  );
}

/** Puts a failed event back in line to be applied; null when it is not failed. */
export async function requeueFailedEvent(db: Db, id: string): Promise<IntegrationEventRow | null> {
  const [row] = await db.query<IntegrationEventRow>(
    `UPDATE integration_events SET status = 'accepted', status_changed_at = now() WHERE id = $1 AND status = 'failed' RETURNING ${EVENT_COLUMNS}`,
    [id],
  );
  return row ?? null;
}

export async function markExceptionsOpened(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.query('UPDATE integration_events SET exception_opened_at = now() WHERE id = ANY($1::bigint[])', [ids]);
}

export async function findInterchange(db: Db, sender: string, receiver: string, controlNumber: string): Promise<InterchangeRecord | null> {
  const [row] = await db.query<InterchangeRecord>(
    `SELECT id, sender, receiver, control_number, received_at, status, reason, duplicate_of, acknowledgments, interchange_acknowledgment
     FROM interchanges
     WHERE sender = $1 AND receiver = $2 AND control_number = $3 AND status NOT IN ('duplicate', 'rejected')`,
    [sender, receiver, controlNumber],
  );
  return row ?? null;
}

export interface NewInterchange {
  sender: string | null;
  receiver: string | null;
  controlNumber: string | null;
  status: InterchangeRecord['status'];
  reason: string | null;
  duplicateOf: string | null;
  raw: Buffer;
  acknowledgments: string[];
  interchangeAcknowledgment: string | null;
}

export async function insertInterchange(db: Db, interchange: NewInterchange, receivedAt: Date): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO interchanges (sender, receiver, control_number, received_at, status, reason, duplicate_of, raw, acknowledgments, interchange_acknowledgment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [interchange.sender, interchange.receiver, interchange.controlNumber, receivedAt, interchange.status, interchange.reason,
      interchange.duplicateOf, interchange.raw, interchange.acknowledgments, interchange.interchangeAcknowledgment],
  );
  return row!.id;
}

/** The next ISA control numbers for the 997s (also their GS06) and TA1s we send, from a sequence so restarts never reuse one. */
export async function nextAcknowledgmentNumbers(db: Db, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await db.query<{ n: string }>(`SELECT nextval('acknowledgment_control_numbers') AS n FROM generate_series(1, $1)`, [count]);
  return rows.map((r) => Number(r.n));
}

export function eventOutcomes(db: Db, ids: readonly string[]): Promise<Pick<IntegrationEventRow, 'id' | 'status' | 'reason'>[]> {
  return db.query(`SELECT id, status, reason FROM integration_events WHERE id = ANY($1::bigint[])`, [ids]);
}

/** Per partner, the order status events still failed: how many and since when. */
export function failedOrderStatusEventsByPartner(db: Db): Promise<{ partner_id: string; failed: number; first_failed_at: Date }[]> {
  return db.query(
    `SELECT partner_id, count(*)::int AS failed, min(status_changed_at) AS first_failed_at FROM integration_events
     WHERE status = 'failed' AND type = 'order_status_change' GROUP BY partner_id ORDER BY partner_id`,
  );
}
