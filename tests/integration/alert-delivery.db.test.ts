import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { startWebhook, type TestWebhook } from '../../lib/testing/webhook.ts';
import { openAlerts, raiseAlert } from '../../subgraphs/integration/db/alerts.repository.ts';
import { deliverAlerts } from '../../subgraphs/integration/intake/alerts.ts';
import type { IntakeDeps } from '../../subgraphs/integration/intake/deps.ts';
import { integrationMigrations } from '../../subgraphs/integration/server.ts';
import { closedPortUrl, intakePeers } from './harness.ts';

// Alert delivery to the webhook, on a real database: a failed delivery is counted and kept for
// the next pass; a delivered alert is not sent again. Delivery asks no peer, so the intake's real
// peer caller points at a closed port: a delivery that did call one would not be answered.
let database: TestDatabase;
let hook: TestWebhook;
let deps: IntakeDeps;
const NOW = new Date('2026-11-27T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase('integration', integrationMigrations);
  hook = await startWebhook(500);
  const closedUrl = await closedPortUrl();
  deps = {
    db: database.db, log: () => undefined, now: () => NOW, batchSize: 100,
    peers: intakePeers({ erp: closedUrl, oms: closedUrl }),
  };
});
afterAll(async () => {
  await hook?.close();
  await database?.drop();
});

describe('alert delivery', () => {
  it('retries a delivery the webhook refused, then never sends a delivered alert again', async () => {
    await raiseAlert(database.db, {
      rule: 'stale_inventory_sync', subject: 'PHX', severity: 'critical', owner: 'Inventory Control',
      summary: 'branch PHX: last inventory snapshot 26 h 0 min ago (threshold 60 min); stock figures are stale', since: new Date('2026-10-31T22:59:59Z'),
    }, NOW);
    hook.answers.push(503, 204);

    expect(await deliverAlerts(deps, hook.url)).toBe(0);
    const [failed] = await openAlerts(database.db);
    expect(failed).toMatchObject({ delivered_at: null, delivery_attempts: 1, last_delivery_error: 'the webhook answered HTTP 503' });

    expect(await deliverAlerts(deps, hook.url)).toBe(1);
    const [delivered] = await openAlerts(database.db);
    expect(delivered).toMatchObject({ delivered_at: NOW, delivery_attempts: 2, last_delivery_error: null });
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]).toEqual({
      alert: {
        id: delivered!.id, rule: 'stale_inventory_sync', subject: 'PHX', severity: 'critical', owner: 'Inventory Control',
        summary: delivered!.summary, since: '2026-10-31T22:59:59.000Z', raisedAt: '2026-11-27T10:00:00.000Z',
      },
    });

    expect(await deliverAlerts(deps, hook.url)).toBe(0);
    expect(hook.received).toHaveLength(2);
  });

  it('delivers again when an open alert changes severity, and keeps when it started', async () => {
    await raiseAlert(database.db, {
      rule: 'stale_inventory_sync', subject: 'PHX', severity: 'warning', owner: 'Inventory Control', summary: 'better', since: new Date('2026-11-27T09:00:00Z'),
    }, NOW);
    hook.answers.push(204);
    expect(await deliverAlerts(deps, hook.url)).toBe(1);
    const [alert] = await openAlerts(database.db);
    expect([alert!.severity, alert!.since.toISOString()]).toEqual(['warning', '2026-10-31T22:59:59.000Z']);
  });
});
