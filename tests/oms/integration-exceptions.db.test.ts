import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import { ANONYMOUS } from '../../lib/identity.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { refreshKpiAggregates } from '../../subgraphs/oms/db/kpi-refresh.repository.ts';
import { openIntegrationExceptions, resolveIntegrationExceptions, type IntegrationExceptionToOpen } from '../../subgraphs/oms/intake/exceptions.ts';
import { startOms, type OmsUnderTest } from './harness.ts';

/**
 * Exceptions ops opens for integration events it rejected or could not apply, and the subgraph
 * mutations ops calls. Fixture: one order (placed in W40, so the weekly totals run W40..W44, the
 * as-of week) and one late_shipment exception owned in W42; aggregates refreshed on load.
 */
async function load(db: Db) {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: '2026-11-01T23:59:59Z', generator_version: 1 }]);
  await insertRows(db, 'orders', [{
    id: 'SO-1', account_id: 'ACCT-1', channel: 'portal', placed_at: '2026-10-01T10:00:00Z', requested_date: '2026-10-10',
    promised_date: '2026-10-10', status: 'allocated', ship_to_branch_code: 'CHI',
  }]);
  await insertRows(db, 'order_lines', [{ order_id: 'SO-1', line_number: 1, sku: 'SKU-A', ordered_quantity: 2, sourcing_branch_code: 'CHI', unit_price_minor: 500 }]);
  await insertRows(db, 'order_status_history', [{ order_id: 'SO-1', sequence: 1, status: 'allocated', changed_at: '2026-10-01T10:00:00Z' }]);
  await insertRows(db, 'exceptions', [{
    id: 'EX-1', type: 'late_shipment', order_id: 'SO-1', owner: 'Dock lead', opened_at: '2026-10-13T08:00:00Z',
    sla_due_at: '2026-10-14T08:00:00Z', description: 'late',
  }]);
  await refreshKpiAggregates(db);
}

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(load);
});
afterAll(async () => {
  await oms?.close();
});

/** The aggregates exceptions feed, in a comparable form. */
async function exceptionAggregates() {
  const weeks = await oms.db.query(`SELECT week_start, type, opened, owned, margin_impact_minor FROM kpi_exception_week ORDER BY 1, 2`);
  const totals = await oms.db.query(`SELECT week_start, exceptions_opened, exceptions_owned FROM kpi_week_totals ORDER BY 1`);
  return { weeks, totals };
}

const item = (eventId: string, kind: 'rejected' | 'failed', openedAt: string, extra: Partial<IntegrationExceptionToOpen> = {}): IntegrationExceptionToOpen => ({
  eventId, kind, owner: null, openedAt, slaDueAt: '2026-12-01T00:00:00Z', description: `event ${eventId}`, ...extra,
});

describe('integration exceptions', () => {
  it('open once per event, keep the exception aggregates equal to a full refresh, and resolve once', async () => {
    const items = [
      item('E-1', 'failed', '2026-10-20T09:00:00Z', { owner: 'Partner manager', orderId: 'SO-1', sku: 'SKU-A', branchCode: 'CHI' }),
      item('E-2', 'failed', '2026-10-21T09:00:00Z', { orderId: 'SO-404', description: 'order SO-404 does not exist' }),
      item('E-3', 'rejected', '2026-10-14T09:00:00Z', { owner: 'EDI desk' }),
      item('E-4', 'rejected', '2026-11-10T09:00:00Z'), // after the as-of week: no weekly total row to count it in
    ];
    expect(await openIntegrationExceptions(oms.db, [...items, items[0]!])).toBe(4);
    expect(await openIntegrationExceptions(oms.db, items)).toBe(0);

    expect(await oms.db.query(`SELECT id, event_id, type, order_id, sku, branch_code, owner, description FROM exceptions WHERE event_id IS NOT NULL ORDER BY id`)).toEqual([
      { id: 'EX-E-1', event_id: 'E-1', type: 'integration_failed', order_id: 'SO-1', sku: 'SKU-A', branch_code: 'CHI', owner: 'Partner manager', description: 'event E-1' },
      { id: 'EX-E-2', event_id: 'E-2', type: 'integration_failed', order_id: null, sku: null, branch_code: null, owner: null, description: 'order SO-404 does not exist' },
      { id: 'EX-E-3', event_id: 'E-3', type: 'integration_rejected', order_id: null, sku: null, branch_code: null, owner: 'EDI desk', description: 'event E-3' },
      { id: 'EX-E-4', event_id: 'E-4', type: 'integration_rejected', order_id: null, sku: null, branch_code: null, owner: null, description: 'event E-4' },
    ]);
    const incremental = await exceptionAggregates();
    // By hand: W42 (Oct 12) late_shipment 1 owned + E-3 owned; W43 (Oct 19) E-1 owned, E-2 not; Nov 9 E-4 (no totals row).
    expect(incremental.weeks).toEqual([
      { week_start: '2026-10-12', type: 'integration_rejected', opened: 1, owned: 1, margin_impact_minor: '0' },
      { week_start: '2026-10-12', type: 'late_shipment', opened: 1, owned: 1, margin_impact_minor: '0' },
      { week_start: '2026-10-19', type: 'integration_failed', opened: 2, owned: 1, margin_impact_minor: '0' },
      { week_start: '2026-11-09', type: 'integration_rejected', opened: 1, owned: 0, margin_impact_minor: '0' },
    ]);
    expect(incremental.totals.filter((t: any) => t.exceptions_opened > 0)).toEqual([
      { week_start: '2026-10-12', exceptions_opened: 2, exceptions_owned: 2 },
      { week_start: '2026-10-19', exceptions_opened: 2, exceptions_owned: 1 },
    ]);

    expect(await resolveIntegrationExceptions(oms.db, ['E-1', 'E-3', 'E-404'], '2026-10-25T12:00:00Z')).toBe(2);
    expect(await resolveIntegrationExceptions(oms.db, ['E-1', 'E-3'], '2026-10-26T12:00:00Z')).toBe(0);
    expect(await oms.db.query(`SELECT event_id, resolved_at FROM exceptions WHERE event_id IN ('E-1', 'E-2') ORDER BY 1`)).toEqual([
      { event_id: 'E-1', resolved_at: new Date('2026-10-25T12:00:00Z') },
      { event_id: 'E-2', resolved_at: null },
    ]);
    expect(await exceptionAggregates()).toEqual(incremental);
    await refreshKpiAggregates(oms.db);
    expect(await exceptionAggregates()).toEqual(incremental);
  });
});

