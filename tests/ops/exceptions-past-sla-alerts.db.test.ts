import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeerCallError } from '../../lib/peers.ts';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { openAlerts, recordDelivery } from '../../subgraphs/ops/db/alerts.repository.ts';
import { evaluateAlerts } from '../../subgraphs/ops/intake/alerts.ts';
import type { IntakeDeps } from '../../subgraphs/ops/intake/deps.ts';
import type { ExceptionsPastSla } from '../../subgraphs/ops/rules/alert.rules.ts';
import { opsMigrations } from '../../subgraphs/ops/server.ts';

// The exceptions-past-SLA rule's evaluation on a real ops database, the OMS's answers stubbed:
// an alert per owner, "unowned" routed to the default rule's owner (Integration Desk, as the
// migration seeds it), left as it is while the OMS cannot be reached, delivered again when its
// severity changes, resolved once nothing is past due. The ERP answers no branches.
let database: TestDatabase;
let deps: IntakeDeps;
let omsAnswer: ExceptionsPastSla[] | null;
const logged: string[] = [];
const NOW = new Date('2026-11-27T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase('ops', opsMigrations);
  deps = {
    db: database.db, log: (line) => logged.push(line), now: () => NOW, batchSize: 100,
    peers: {
      call: async <Data>(domain: string) => {
        if (domain === 'erp') return { branches: [] } as Data;
        if (omsAnswer === null) throw new PeerCallError('the oms subgraph at http://127.0.0.1:1 is unreachable: ECONNREFUSED');
        return { exceptionsPastSlaByOwner: omsAnswer } as Data;
      },
    },
  };
});
afterAll(async () => {
  await database?.drop();
});

// Window 4 h (06:00 -> 10:00 Nov 1); ageHours 6 is 2 h past due (warning), 9 is 5 h (critical).
const fulfilment = (ageHours: number): ExceptionsPastSla => ({
  owner: 'Fulfilment Ops', count: 2,
  oldest: { id: 'EX-A', type: 'short_ship', openedAt: '2026-11-01T06:00:00.000Z', slaDueAt: '2026-11-01T10:00:00.000Z', ageHours },
});
const unowned: ExceptionsPastSla = {
  owner: null, count: 1,
  oldest: { id: 'EX-U', type: 'address_invalid', openedAt: '2026-11-01T02:00:00.000Z', slaDueAt: '2026-11-01T10:00:00.000Z', ageHours: 10 },
};
const pastSla = async () =>
  (await openAlerts(database.db)).filter((a) => a.rule === 'exceptions_past_sla').map((a) => [a.subject, a.severity, a.owner, a.since.toISOString(), a.delivered_at]);

describe('evaluating the exceptions past SLA rule', () => {
  it('raises one alert per owner, and one for the unowned owned by the default routing rule', async () => {
    omsAnswer = [fulfilment(6), unowned];
    await evaluateAlerts(deps);
    expect(await pastSla()).toEqual([
      ['Fulfilment Ops', 'warning', 'Fulfilment Ops', '2026-11-01T10:00:00.000Z', null],
      ['unowned', 'warning', 'Integration Desk', '2026-11-01T10:00:00.000Z', null],
    ]);
  });

  it('leaves the alerts as they are, and says so, while the OMS cannot be reached', async () => {
    for (const alert of await openAlerts(database.db)) await recordDelivery(database.db, alert.id, { deliveredAt: NOW });
    omsAnswer = null;
    await evaluateAlerts(deps);
    expect(await pastSla()).toEqual([
      ['Fulfilment Ops', 'warning', 'Fulfilment Ops', '2026-11-01T10:00:00.000Z', NOW],
      ['unowned', 'warning', 'Integration Desk', '2026-11-01T10:00:00.000Z', NOW],
    ]);
    expect(logged).toEqual(['alerts: exceptions past SLA not evaluated: the oms subgraph at http://127.0.0.1:1 is unreachable: ECONNREFUSED']);
  });

  it('turns critical (to be delivered again) and resolves the owners with nothing past due', async () => {
    omsAnswer = [fulfilment(9)];
    await evaluateAlerts(deps);
    expect(await pastSla()).toEqual([['Fulfilment Ops', 'critical', 'Fulfilment Ops', '2026-11-01T10:00:00.000Z', null]]);
    const [resolved] = await database.db.query<{ resolved_at: Date }>(`SELECT resolved_at FROM alerts WHERE subject = 'unowned'`);
    expect(resolved!.resolved_at).toEqual(NOW);

    omsAnswer = [];
    await evaluateAlerts(deps);
    expect(await pastSla()).toEqual([]);
  });
});
