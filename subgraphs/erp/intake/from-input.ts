import type { ApplyOutcome, EventToApply, EventType } from '../../../lib/events/model.ts';
import type { Context } from '../context.ts';
import type { ErpEventOutcome, ErpEventToApply } from '../generated/resolvers.ts';
import { applyEvents } from './apply.ts';

/**
 * applyErpEvents as the integration intake calls it: each payload arrives as JSON text. An event whose
 * payload does not parse fails alone, like any other invalid event; the rest go to applyEvents.
 */
export async function applyEventInputs(context: Context, inputs: readonly ErpEventToApply[]): Promise<ErpEventOutcome[]> {
  const read = inputs.map(toEvent);
  const events = read.filter((entry): entry is EventToApply => !('outcome' in entry));
  const applied = await applyEvents(context.db, events);
  let next = 0;
  return read.map((entry) => toOutcome('outcome' in entry ? entry : applied[next++]!));
}

function toEvent(input: ErpEventToApply): EventToApply | ApplyOutcome {
  let payload: unknown;
  try {
    payload = JSON.parse(input.payload);
  } catch (error) {
    return { eventId: input.eventId, outcome: 'failed', reason: `the payload is not JSON: ${(error as Error).message}` };
  }
  return {
    eventId: input.eventId,
    // A type the ERP does not apply is answered failed by applyEvents, which knows the ERP's types.
    type: input.type as EventType,
    occurredAt: input.occurredAt ?? null,
    receivedAt: input.receivedAt,
    partner: {
      id: input.partner.id,
      accountId: input.partner.accountId ?? null,
      supplierId: input.partner.supplierId ?? null,
      branchCode: input.partner.branchCode ?? null,
    },
    payload: payload as EventToApply['payload'],
  };
}

function toOutcome(outcome: ApplyOutcome): ErpEventOutcome {
  return { eventId: outcome.eventId, outcome: outcome.outcome, reason: outcome.outcome === 'failed' ? outcome.reason : null };
}
