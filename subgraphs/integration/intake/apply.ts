import type { ApplyOutcome, EventType, PartnerContext } from '../../../lib/events/model.ts';
import { PeerCallError } from '../../../lib/peers.ts';
import { eventsByIds, pendingEvents, requeueFailedEvent, settleEvents, type NewEvent, type RecordedEvent } from '../db/integration-events.repository.ts';
import { tradingPartnersByIds, tradingPartnersByX12 } from '../db/partners.repository.ts';
import type { IntegrationEventRow, TradingPartnerRow } from '../db/rows.ts';
import { chunks, RECORD_BATCH, type IntakeDeps } from './deps.ts';
import { openPendingExceptions, resolveExceptions } from './exceptions.ts';

const MUTATIONS = {
  erp: `mutation Apply($events: [ErpEventToApply!]!) { outcomes: applyErpEvents(events: $events) { eventId outcome reason } }`,
  oms: `mutation Apply($events: [OmsEventToApply!]!) { outcomes: applyOmsEvents(events: $events) { eventId outcome reason } }`,
} as const;

/** What handing an event to its domain needs of it: a recorded row, or a lane's event just recorded. */
export type EventToHandOver = Pick<IntegrationEventRow, 'id' | 'status' | 'applies_to' | 'partner_id' | 'type' | 'occurred_at' | 'received_at' | 'payload'>;

/** The events a lane has just recorded as accepted, as handed over, without reading them back. */
export function acceptedToHandOver(recorded: readonly RecordedEvent[], events: readonly NewEvent[], receivedAt: Date): EventToHandOver[] {
  return recorded.flatMap((r, i) => {
    if (r.status !== 'accepted') return [];
    const event = events[i]!;
    return [{
      id: r.id, status: 'accepted' as const, applies_to: event.appliesTo, partner_id: event.partnerId, type: event.type,
      occurred_at: event.occurredAt === null ? null : new Date(event.occurredAt), received_at: receivedAt, payload: event.payload,
    }];
  });
}

export interface ApplySummary {
  applied: number;
  failed: number;
  /** Still accepted: the owning domain could not be reached; a later pass retries them. */
  pending: number;
}

/**
 * Hands accepted events to the domain that owns them, in batches, and records each outcome.
 * A domain records every event id it applies in the same transaction as the change, so handing
 * it an event again after a crash is answered "already applied" and changes nothing twice.
 * Callers open the exceptions of what failed (openPendingExceptions) once they are done.
 */
export async function applyEvents(deps: IntakeDeps, rows: readonly EventToHandOver[]): Promise<ApplySummary> {
  const summary: ApplySummary = { applied: 0, failed: 0, pending: 0 };
  const waiting = rows.filter((r) => r.status === 'accepted' && r.applies_to !== null);
  const partners = await partnersOf(deps, waiting);
  for (const domain of ['erp', 'oms'] as const) {
    for (const batch of chunks(waiting.filter((r) => r.applies_to === domain), deps.batchSize)) {
      const outcomes: { id: string; status: 'applied' | 'failed'; reason: string | null }[] = [];
      const toDomain = batch.filter((row) => {
        if (partners.has(row.partner_id)) return true;
        outcomes.push({ id: row.id, status: 'failed', reason: unregistered(row.partner_id) });
        return false;
      });
      try {
        const answers = toDomain.length === 0 ? [] : await handTo(deps, domain, toDomain, partners);
        for (const answer of answers) {
          outcomes.push(answer.outcome === 'failed'
            ? { id: answer.eventId, status: 'failed', reason: answer.reason }
            : { id: answer.eventId, status: 'applied', reason: null });
        }
      } catch (error) {
        if (!(error instanceof PeerCallError)) throw error;
        deps.log(`intake: ${toDomain.length} events stay pending: ${error.message}`);
        summary.pending += toDomain.length;
      }
      await settleEvents(deps.db, outcomes);
      for (const o of outcomes) summary[o.status] += 1;
    }
  }
  return summary;
}

