import { PeerCallError } from '../../../lib/peers.ts';
import { openAlerts, raiseAlert, recordDelivery, resolveAlertsExcept, undeliveredAlerts } from '../db/alerts.repository.ts';
import { failedOrderStatusEventsByPartner } from '../db/integration-events.repository.ts';
import { exceptionRoutes } from '../db/partners.repository.ts';
import type { AlertRow } from '../db/rows.ts';
import { failedOrderStatusAlerts, staleInventorySyncAlerts, type BranchSync } from '../rules/alert.rules.ts';
import { routeException } from '../rules/exception-routing.rules.ts';
import type { IntakeDeps } from './deps.ts';

const BRANCH_SYNCS = `{ branches { code lastInventorySyncAt syncStaleAfterMinutes inventorySyncAgeMinutes } }`;
const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * Re-evaluates the alert rules: raises an alert for each condition that holds (once; an open
 * alert is refreshed), resolves the ones whose condition has cleared. Stale inventory sync needs
 * the ERP's branches; when the ERP cannot be reached those alerts are left as they are.
 */
export async function evaluateAlerts(deps: IntakeDeps): Promise<AlertRow[]> {
  const now = deps.now();
  const routes = await exceptionRoutes(deps.db);
  try {
    const { branches } = await deps.peers.call<{ branches: BranchSync[] }>('erp', BRANCH_SYNCS);
    const stale = staleInventorySyncAlerts(branches, routeException(routes, '', 'inventory_snapshot').owner);
    for (const condition of stale) await raiseAlert(deps.db, condition, now);
    await resolveAlertsExcept(deps.db, 'stale_inventory_sync', stale.map((c) => c.subject), now);
  } catch (error) {
    if (!(error instanceof PeerCallError)) throw error;
    deps.log(`alerts: stale inventory sync not evaluated: ${error.message}`);
  }
  const failed = failedOrderStatusAlerts(
    (await failedOrderStatusEventsByPartner(deps.db)).map((g) => ({
      partnerId: g.partner_id, failed: g.failed, firstFailedAt: g.first_failed_at,
      owner: routeException(routes, g.partner_id, 'order_status_change').owner,
    })),
  );
  for (const condition of failed) await raiseAlert(deps.db, condition, now);
  await resolveAlertsExcept(deps.db, 'failed_order_status_events', failed.map((c) => c.subject), now);
  return openAlerts(deps.db);
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
