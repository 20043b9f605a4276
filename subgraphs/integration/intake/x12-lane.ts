import type { Db } from '../../../lib/db.ts';
import { APPLIED_BY, EDI_EVENT_TYPES, type EdiSetId } from '../../../lib/events/model.ts';
import { findInterchange, insertInterchange, nextAcknowledgmentNumbers, recordEvents, type NewEvent, type RecordedEvent } from '../db/integration-events.repository.ts';
import { tradingPartners } from '../db/partners.repository.ts';
import type { TradingPartnerRow } from '../db/rows.ts';
import { acceptedToHandOver, applyEvents, type ApplySummary, type EventToHandOver } from './apply.ts';
import { chunks, RECORD_BATCH, type IntakeDeps } from './deps.ts';
import { openPendingExceptions } from './exceptions.ts';
import { functionalAcknowledgment, interchangeAcknowledgment, interchangeAcknowledgmentOwed, parseInterchanges, type ParsedInterchange } from './x12/index.ts';

export interface InterchangeReceipt {
  id: string;
  sender: string | null;
  controlNumber: string | null;
  status: string;
  reason: string | null;
  /** Transaction sets by what became of them. */
  sets: { accepted: number; rejected: number; duplicate: number };
  /** One 997 per functional group, as an X12 interchange to send back to the partner. */
  acknowledgments: string[];
  /** The TA1 for the envelope, as its own X12 interchange; null when none is owed (x12/ta1.ts says when). */
  interchangeAcknowledgment: string | null;
}

type Acknowledgments = Pick<InterchangeReceipt, 'acknowledgments' | 'interchangeAcknowledgment'>;
/** What an interchange without a readable ISA gets: there is no sender to address anything to. */
const NO_ACKNOWLEDGMENTS: Acknowledgments = { acknowledgments: [], interchangeAcknowledgment: null };

export interface X12Receipt {
  interchanges: InterchangeReceipt[];
  applied: ApplySummary;
}

/**
 * The EDI lane. Each interchange is recorded whole in one transaction (its raw bytes, one event
 * per transaction set, the 997s and any TA1) before any domain sees it; then the accepted events
 * are applied. A crash before the commit leaves nothing (the sender re-sends); after it, every
 * recorded event is applied or still pending, and pending events are applied at the next start.
 */
export async function ingestX12(deps: IntakeDeps, body: Buffer, onProgress?: (done: number, total: number) => void): Promise<X12Receipt> {
  const receivedAt = deps.now();
  const parsed = parseInterchanges(body);
  const partners = await tradingPartners(deps.db);
  const receipts: InterchangeReceipt[] = [];
  const accepted: EventToHandOver[] = [];
  if (parsed.length === 0) {
    receipts.push(await recordUnreadable(deps, body, receivedAt));
  }
  for (const interchange of parsed) {
    const { receipt, handOver } = await recordOnce(deps, interchange, partners, receivedAt);
    receipts.push(receipt);
    accepted.push(...handOver);
  }
  const applied: ApplySummary = { applied: 0, failed: 0, pending: 0 };
  let done = 0;
  for (const batch of chunks(accepted, RECORD_BATCH)) {
    const summary = await applyEvents(deps, batch);
    applied.applied += summary.applied;
    applied.failed += summary.failed;
    applied.pending += summary.pending;
    onProgress?.((done += batch.length), accepted.length);
  }
  await openPendingExceptions(deps);
  return { interchanges: receipts, applied };
}

/**
 * The same interchange posted twice at once: both look for an earlier copy, find none, and the
 * second to commit hits the unique index. Recorded again, it finds the first and is its duplicate.
 */
async function recordOnce(deps: IntakeDeps, interchange: ParsedInterchange, partners: readonly TradingPartnerRow[], receivedAt: Date) {
  try {
    return await recordInterchange(deps, interchange, partners, receivedAt);
  } catch (error) {
    if ((error as { code?: string; constraint?: string }).constraint !== 'interchanges_identity') throw error;
    return recordInterchange(deps, interchange, partners, receivedAt);
  }
}

