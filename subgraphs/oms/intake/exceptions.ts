import type { Db } from '../../../lib/db.ts';
import { insertIntegrationExceptions, resolveExceptionsOfEvents } from '../db/exceptions.repository.ts';

/**
 * Exceptions for integration events the intake rejected (invalid document) or the owning domain could
 * not apply (failed): execution truth with an owner and an SLA, counted by the exception KPIs.
 * One exception per event, id 'EX-' + the event id; opening it again changes nothing.
 */
export interface IntegrationExceptionToOpen {
  eventId: string;
  kind: 'rejected' | 'failed';
  owner: string | null;
  openedAt: string;
  slaDueAt: string;
  description: string;
  orderId?: string | null;
  sku?: string | null;
  branchCode?: string | null;
}

export const integrationExceptionId = (eventId: string) => `EX-${eventId}`;

/** Opens the exceptions not yet open for their event, keeping the KPI aggregates in step; returns how many were new. */
export function openIntegrationExceptions(db: Db, items: readonly IntegrationExceptionToOpen[]): Promise<number> {
  // One statement: the exceptions and their aggregate counts land together or not at all.
  return insertIntegrationExceptions(db, items.map((item) => ({
    id: integrationExceptionId(item.eventId),
    eventId: item.eventId,
    type: item.kind === 'rejected' ? 'integration_rejected' : 'integration_failed',
    orderId: item.orderId ?? null,
    sku: item.sku ?? null,
    branchCode: item.branchCode ?? null,
    owner: item.owner,
    openedAt: item.openedAt,
    slaDueAt: item.slaDueAt,
    description: item.description,
  })));
}

/** Resolves the still-open exceptions of these events (once an event applies on retry, say); returns how many. */
export function resolveIntegrationExceptions(db: Db, eventIds: readonly string[], resolvedAt: string): Promise<number> {
  return resolveExceptionsOfEvents(db, eventIds, resolvedAt);
}
