import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { startWebhook, type TestWebhook } from '../../lib/testing/webhook.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/*
 * The exceptions-past-SLA alert through the real intake, subgraphs and gateway. The OMS is as of
 * 2026-11-01 12:00 UTC and holds three exceptions: EX-A (Fulfilment Ops, due 10:00, open: past
 * its 4 h SLA by 2 h), EX-B (Fulfilment Ops, due 14:00: not yet due) and EX-C (Dock lead, due
 * Oct 30, resolved Oct 31). The ERP has no branches and integration no failed events, so this is the only
 * alert. The intake evaluates and delivers alerts as it starts; `intakeTick` runs a pass again.
 */
let graph: TestGraph;
let webhook: TestWebhook;

beforeAll(async () => {
  webhook = await startWebhook();
  graph = await startTestGraph(async (dbs) => {
    await insertRows(dbs.oms, 'dataset_info', [{ seed: 1, scale: 1, as_of: '2026-11-01T12:00:00Z', generator_version: 1 }]);
    const exception = (id: string, owner: string, openedAt: string, slaDueAt: string, resolvedAt: string | null) => ({
      id, type: 'short_ship', owner, opened_at: openedAt, sla_due_at: slaDueAt, resolved_at: resolvedAt, description: id,
    });
    await insertRows(dbs.oms, 'exceptions', [
      exception('EX-A', 'Fulfilment Ops', '2026-11-01T06:00:00Z', '2026-11-01T10:00:00Z', null),
      exception('EX-B', 'Fulfilment Ops', '2026-11-01T10:00:00Z', '2026-11-01T14:00:00Z', null),
      exception('EX-C', 'Dock lead', '2026-10-30T00:00:00Z', '2026-10-30T04:00:00Z', '2026-10-31T00:00:00Z'),
    ]);
  }, { alertWebhookUrl: webhook.url });
});
afterAll(async () => {
  await graph?.close();
  await webhook?.close();
});

const ALERTS = `{ alerts(includeResolved: true) { rule subject severity owner since summary resolvedAt deliveredAt } }`;

describe('alerts on exceptions past their SLA', () => {
  it('raises one alert for the owner with an exception past due, counting only that one, and delivers it once', async () => {
    await graph.intakeTick();
    const { data } = await graph.post(ALERTS);
    expect(data!.alerts).toEqual([{
      rule: 'EXCEPTIONS_PAST_SLA', subject: 'Fulfilment Ops', severity: 'WARNING', owner: 'Fulfilment Ops', since: '2026-11-01T10:00:00.000Z',
      summary: '1 exception owned by Fulfilment Ops is past its SLA: EX-A (short_ship) was due 2026-11-01T10:00:00Z',
      resolvedAt: null, deliveredAt: expect.any(String),
    }]);
    expect(webhook.received.map((b: any) => [b.alert.rule, b.alert.subject, b.alert.severity, b.alert.owner, b.alert.since])).toEqual([
      ['exceptions_past_sla', 'Fulfilment Ops', 'warning', 'Fulfilment Ops', '2026-11-01T10:00:00.000Z'],
    ]);
  });

  it('resolves the alert once the owner resolves the exception, without posting again', async () => {
    await graph.dbs.oms.query(`UPDATE exceptions SET resolved_at = '2026-11-01T11:30:00Z' WHERE id = 'EX-A'`);
    await graph.intakeTick();
    const { data } = await graph.post(ALERTS);
    expect(data!.alerts.map((a: any) => [a.rule, a.subject, a.resolvedAt === null])).toEqual([['EXCEPTIONS_PAST_SLA', 'Fulfilment Ops', false]]);
    expect((await graph.post(`{ alerts { subject } }`)).data!.alerts).toEqual([]);
    expect(webhook.received).toHaveLength(1);
  });

  it('keeps the OMS question off the public graph', async () => {
    const { errors } = await graph.post(`{ exceptionsPastSlaByOwner { count } }`);
    expect(errors![0]!.message).toMatch(/Cannot query field "exceptionsPastSlaByOwner" on type "Query"/);
  });
});