/**
 * Each event's partner: registered under the id the event names, or, for an X12 sender that was
 * not registered when its interchange arrived (recorded as 'qualifier:id'), registered since.
 */
async function partnersOf(deps: IntakeDeps, rows: readonly EventToHandOver[]): Promise<Map<string, TradingPartnerRow>> {
  const ids = [...new Set(rows.map((r) => r.partner_id))];
  const partners = new Map((await tradingPartnersByIds(deps.db, ids)).map((p) => [p.id, p]));
  const senders = ids.filter((id) => !partners.has(id) && id.includes(':'));
  if (senders.length > 0) for (const p of await tradingPartnersByX12(deps.db, senders)) partners.set(p.sender, p);
  return partners;
}

async function handTo(deps: IntakeDeps, domain: 'erp' | 'oms', rows: readonly EventToHandOver[], partners: Map<string, TradingPartnerRow>): Promise<ApplyOutcome[]> {
  const events = rows.map((row) => ({
    eventId: row.id,
    type: row.type as EventType,
    occurredAt: row.occurred_at?.toISOString() ?? null,
    receivedAt: row.received_at.toISOString(),
    partner: partnerContext(partners.get(row.partner_id)!),
    payload: JSON.stringify(row.payload),
  }));
  const { outcomes } = await deps.peers.call<{ outcomes: { eventId: string; outcome: string; reason: string | null }[] }>(domain, MUTATIONS[domain], { events });
  return outcomes.map((o) => (o.outcome === 'failed'
    ? { eventId: o.eventId, outcome: 'failed', reason: o.reason ?? `the ${domain} gave no reason` }
    : { eventId: o.eventId, outcome: o.outcome as 'applied' | 'already_applied' }));
}

function partnerContext(partner: TradingPartnerRow): PartnerContext {
  return { id: partner.id, accountId: partner.account_id, supplierId: partner.supplier_id, branchCode: partner.branch_code };
}

function unregistered(partnerId: string): string {
  return `${partnerId} is not a registered trading partner: register it (mutation saveTradingPartner) with its account, supplier or branch, then retry the event`;
}

/** Applies whatever is still pending (after a restart, or once an unreachable domain is back). */
export async function applyPending(deps: IntakeDeps): Promise<ApplySummary> {
  const total: ApplySummary = { applied: 0, failed: 0, pending: 0 };
  for (;;) {
    const rows = await pendingEvents(deps.db, RECORD_BATCH);
    if (rows.length === 0) break;
    const summary = await applyEvents(deps, rows);
    total.applied += summary.applied;
    total.failed += summary.failed;
    total.pending += summary.pending;
    if (summary.pending > 0) break; // a domain is down; try again on the next pass
  }
  await openPendingExceptions(deps);
  return total;
}

export class RetryRefusedError extends Error {
  override name = 'RetryRefusedError';
}

/**
 * Applies a failed event again (after its cause, an unknown SKU or partner, was fixed). Applied:
 * its exception is resolved. Rejected events carry invalid content; only a re-send can fix them.
 */
export async function retryEvent(deps: IntakeDeps, id: string): Promise<IntegrationEventRow> {
  const [current] = await eventsByIds(deps.db, [id]);
  if (!current) throw new RetryRefusedError(`integration event ${id} does not exist`);
  if (current.status !== 'failed') {
    const why = current.status === 'rejected'
      ? 'it was rejected as invalid; the partner must correct and re-send it'
      : `only failed events are retried, and it is ${current.status}`;
    throw new RetryRefusedError(`integration event ${id} cannot be retried: ${why}`);
  }
  const requeued = await requeueFailedEvent(deps.db, id);
  if (!requeued) throw new RetryRefusedError(`integration event ${id} changed while being retried; look again`);
  await applyEvents(deps, [requeued]);
  const [after] = await eventsByIds(deps.db, [id]);
  if (after!.status === 'applied') await resolveExceptions(deps, [id]);
  return after!;
}
