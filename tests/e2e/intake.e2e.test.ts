import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../lib/identity.ts';
import { isoWeekOf } from '../../lib/iso-week.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';
import { startWebhook, type TestWebhook } from '../../lib/testing/webhook.ts';
import { interchange, inventoryAdviceSets } from '../../bench/x12-builder.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/*
 * Both intake lanes through the real intake, subgraphs and gateway on the e2e fixture (fixture.ts):
 * CHI synced 2026-11-01 23:50, PHX 2026-10-31 21:59:59 (26 h before the as-of instant, threshold
 * 60 min: stale and critical); SO-2 allocated; FAS-1, FAS-2 in the item master, FAS-9 not.
 * Partners: CHI-3PL (X12 ZZ/CHI3PL, reports for CHI), WMS-API and LOCKBOX-API (API).
 * Routing (migration defaults): inventory_* -> Inventory Control 4 h; order_status_change ->
 * Customer Service Lead 4 h; payment -> AR Specialist 24 h.
 */
let graph: TestGraph;
let webhook: TestWebhook;
const token = () => signToken({ sub: 'integration-platform', role: 'staff', exp: Math.floor(Date.now() / 1000) + 600 }, TEST_TOKEN_SECRET);

beforeAll(async () => {
  webhook = await startWebhook();
  graph = await startTestGraph(async (dbs) => {
    await loadFixture(dbs);
    const partner = (id: string, kind: string, x12: string | null, branch: string | null) => ({
      id, name: id, kind, x12_qualifier: x12 && 'ZZ', x12_id: x12, account_id: null, supplier_id: null, branch_code: branch,
    });
    await insertRows(dbs.integration, 'trading_partners', [
      partner('CHI-3PL', 'warehouse', 'CHI3PL', 'CHI'), partner('WMS-API', 'warehouse', null, null), partner('LOCKBOX-API', 'bank', null, null),
    ]);
  }, { alertWebhookUrl: webhook.url });
});
afterAll(async () => {
  await graph?.close();
  await webhook?.close();
});

const at = new Date('2026-11-01T23:58:00Z');
const parties = { senderQualifier: 'ZZ', senderId: 'CHI3PL', receiverQualifier: 'ZZ', receiverId: 'OPSGRAPH', controlNumber: 905, at };
/** Three 846s: FAS-1 at CHI (good), FAS-9 (not in the item master), and one whose SE count is off by one. */
function threeSets(): string {
  const sets = inventoryAdviceSets('CHI', [{ sku: 'FAS-1', onHand: 55 }, { sku: 'FAS-9', onHand: 7 }, { sku: 'FAS-2', onHand: 3 }], at)
    .map((segments) => segments.map((s) => (s.startsWith('BIA') ? `${s}*2358` : s)));
  return interchange(parties, 'IB', '846', sets).replace('SE*6*0003', 'SE*5*0003');
}

async function postX12(body: string) {
  const response = await fetch(`${graph.intakeUrl}/x12`, { method: 'POST', headers: { authorization: `Bearer ${token()}` }, body });
  return { status: response.status, body: (await response.json()) as any };
}

