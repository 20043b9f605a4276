import type { Db } from '../../../lib/db.ts';
import { badUserInput } from '../../../lib/errors.ts';
import type { ApplyOutcome, EventToApply, EventType } from '../../../lib/events/model.ts';
import type { IntegrationExceptionInput, OmsEventToApply } from '../generated/resolvers.ts';
import { applyEvents } from './apply.ts';
import { openIntegrationExceptions, type IntegrationExceptionToOpen } from './exceptions.ts';

/**
 * The subgraph mutations' inputs as the intake's values. An event whose payload is not JSON
 * fails alone, like any event the OMS cannot apply; a malformed exception input is the intake's bug and
 * refuses the whole call.
 */
export async function applyEventInputs(db: Db, inputs: readonly OmsEventToApply[]): Promise<ApplyOutcome[]> {
  const parsed = inputs.map((input): EventToApply | ApplyOutcome => {
    let payload: unknown;
    try {
      payload = JSON.parse(input.payload);
    } catch {
      return { eventId: input.eventId, outcome: 'failed', reason: `the ${input.type} payload is not valid JSON` };
    }
    const { partner } = input;
    return {
      eventId: input.eventId,
      type: input.type as EventType,
      occurredAt: input.occurredAt ?? null,
      receivedAt: input.receivedAt,
      partner: { id: partner.id, accountId: partner.accountId ?? null, supplierId: partner.supplierId ?? null, branchCode: partner.branchCode ?? null },
      payload: payload as EventToApply['payload'],
    };
  });
  const applicable = parsed.filter((p): p is EventToApply => 'payload' in p);
  const outcomes = await applyEvents(db, applicable);
  return parsed.map((p) => ('payload' in p ? outcomes.shift()! : p));
}

const KINDS = ['rejected', 'failed'] as const;

/** An instant argument, refused with BAD_USER_INPUT when it is not ISO 8601. */
export function instantArgument(name: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) throw badUserInput(name, `must be an ISO 8601 instant, got "${value}"`);
  return value;
}

export function openExceptionInputs(db: Db, inputs: readonly IntegrationExceptionInput[]): Promise<number> {
  const items = inputs.map((input, i): IntegrationExceptionToOpen => {
    const kind = KINDS.find((k) => k === input.kind);
    if (!kind) throw badUserInput(`exceptions[${i}].kind`, `must be rejected or failed, got "${input.kind}"`);
    return {
      eventId: input.eventId, kind, owner: input.owner ?? null, description: input.description,
      openedAt: instantArgument(`exceptions[${i}].openedAt`, input.openedAt),
      slaDueAt: instantArgument(`exceptions[${i}].slaDueAt`, input.slaDueAt),
      orderId: input.orderId ?? null, sku: input.sku ?? null, branchCode: input.branchCode ?? null,
    };
  });
  return openIntegrationExceptions(db, items);
}