const APPLY = `mutation($events: [OmsEventToApply!]!) { applyOmsEvents(events: $events) { eventId outcome reason } }`;
const OPEN = `mutation($exceptions: [IntegrationExceptionInput!]!) { openIntegrationExceptions(exceptions: $exceptions) }`;
const RESOLVE = `mutation($ids: [ID!]!, $at: String!) { resolveIntegrationExceptions(eventIds: $ids, resolvedAt: $at) }`;
const partner = { id: 'P-ACME', accountId: 'ACCT-1', branchCode: 'CHI' };
const statusEvent = (eventId: string, payload: string) => ({ eventId, type: 'order_status_change', receivedAt: '2026-10-20T12:00:00Z', partner, payload });

describe('subgraph mutations', () => {
  it('apply events for staff, one outcome per event in order, a payload that is not JSON failing alone', async () => {
    const events = [
      statusEvent('M-1', JSON.stringify({ orderId: 'SO-1', status: 'picking', changedAt: '2026-10-03T09:00:00Z' })),
      statusEvent('M-2', '{not json'),
      { ...statusEvent('M-3', '{}'), type: 'payment' },
    ];
    expect((await oms.query(APPLY, { events })).applyOmsEvents).toEqual([
      { eventId: 'M-1', outcome: 'applied', reason: null },
      { eventId: 'M-2', outcome: 'failed', reason: 'the order_status_change payload is not valid JSON' },
      { eventId: 'M-3', outcome: 'failed', reason: 'event type payment is not applied by the OMS' },
    ]);
    expect((await oms.query(APPLY, { events: events.slice(0, 1) })).applyOmsEvents).toEqual([{ eventId: 'M-1', outcome: 'already_applied', reason: null }]);
  });

  it('open and resolve exceptions for staff; the exception names its event', async () => {
    const exceptions = [{ eventId: 'M-2', kind: 'failed', owner: null, openedAt: '2026-10-20T12:00:00Z', slaDueAt: '2026-10-22T12:00:00Z', description: 'not JSON' }];
    expect((await oms.query(OPEN, { exceptions })).openIntegrationExceptions).toBe(1);
    expect((await oms.query(OPEN, { exceptions })).openIntegrationExceptions).toBe(0);
    const { exceptions: page } = await oms.query(`{ exceptions(filter: { type: ["integration_failed"], openOnly: true }) { edges { node { id integrationEventId } } } }`);
    expect(page.edges.map((e: any) => e.node)).toContainEqual({ id: 'EX-M-2', integrationEventId: 'M-2' });
    expect((await oms.query(RESOLVE, { ids: ['M-2'], at: '2026-10-21T12:00:00Z' })).resolveIntegrationExceptions).toBe(1);
    const bad = await oms.error(OPEN, { exceptions: [{ ...exceptions[0], kind: 'lost' }] });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuse anyone but staff', async () => {
    for (const caller of [oms.as(testBuyer('ACCT-1')), oms.as(ANONYMOUS)]) {
      const refusals = [
        await caller.error(APPLY, { events: [statusEvent('M-9', '{}')] }),
        await caller.error(OPEN, { exceptions: [] }),
        await caller.error(RESOLVE, { ids: ['M-2'], at: '2026-10-21T12:00:00Z' }),
      ];
      for (const refusal of refusals) {
        expect(refusal).toMatchObject({ message: 'Integration event changes are for staff: sign in with a staff token', extensions: { code: 'FORBIDDEN' } });
      }
    }
    expect(await oms.db.query(`SELECT event_id FROM applied_events WHERE event_id = 'M-9'`)).toEqual([]);
  });
});