async function recordInterchange(deps: IntakeDeps, interchange: ParsedInterchange, partners: readonly TradingPartnerRow[], receivedAt: Date) {
  const header = interchange.header;
  const sender = header && `${header.senderQualifier}:${header.senderId}`;
  const receiver = header && `${header.receiverQualifier}:${header.receiverId}`;
  const partnerId = partnerOf(partners, header?.senderQualifier, header?.senderId) ?? sender ?? 'unknown';
  const raw = Buffer.from(interchange.raw, 'utf8');
  return deps.db.transaction(async (tx) => {
    const earlier = sender && receiver && header ? await findInterchange(tx, sender, receiver, header.controlNumber) : null;
    // A re-send gets what its first copy got, not acknowledgments of its own.
    const acks = earlier
      ? { acknowledgments: earlier.acknowledgments, interchangeAcknowledgment: earlier.interchange_acknowledgment }
      : await acknowledge(tx, interchange, receivedAt);
    const reason = earlier
      ? `duplicate of interchange ${earlier.id} (${sender} control number ${header!.controlNumber}), first received ${earlier.received_at.toISOString()}`
      : interchange.problems.map((p) => p.message).join('; ') || null;
    const id = await insertInterchange(tx, {
      sender, receiver, controlNumber: header?.controlNumber ?? null,
      status: earlier ? 'duplicate' : interchange.status, reason, duplicateOf: earlier?.id ?? null, raw, ...acks,
    }, receivedAt);
    const events: NewEvent[] = interchange.groups.flatMap((group) =>
      group.sets.map((set): NewEvent => {
        const type = EDI_EVENT_TYPES[set.setId as EdiSetId] ?? `x12_${set.setId || 'unknown'}`;
        const accepted = set.status === 'accepted' && set.event !== null;
        return {
          lane: 'edi', partnerId, type,
          idempotencyKey: [sender, receiver, header!.controlNumber, group.controlNumber, set.controlNumber].join('|'),
          sourceId: set.controlNumber || null, interchangeId: id,
          occurredAt: set.event?.occurredAt ?? null, keys: set.event?.keys ?? {}, payload: set.event?.payload ?? null, raw: set.raw,
          // Everything in a re-sent interchange is a duplicate of what its first copy held.
          status: earlier ? 'duplicate' : accepted ? 'accepted' : 'rejected',
          reason: accepted ? null : set.problems.map((p) => p.message).join('; ') || 'rejected',
          appliesTo: accepted ? (APPLIED_BY[set.event!.type] ?? null) : null,
        };
      }),
    );
    if (events.length === 0 && interchange.status === 'rejected') {
      events.push(wholeInterchangeRejected(partnerId, sender, receiver, header?.controlNumber ?? null, id, interchange.raw, reason));
    }
    const recorded: RecordedEvent[] = [];
    for (const batch of chunks(events, RECORD_BATCH)) recorded.push(...(await recordEvents(tx, batch, receivedAt)));
    const count = (status: string) => recorded.filter((r) => r.status === status).length;
    const receipt: InterchangeReceipt = {
      id, sender, controlNumber: header?.controlNumber ?? null, status: earlier ? 'duplicate' : interchange.status, reason,
      sets: { accepted: count('accepted'), rejected: count('rejected'), duplicate: count('duplicate') },
      ...acks,
    };
    const handOver = acceptedToHandOver(recorded, events, receivedAt);
    return { receipt, handOver };
  });
}

/** The 997s for its groups and, when owed, the TA1 for its envelope, each numbered from our sequence. */
async function acknowledge(tx: Db, interchange: ParsedInterchange, at: Date): Promise<Acknowledgments> {
  if (!interchange.header) return NO_ACKNOWLEDGMENTS;
  const groups = interchange.groups;
  const owed = interchangeAcknowledgmentOwed(interchange);
  const numbers = await nextAcknowledgmentNumbers(tx, groups.length + (owed ? 1 : 0));
  return {
    acknowledgments: groups.map((group, i) => functionalAcknowledgment(interchange, group, { controlNumber: numbers[i]!, at })),
    interchangeAcknowledgment: owed ? interchangeAcknowledgment(interchange, { controlNumber: numbers[groups.length]!, at }) : null,
  };
}

/** An interchange with no readable transaction set still shows in the queue, as one rejected event. */
function wholeInterchangeRejected(partnerId: string, sender: string | null, receiver: string | null, control: string | null, interchangeId: string, raw: string, reason: string | null): NewEvent {
  return {
    lane: 'edi', partnerId, type: 'x12_interchange',
    idempotencyKey: sender && control ? [sender, receiver, control].join('|') : `interchange:${interchangeId}`,
    sourceId: control, interchangeId, occurredAt: null, keys: {}, payload: null, raw,
    status: 'rejected', reason: reason ?? 'the interchange could not be read', appliesTo: null,
  };
}

async function recordUnreadable(deps: IntakeDeps, body: Buffer, receivedAt: Date): Promise<InterchangeReceipt> {
  const reason = body.length === 0
    ? 'the body is empty: no X12 interchange to read'
    : `no ISA segment found: the body does not start an X12 interchange (it starts "${body.subarray(0, 20).toString('utf8').replace(/[^\x20-\x7e]/g, '?')}")`;
  return deps.db.transaction(async (tx) => {
    const id = await insertInterchange(tx, { sender: null, receiver: null, controlNumber: null, status: 'rejected', reason, duplicateOf: null, raw: body, ...NO_ACKNOWLEDGMENTS }, receivedAt);
    await recordEvents(tx, [wholeInterchangeRejected('unknown', null, null, null, id, body.toString('utf8'), reason)], receivedAt);
    return { id, sender: null, controlNumber: null, status: 'rejected', reason, sets: { accepted: 0, rejected: 1, duplicate: 0 }, ...NO_ACKNOWLEDGMENTS };
  });
}

function partnerOf(partners: readonly TradingPartnerRow[], qualifier: string | undefined, id: string | undefined): string | null {
  if (!qualifier || !id) return null;
  return partners.find((p) => p.x12_qualifier === qualifier && p.x12_id === id)?.id ?? null;
}
