import { PeerCallError } from '../../../lib/peers.ts';
import { markExceptionsOpened, unroutedEvents } from '../db/integration-events.repository.ts';
import { exceptionRoutes } from '../db/partners.repository.ts';
import type { IntegrationEventRow } from '../db/rows.ts';
import { routeException, slaDueAt } from '../rules/exception-routing.rules.ts';
import { RECORD_BATCH, type IntakeDeps } from './deps.ts';

const OPEN = `mutation Open($exceptions: [IntegrationExceptionInput!]!) { openIntegrationExceptions(exceptions: $exceptions) }`;
const RESOLVE = `mutation Resolve($eventIds: [ID!]!, $resolvedAt: String!) { resolveIntegrationExceptions(eventIds: $eventIds, resolvedAt: $resolvedAt) }`;

/**
 * Every rejected or failed event opens an exception in the OMS (exceptions are execution truth,
 * with owners and SLAs, and feed the scorecard's exception KPIs), owned and timed by the routing
 * rules. Events whose exception could not be opened (the OMS was down) are picked up next time.
 */
export async function openPendingExceptions(deps: IntakeDeps): Promise<number> {
  const routes = await exceptionRoutes(deps.db);
  let opened = 0;
  for (;;) {
    const rows = await unroutedEvents(deps.db, RECORD_BATCH);
    if (rows.length === 0) return opened;
    const exceptions = rows.map((row) => {
      const route = routeException(routes, row.partner_id, row.type);
      const openedAt = row.status_changed_at;
      return {
        eventId: row.id,
        kind: row.status as 'rejected' | 'failed',
        owner: route.owner,
        openedAt: openedAt.toISOString(),
        slaDueAt: slaDueAt(openedAt, route.slaHours).toISOString(),
        description: describe(row),
        orderId: row.keys.orders?.[0] ?? null,
        sku: row.keys.skus?.[0] ?? null,
        branchCode: row.keys.branches?.[0] ?? null,
      };
    });
    try {
      await deps.peers.call('oms', OPEN, { exceptions });
    } catch (error) {
      if (!(error instanceof PeerCallError)) throw error;
      deps.log(`intake: ${rows.length} exceptions wait for the OMS: ${error.message}`);
      return opened;
    }
    await markExceptionsOpened(deps.db, rows.map((r) => r.id));
    opened += rows.length;
  }
}

/** Resolves the exceptions of events that have since been applied. */
export async function resolveExceptions(deps: IntakeDeps, eventIds: readonly string[]): Promise<void> {
  try {
    await deps.peers.call('oms', RESOLVE, { eventIds, resolvedAt: deps.now().toISOString() });
  } catch (error) {
    if (!(error instanceof PeerCallError)) throw error;
    deps.log(`intake: could not resolve the exceptions of events ${eventIds.join(', ')}: ${error.message}`);
  }
}

function describe(row: IntegrationEventRow): string {
  const what = `${row.lane.toUpperCase()} ${row.type.replace(/_/g, ' ')} ${row.source_id ?? ''}`.replace(/\s+/g, ' ').trim();
  return `${what} from ${row.partner_id} ${row.status} (integration event ${row.id}): ${row.reason ?? 'no reason recorded'}`;
}
