import { PeerCallError } from '../../../lib/peers.ts';
import { openAlerts, raiseAlert, recordDelivery, resolveAlertsExcept, undeliveredAlerts, type AlertCondition } from '../db/alerts.repository.ts';
import { failedOrderStatusEventsByPartner } from '../db/integration-events.repository.ts';
import { exceptionRoutes } from '../db/partners.repository.ts';
import type { AlertRow } from '../db/rows.ts';
import {
  exceptionsPastSlaAlerts, failedOrderStatusAlerts, staleInventorySyncAlerts, type BranchSync, type ExceptionsPastSla,
} from '../rules/alert.rules.ts';
import { defaultOwner, routeException } from '../rules/exception-routing.rules.ts';
import type { IntakeDeps } from './deps.ts';

const BRANCH_SYNCS = `{ branches { code lastInventorySyncAt syncStaleAfterMinutes inventorySyncAgeMinutes } }`;
const EXCEPTIONS_PAST_SLA = `{ exceptionsPastSlaByOwner { owner count oldest { id type openedAt slaDueAt ageHours } } }`;
const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * Re-evaluates the alert rules: raises an alert for each condition that holds (once; an open
 * alert is refreshed), resolves the ones whose condition has cleared. Stale inventory sync needs
 * the ERP's branches, exceptions past SLA the OMS's exceptions; when that domain cannot be
 * reached its alerts are left as they are. Both domains age their records to their own as-of
 * instant (a demo dataset's, else now), so a demo reads the same whatever day it is served.
 */
export async function evaluateAlerts(deps: IntakeDeps): Promise<AlertRow[]> {
  const now = deps.now();
  const routes = await exceptionRoutes(deps.db);
  const hold = (rule: AlertRow['rule'], conditions: readonly AlertCondition[]) => holdAlerts(deps, rule, conditions, now);

  const syncs = await askPeer(deps, 'stale inventory sync', () => deps.peers.call<{ branches: BranchSync[] }>('erp', BRANCH_SYNCS));
  if (syncs) await hold('stale_inventory_sync', staleInventorySyncAlerts(syncs.branches, routeException(routes, '', 'inventory_snapshot').owner));

  const pastSla = await askPeer(deps, 'exceptions past SLA', () => deps.peers.call<{ exceptionsPastSlaByOwner: ExceptionsPastSla[] }>('oms', EXCEPTIONS_PAST_SLA));
  if (pastSla) await hold('exceptions_past_sla', exceptionsPastSlaAlerts(pastSla.exceptionsPastSlaByOwner, defaultOwner(routes)));

  await hold('failed_order_status_events', failedOrderStatusAlerts(
    (await failedOrderStatusEventsByPartner(deps.db)).map((g) => ({
      partnerId: g.partner_id, failed: g.failed, firstFailedAt: g.first_failed_at,
      owner: routeException(routes, g.partner_id, 'order_status_change').owner,
    })),
  ));
  return openAlerts(deps.db);
}

/** Raises the rule's alerts that hold and resolves its others. */
async function holdAlerts(deps: IntakeDeps, rule: AlertRow['rule'], conditions: readonly AlertCondition[], now: Date): Promise<void> {
  for (const condition of conditions) await raiseAlert(deps.db, condition, now);
  await resolveAlertsExcept(deps.db, rule, conditions.map((c) => c.subject), now);
}

/** A peer domain's answer for a rule; null (logged) when the domain cannot be reached. */
async function askPeer<Data>(deps: IntakeDeps, rule: string, ask: () => Promise<Data>): Promise<Data | null> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof PeerCallError)) throw error;
    deps.log(`alerts: ${rule} not evaluated: ${error.message}`);
    return null;
  }
}

/**
 * Posts each undelivered open alert to the webhook as JSON; a delivery that fails (unreachable,
 * timeout, non-2xx) is counted and tried again on the next pass, so an alert is never dropped.
 */
export async function deliverAlerts(deps: IntakeDeps, webhookUrl: string | null): Promise<number> {
  if (!webhookUrl) return 0;
  let delivered = 0;
  for (const alert of await undeliveredAlerts(deps.db)) {
    try {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ alert: webhookBody(alert) }),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`the webhook answered HTTP ${response.status}`);
      await recordDelivery(deps.db, alert.id, { deliveredAt: deps.now() });
      delivered += 1;
    } catch (error) {
      await recordDelivery(deps.db, alert.id, { error: (error as Error).message });
      deps.log(`alerts: alert ${alert.id} not delivered: ${(error as Error).message}`);
    }
  }
  return delivered;
}

function webhookBody(alert: AlertRow) {
  return {
    id: alert.id, rule: alert.rule, subject: alert.subject, severity: alert.severity, owner: alert.owner,
    summary: alert.summary, since: alert.since.toISOString(), raisedAt: alert.raised_at.toISOString(),
  };
}
