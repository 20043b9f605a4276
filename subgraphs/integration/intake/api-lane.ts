import { APPLIED_BY } from '../../../lib/events/model.ts';
import { eventOutcomes, recordEvents, type NewEvent } from '../db/integration-events.repository.ts';
import { acceptedToHandOver, applyEvents, type ApplySummary } from './apply.ts';
import { type IntakeDeps } from './deps.ts';
import { openPendingExceptions } from './exceptions.ts';
import { normalizeApiEvent } from './api/normalize.ts';
import { MAX_EVENTS_PER_BATCH } from './api/schema.ts';
import { validateApiEvent } from './api/validate.ts';

export interface ApiEventReceipt {
  /** Position in the request's batch. */
  index: number;
  /** The partner's event id, when the event had one. */
  sourceId: string | null;
  /** Our integration event id. */
  id: string;
  status: string;
  reason: string | null;
}

export class ApiBatchError extends Error {
  override name = 'ApiBatchError';
}

/**
 * The API lane: a single event or `{ "events": [...] }`. Every event is recorded, valid or not
 * (an invalid one as rejected, with the fields at fault named and its JSON kept), in one
 * transaction; then the valid ones are applied. Re-sending an event id is a recorded duplicate.
 * `caller` names the partner when an event does not.
 */
export async function ingestApiEvents(deps: IntakeDeps, body: unknown, caller: string): Promise<{ events: ApiEventReceipt[]; applied: ApplySummary }> {
  const items = batchOf(body);
  const receivedAt = deps.now();
  const events = items.map((item): NewEvent => {
    const raw = JSON.stringify(item);
    const sourceId = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : null;
    const claimedPartner = (item as { partner?: unknown })?.partner;
    const partnerId = typeof claimedPartner === 'string' && claimedPartner !== '' ? claimedPartner : caller;
    const checked = validateApiEvent(item);
    if (!checked.ok) {
      const type = typeof (item as { type?: unknown })?.type === 'string' ? String((item as { type: string }).type).slice(0, 60) : 'api_unknown';
      return {
        lane: 'api', partnerId, type, idempotencyKey: `${partnerId}|${sourceId ?? raw}`, sourceId, interchangeId: null, occurredAt: null,
        keys: {}, payload: null, raw, status: 'rejected', reason: checked.problems.map((p) => `${p.field}: ${p.message}`).join('; '), appliesTo: null,
      };
    }
    const normalized = normalizeApiEvent(checked.event);
    return {
      lane: 'api', partnerId, type: normalized.type, idempotencyKey: `${partnerId}|${checked.event.id}`, sourceId: checked.event.id,
      interchangeId: null, occurredAt: normalized.occurredAt, keys: normalized.keys, payload: normalized.payload, raw,
      status: 'accepted', reason: null, appliesTo: APPLIED_BY[normalized.type] ?? null,
    };
  });
  const recorded = await deps.db.transaction((tx) => recordEvents(tx, events, receivedAt));
  const applied = await applyEvents(deps, acceptedToHandOver(recorded, events, receivedAt));
  await openPendingExceptions(deps);
  const final = new Map((await eventOutcomes(deps.db, recorded.map((r) => r.id))).map((row) => [row.id, row]));
  return {
    events: recorded.map((r, index) => {
      const row = final.get(r.id)!;
      return { index, sourceId: events[index]!.sourceId, id: r.id, status: row.status, reason: row.reason };
    }),
    applied,
  };
}

function batchOf(body: unknown): unknown[] {
  if (body === null || typeof body !== 'object') throw new ApiBatchError('the body must be a JSON event object or { "events": [...] }');
  if (!('events' in body)) return [body];
  const events = (body as { events: unknown }).events;
  if (!Array.isArray(events)) throw new ApiBatchError('events: must be an array of event objects');
  if (events.length === 0) throw new ApiBatchError('events: the batch is empty');
  if (events.length > MAX_EVENTS_PER_BATCH) throw new ApiBatchError(`events: ${events.length} events in one batch; send at most ${MAX_EVENTS_PER_BATCH} per request`);
  return events;
}