async function postEvents(events: unknown[]) {
  const response = await fetch(`${graph.intakeUrl}/events`, {
    method: 'POST', headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json' }, body: JSON.stringify({ events }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const QUEUE = `query Queue($filter: IntegrationEventFilter) {
  integrationEvents(filter: $filter, first: 20) { edges { node { id lane partner type status reason sourceId businessKeys { skus orders branches } normalizedPayload rawPayload duplicateOf { id } } } }
  integrationEventCounts(filter: $filter) { status count }
}`;
const EXCEPTIONS = `{ exceptions(first: 50) { edges { node { type owner openedAt slaDueAt resolvedAt ageHours resolutionHours description integrationEventId integrationEvent { status partner } } } } }`;

async function integrationExceptions() {
  const { data } = await graph.post(EXCEPTIONS);
  return (data!.exceptions.edges as { node: any }[]).map((e) => e.node).filter((n) => n.type.startsWith('integration_'));
}

describe('the EDI lane over HTTP', () => {
  let first: any;
  it('accepts the good sets of an interchange, rejects the bad one with its reason, and acknowledges the group with a 997', async () => {
    const { status, body } = await postX12(threeSets());
    expect(status).toBe(200);
    first = body;
    expect(body.interchanges).toHaveLength(1);
    expect(body.interchanges[0]).toMatchObject({ sender: 'ZZ:CHI3PL', controlNumber: '000000905', status: 'partially_accepted', sets: { accepted: 2, rejected: 1, duplicate: 0 } });
    expect(body.applied).toEqual({ applied: 1, failed: 1, pending: 0 });
    const ack: string = body.interchanges[0].acknowledgments[0];
    expect(ack).toMatch(/ISA\*00\*.{10}\*00\*.{10}\*ZZ\*OPSGRAPH {7}\*ZZ\*CHI3PL {9}\*/);
    expect(ack).toMatch(/AK1\*IB\*905/);
    expect(ack).toMatch(/AK2\*846\*0001[^A]*AK5\*A/);
    expect(ack).toMatch(/AK2\*846\*0003[\s\S]*AK5\*R/);
    expect(ack).toMatch(/AK9\*P\*3\*3\*2/);
    // ISA14 0 and a clean envelope: no TA1.
    expect(body.interchanges[0].interchangeAcknowledgment).toBeNull();
  });

  it('applies the good set to the ERP (position and branch sync time) and shows all three in the queue', async () => {
    const [position] = await graph.dbs.erp.query<{ on_hand: number; last_synced_at: Date }>(
      "SELECT on_hand, last_synced_at FROM inventory_positions WHERE sku = 'FAS-1' AND branch_code = 'CHI'",
    );
    expect(position).toEqual({ on_hand: 55, last_synced_at: new Date('2026-11-01T23:58:00Z') });
    const { data } = await graph.post(QUEUE, { filter: { lane: 'EDI' } });
    const nodes = data!.integrationEvents.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => [n.sourceId, n.type, n.status, n.partner])).toEqual([
      ['0003', 'inventory_advice', 'REJECTED', 'CHI-3PL'],
      ['0002', 'inventory_advice', 'FAILED', 'CHI-3PL'],
      ['0001', 'inventory_advice', 'APPLIED', 'CHI-3PL'],
    ]);
    expect(nodes[0].reason).toMatch(/SE01 says 5 segments but the set has 6/);
    expect(nodes[1].reason).toMatch(/FAS-9/);
    expect(nodes[2].businessKeys).toEqual({ skus: ['FAS-1'], orders: [], branches: ['CHI'] });
    expect(JSON.parse(nodes[2].normalizedPayload).items[0]).toMatchObject({ onHand: 55, item: { sku: 'FAS-1' } });
    expect(nodes[2].rawPayload).toMatch(/^ST\*846\*0001~\n?BIA\*00\*SI\*INV000001\*20261101\*2358~/);
    expect(data!.integrationEventCounts).toEqual([{ status: 'APPLIED', count: 1 }, { status: 'FAILED', count: 1 }, { status: 'REJECTED', count: 1 }]);
  });

  it('records a re-sent interchange as a duplicate, with the original 997s, and changes nothing', async () => {
    await graph.dbs.erp.query("UPDATE inventory_positions SET on_hand = 54 WHERE sku = 'FAS-1' AND branch_code = 'CHI'");
    const { body } = await postX12(threeSets());
    expect(body.interchanges[0]).toMatchObject({ status: 'duplicate', sets: { accepted: 0, rejected: 0, duplicate: 3 } });
    expect(body.interchanges[0].acknowledgments).toEqual(first.interchanges[0].acknowledgments);
    const [position] = await graph.dbs.erp.query<{ on_hand: number }>("SELECT on_hand FROM inventory_positions WHERE sku = 'FAS-1' AND branch_code = 'CHI'");
    expect(position!.on_hand).toBe(54);
  });
});

describe('the same interchange posted twice at once', () => {
  it('records it once and the other copy as its duplicate', async () => {
    const sets = inventoryAdviceSets('CHI', [{ sku: 'FAS-2', onHand: 21 }], at).map((segments) => segments.map((s) => (s.startsWith('BIA') ? `${s}*2358` : s)));
    const body = interchange({ ...parties, controlNumber: 906 }, 'IB', '846', sets);
    const [a, b] = await Promise.all([postX12(body), postX12(body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.interchanges[0].status, b.body.interchanges[0].status].sort()).toEqual(['accepted', 'duplicate']);
    const [row] = await graph.dbs.erp.query<{ on_hand: number }>("SELECT on_hand FROM inventory_positions WHERE sku = 'FAS-2' AND branch_code = 'CHI'");
    expect(row!.on_hand).toBe(21);
  });
});

describe('the API lane', () => {
  it('applies valid events, fails what the OMS cannot apply, rejects invalid ones naming the field, and records re-sends as duplicates', async () => {
    const status = (id: string, orderId: string) => ({
      id, type: 'order_status_change', partner: 'WMS-API', occurredAt: '2026-11-01T20:00:00Z',
      payload: { orderId, status: 'picking', changedAt: '2026-11-01T20:00:00Z' },
    });
    const payment = { id: 'pay-1', type: 'payment', partner: 'LOCKBOX-API', occurredAt: '2026-11-01T20:00:00Z',
      payload: { paymentId: 'PAY-9', accountId: 'ACCT-1', invoiceId: 'INV-1', amount: '10.005', currency: 'USD', receivedAt: '2026-11-01T20:00:00Z', method: 'ach' } };
    const { status: http, body } = await postEvents([status('e1', 'SO-2'), status('e2', 'SO-404'), payment]);
    expect(http).toBe(200);
    expect(body.events.map((e: any) => [e.sourceId, e.status])).toEqual([['e1', 'applied'], ['e2', 'failed'], ['pay-1', 'rejected']]);
    expect(body.events[1].reason).toMatch(/SO-404/);
    expect(body.events[2].reason).toMatch(/payload\.amount/);
    const [order] = await graph.dbs.oms.query<{ status: string }>("SELECT status FROM orders WHERE id = 'SO-2'");
    expect(order!.status).toBe('picking');

    const again = await postEvents([status('e1', 'SO-2')]);
    expect(again.body.events[0]).toMatchObject({ status: 'duplicate', reason: expect.stringMatching(/^duplicate of event \d+/) });
    const history = await graph.dbs.oms.query("SELECT status FROM order_status_history WHERE order_id = 'SO-2' AND status = 'picking'");
    expect(history).toHaveLength(1);
  });

  it('refuses a body that is not an event batch, and a caller without a staff token', async () => {
    const response = await fetch(`${graph.intakeUrl}/events`, { method: 'POST', headers: { authorization: `Bearer ${token()}` }, body: '{"events": []}' });
    expect([response.status, await response.json()]).toEqual([400, { error: 'events: the batch is empty' }]);
    const anonymous = await fetch(`${graph.intakeUrl}/events`, { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
  });
});

describe('exceptions, retry and alerts', () => {
  it('opens an OMS exception for every rejected or failed event, owned and timed by the routing rules', async () => {
    const exceptions = await integrationExceptions();
    const summary = exceptions
      .map((e) => [e.type, e.owner, (Date.parse(e.slaDueAt) - Date.parse(e.openedAt)) / 3_600_000])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(summary).toEqual([
      ['integration_failed', 'Customer Service Lead', 4],
      ['integration_failed', 'Inventory Control', 4],
      ['integration_rejected', 'AR Specialist', 24],
      ['integration_rejected', 'Inventory Control', 4],
    ]);
    // They count in the scorecard's exception KPIs for the week they opened: all four owned.
    const week = isoWeekOf(new Date(exceptions[0].openedAt));
    const kpis = await graph.post(`query K($week: IsoWeek!) { kpis(fromWeek: $week) { exceptionOwnerCoverage { reading { value numerator denominator } } } }`, { week });
    expect(kpis.data!.kpis.exceptionOwnerCoverage.reading).toEqual({ value: '100.0000', numerator: '4.0000', denominator: '4.0000' });
    // Opened after the fixture's as-of instant: 0 hours old, not negative; open, so no resolution time.
    expect(exceptions.every((e) => e.integrationEventId && e.resolvedAt === null && e.ageHours === 0 && e.resolutionHours === null)).toBe(true);
    // One owner's queue.
    const queue = await graph.post(`{ exceptions(filter: { owner: "Inventory Control", openOnly: true }) { edges { node { type owner } } } }`);
    expect(queue.data!.exceptions.edges.map((e: any) => e.node.type).sort()).toEqual(['integration_failed', 'integration_rejected']);
  });

  it('retries a failed event once its cause is fixed, resolving its exception; a rejected event cannot be retried', async () => {
    const { data } = await graph.post(QUEUE, { filter: { statuses: ['FAILED'], sku: 'FAS-9' } });
    const failed = data!.integrationEvents.edges[0].node;
    await insertRows(graph.dbs.erp, 'items', [{
      sku: 'FAS-9', description: 'FAS-9', unit_of_measure: 'EA', family: 'fasteners', velocity_tier: 'C', standard_cost_minor: 100, list_price_minor: 200, primary_supplier_id: 'SUP-1',
    }]);
    const RETRY = `mutation Retry($id: ID!) { retryIntegrationEvent(id: $id) { id status reason attempts } }`;
    const retried = await graph.post(RETRY, { id: failed.id });
    expect(retried.data!.retryIntegrationEvent).toEqual({ id: failed.id, status: 'APPLIED', reason: null, attempts: 2 });
    const exception = (await integrationExceptions()).find((e) => e.integrationEventId === failed.id);
    expect(exception!.resolvedAt).not.toBeNull();
    expect(exception!.integrationEvent).toEqual({ status: 'APPLIED', partner: 'CHI-3PL' });
    expect(exception!.resolutionHours).toBeCloseTo((Date.parse(exception!.resolvedAt) - Date.parse(exception!.openedAt)) / 3_600_000, 9);

    const rejected = (await graph.post(QUEUE, { filter: { statuses: ['REJECTED'], lane: 'EDI' } })).data!.integrationEvents.edges[0].node;
    const refused = await graph.post(RETRY, { id: rejected.id });
    expect(refused.errors![0]!.message).toMatch(/rejected as invalid; the partner must correct and re-send it/);
  });

  it('raises stale-sync and failed-status alerts with severity, since and owner, and delivers each to the webhook once', async () => {
    await graph.intakeTick();
    await graph.intakeTick();
    const { data } = await graph.post(`{ alerts { rule subject severity owner since summary deliveredAt } }`);
    expect(data!.alerts.map((a: any) => [a.rule, a.subject, a.severity, a.owner, a.since])).toEqual([
      ['STALE_INVENTORY_SYNC', 'PHX', 'CRITICAL', 'Inventory Control', '2026-10-31T22:59:59.000Z'],
      ['FAILED_ORDER_STATUS_EVENTS', 'WMS-API', 'WARNING', 'Customer Service Lead', expect.any(String)],
    ]);
    expect(data!.alerts.every((a: any) => a.deliveredAt !== null)).toBe(true);
    expect(webhook.received.map((b: any) => [b.alert.rule, b.alert.subject])).toEqual([
      ['stale_inventory_sync', 'PHX'],
      ['failed_order_status_events', 'WMS-API'],
    ]);
  });

  it('keeps the queue, exceptions and alerts from buyers', async () => {
    const { errors } = await graph.as({ kind: 'buyer', subject: 'b', accountId: 'ACCT-1' }).post(`{ alerts { id } }`);
    expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('the TA1 interchange acknowledgment', () => {
  /** One good 846 (FAS-1 at CHI) in interchange `control`, ISA14 as given. */
  function oneSet(control: number, ackRequested: '0' | '1'): string {
    const sets = inventoryAdviceSets('CHI', [{ sku: 'FAS-1', onHand: 60 }], at).map((segments) => segments.map((s) => (s.startsWith('BIA') ? `${s}*2358` : s)));
    const ctl = String(control).padStart(9, '0');
    return interchange({ ...parties, controlNumber: control }, 'IB', '846', sets).replace(`*${ctl}*0*P*>`, `*${ctl}*${ackRequested}*P*>`);
  }
  /** Our ISA back to CHI3PL, stamped when the interchange was received (as recorded) and numbered `control`. */
  async function ourIsa(interchangeId: string, control: string): Promise<string> {
    const [row] = await graph.dbs.integration.query<{ received_at: Date }>('SELECT received_at FROM interchanges WHERE id = $1', [interchangeId]);
    const iso = row!.received_at.toISOString();
    const stamp = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}*${iso.slice(11, 13)}${iso.slice(14, 16)}`;
    return `ISA*00*          *00*          *ZZ*OPSGRAPH       *ZZ*CHI3PL         *${stamp}*U*00401*${control}*0*P*>~`;
  }
  const isa13 = (ack: string) => ack.split('*')[13]!;
  let first: any;

  it('answers ISA14 1 with a TA1 of its own, numbered right after the 997 from the same sequence, and stores it', async () => {
    const { body } = await postX12(oneSet(907, '1'));
    first = body.interchanges[0];
    expect(first).toMatchObject({ controlNumber: '000000907', status: 'accepted', sets: { accepted: 1, rejected: 0, duplicate: 0 } });
    expect(first.acknowledgments).toHaveLength(1);
    const ours = String(Number(isa13(first.acknowledgments[0])) + 1).padStart(9, '0');
    expect(first.interchangeAcknowledgment).toBe(`${await ourIsa(first.id, ours)}TA1*000000907*261101*2358*A*000~IEA*0*${ours}~`);
    const [row] = await graph.dbs.integration.query<{ interchange_acknowledgment: string | null }>('SELECT interchange_acknowledgment FROM interchanges WHERE id = $1', [first.id]);
    expect(row!.interchange_acknowledgment).toBe(first.interchangeAcknowledgment);
  });

  it('returns the original TA1 and 997 to a re-sent duplicate, drawing no new control number', async () => {
    const { body } = await postX12(oneSet(907, '1'));
    expect(body.interchanges[0]).toMatchObject({ status: 'duplicate', sets: { accepted: 0, rejected: 0, duplicate: 1 } });
    expect(body.interchanges[0].interchangeAcknowledgment).toBe(first.interchangeAcknowledgment);
    expect(body.interchanges[0].acknowledgments).toEqual(first.acknowledgments);
  });

  it('rejects with 001 an interchange whose IEA02 does not match its ISA13, though ISA14 did not ask for a TA1', async () => {
    const { body } = await postX12(oneSet(908, '0').replace('IEA*1*000000908', 'IEA*1*000000909'));
    const ix = body.interchanges[0];
    expect(ix).toMatchObject({ controlNumber: '000000908', status: 'rejected', sets: { accepted: 0, rejected: 1, duplicate: 0 } });
    // The draws after the duplicate: this interchange's 997, then its TA1.
    const ours = String(Number(isa13(first.interchangeAcknowledgment)) + 2).padStart(9, '0');
    expect(ix.interchangeAcknowledgment).toBe(`${await ourIsa(ix.id, ours)}TA1*000000908*261101*2358*R*001~IEA*0*${ours}~`);
  });

  it('rejects with 014 an interchange dated 31 November, the reason naming ISA09 in the receipt and the queue', async () => {
    const { body } = await postX12(oneSet(909, '0').replace('*261101*2358*', '*261131*2358*'));
    const ix = body.interchanges[0];
    const message = 'ISA09 (interchange date) is "261131"; expected a date YYMMDD';
    expect(ix).toMatchObject({ controlNumber: '000000909', status: 'rejected', reason: message, sets: { accepted: 0, rejected: 1, duplicate: 0 } });
    // The draws after interchange 908's: this interchange's 997, then its TA1.
    const ours = String(Number(isa13(first.interchangeAcknowledgment)) + 4).padStart(9, '0');
    expect(ix.interchangeAcknowledgment).toBe(`${await ourIsa(ix.id, ours)}TA1*000000909*261131*2358*R*014~IEA*0*${ours}~`);
    const [row] = await graph.dbs.integration.query<{ reason: string }>('SELECT reason FROM interchanges WHERE id = $1', [ix.id]);
    expect(row!.reason).toBe(message);
    const { data } = await graph.post(QUEUE, { filter: { lane: 'EDI', statuses: ['REJECTED'] } });
    const reasons = data!.integrationEvents.edges.map((e: any) => e.node.reason).filter((r: string) => r.startsWith('interchange 000000909'));
    expect(reasons).toEqual([`interchange 000000909 rejected: ${message}`]);
  });
});
