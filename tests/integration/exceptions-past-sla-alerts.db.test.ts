import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { openAlerts, recordDelivery } from '../../subgraphs/integration/db/alerts.repository.ts';
import { evaluateAlerts } from '../../subgraphs/integration/intake/alerts.ts';
import type { IntakeDeps } from '../../subgraphs/integration/intake/deps.ts';
import { integrationMigrations } from '../../subgraphs/integration/server.ts';
import { startOms, type OmsUnderTest } from '../oms/harness.ts';
import { closedPortUrl, intakePeers } from './harness.ts';

/*
 * The exceptions-past-SLA rule's evaluation on a real ops database, asking a real OMS subgraph
 * over HTTP as the intake does: an alert per owner, "unowned" routed to the default rule's owner
 * (Integration Desk, as the migration seeds it), left as it is while the OMS cannot be reached,
 * delivered again when its severity changes, resolved once nothing is past due. The ERP is not
 * started (its URL is a closed port), so every pass logs that stale inventory sync was not evaluated.
 *
 * The OMS is as of 2026-11-01 12:00 UTC and holds, all open:
 * - EX-A, Fulfilment Ops: opened 06:00, due 10:00 (4 h window); 2 h past due: warning, critical
 *   once past due by more than its 4 h window again (after 14:00).
 * - EX-B, Fulfilment Ops: opened 08:00, due 11:00; past due, but not the oldest.
 * - EX-U, nobody's: opened 02:00, due 10:00 (8 h window); 2 h past due: warning.
 */
async function load(db: Db) {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: '2026-11-01T12:00:00Z', generator_version: 1 }]);
  const exception = (id: string, type: string, owner: string | null, openedAt: string, slaDueAt: string) => ({
    id, type, owner, opened_at: openedAt, sla_due_at: slaDueAt, resolved_at: null, description: id,
  });
  await insertRows(db, 'exceptions', [
    exception('EX-A', 'short_ship', 'Fulfilment Ops', '2026-11-01T06:00:00Z', '2026-11-01T10:00:00Z'),
    exception('EX-B', 'late_shipment', 'Fulfilment Ops', '2026-11-01T08:00:00Z', '2026-11-01T11:00:00Z'),
    exception('EX-U', 'address_invalid', null, '2026-11-01T02:00:00Z', '2026-11-01T10:00:00Z'),
  ]);
}

let database: TestDatabase;
let oms: OmsUnderTest;
let closedUrl: string;
let deps: IntakeDeps;
const logged: string[] = [];
const NOW = new Date('2026-11-27T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase('integration', integrationMigrations);
  oms = await startOms(load);
  closedUrl = await closedPortUrl();
  deps = {
    db: database.db, log: (line) => logged.push(line), now: () => NOW, batchSize: 100,
    peers: intakePeers({ erp: closedUrl, oms: oms.url }),
  };
});
afterAll(async () => {
  await oms?.close();
  await database?.drop();
});
beforeEach(() => {
  logged.length = 0;
});

const erpNotEvaluated = () => `alerts: stale inventory sync not evaluated: the erp subgraph at ${closedUrl} is unreachable: fetch failed`;
const pastSla = async () =>
  (await openAlerts(database.db)).filter((a) => a.rule === 'exceptions_past_sla').map((a) => [a.subject, a.severity, a.owner, a.since.toISOString(), a.delivered_at]);

describe('evaluating the exceptions past SLA rule', () => {
  it('raises one alert per owner, and one for the unowned owned by the default routing rule', async () => {
    await evaluateAlerts(deps);
    expect(await pastSla()).toEqual([
      ['Fulfilment Ops', 'warning', 'Fulfilment Ops', '2026-11-01T10:00:00.000Z', null],
      ['unowned', 'warning', 'Integration Desk', '2026-11-01T10:00:00.000Z', null],
    ]);
    expect(logged).toEqual([erpNotEvaluated()]);
  });

  it('leaves the alerts as they are, and says so, while the OMS cannot be reached', async () => {
    for (const alert of await openAlerts(database.db)) await recordDelivery(database.db, alert.id, { deliveredAt: NOW });
    await evaluateAlerts({ ...deps, peers: intakePeers({ erp: closedUrl, oms: closedUrl }) });
    expect(await pastSla()).toEqual([
      ['Fulfilment Ops', 'warning', 'Fulfilment Ops', '2026-11-01T10:00:00.000Z', NOW],
      ['unowned', 'warning', 'Integration Desk', '2026-11-01T10:00:00.000Z', NOW],
    ]);
    expect(logged).toEqual([
      erpNotEvaluated(),
      `alerts: exceptions past SLA not evaluated: the oms subgraph at ${closedUrl} is unreachable: fetch failed`,
    ]);
  });

  it('turns critical (to be delivered again) and resolves the owners with nothing past due', async () => {
    // As of 15:00, EX-A is 9 h old: past due by 5 h, more than its 4 h window. EX-U is resolved.
    await oms.db.query(`UPDATE dataset_info SET as_of = '2026-11-01T15:00:00Z'`);
    await oms.db.query(`UPDATE exceptions SET resolved_at = '2026-11-01T14:30:00Z' WHERE id = 'EX-U'`);
    await evaluateAlerts(deps);
    expect(await pastSla()).toEqual([['Fulfilment Ops', 'critical', 'Fulfilment Ops', '2026-11-01T10:00:00.000Z', null]]);
    const [resolved] = await database.db.query<{ resolved_at: Date }>(`SELECT resolved_at FROM alerts WHERE subject = 'unowned'`);
    expect(resolved!.resolved_at).toEqual(NOW);

    await oms.db.query(`UPDATE exceptions SET resolved_at = '2026-11-01T14:45:00Z' WHERE resolved_at IS NULL`);
    await evaluateAlerts(deps);
    expect(await pastSla()).toEqual([]);
    expect(logged).toEqual([erpNotEvaluated(), erpNotEvaluated()]);
  });
});
