import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { startOms, type OmsUnderTest } from './harness.ts';

/**
 * The open exceptions past their SLA, per owner, that the integration intake's alert rule asks for. As of
 * 2026-11-01 12:00 UTC: Fulfilment Ops has EX-1 and EX-2 past due, EX-3 due exactly at the as-of
 * instant (not yet past) and EX-4 past due but resolved; Dock lead has EX-5; nobody owns EX-6
 * and EX-7, both past due.
 */
async function load(db: Db) {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: '2026-11-01T12:00:00Z', generator_version: 1 }]);
  const exception = (id: string, type: string, owner: string | null, openedAt: string, slaDueAt: string, resolvedAt: string | null = null) => ({
    id, type, owner, opened_at: openedAt, sla_due_at: slaDueAt, resolved_at: resolvedAt, description: id,
  });
  await insertRows(db, 'exceptions', [
    exception('EX-1', 'short_ship', 'Fulfilment Ops', '2026-10-31T08:00:00Z', '2026-10-31T12:00:00Z'),
    exception('EX-2', 'late_shipment', 'Fulfilment Ops', '2026-10-31T10:00:00Z', '2026-11-01T10:00:00Z'),
    exception('EX-3', 'late_shipment', 'Fulfilment Ops', '2026-11-01T08:00:00Z', '2026-11-01T12:00:00Z'),
    exception('EX-4', 'short_ship', 'Fulfilment Ops', '2026-10-29T08:00:00Z', '2026-10-30T08:00:00Z', '2026-11-01T09:00:00Z'),
    exception('EX-5', 'damaged', 'Dock lead', '2026-11-01T07:00:00Z', '2026-11-01T11:00:00Z'),
    exception('EX-6', 'address_invalid', null, '2026-10-29T00:00:00Z', '2026-10-30T00:00:00Z'),
    exception('EX-7', 'address_invalid', null, '2026-10-29T06:00:00Z', '2026-10-30T06:00:00Z'),
  ]);
}

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(load);
});
afterAll(async () => {
  await oms?.close();
});

const PAST_SLA = `{ exceptionsPastSlaByOwner { owner count oldest { id type openedAt slaDueAt ageHours slaBreached } } }`;

describe('exceptionsPastSlaByOwner', () => {
  it('groups the open exceptions past due at the as-of instant by owner, with the oldest of each, the group due earliest first', async () => {
    const data = await oms.query(PAST_SLA);
    expect(data.exceptionsPastSlaByOwner).toEqual([
      // Ages to 2026-11-01 12:00: EX-6 84 h, EX-1 28 h, EX-5 5 h.
      { owner: null, count: 2, oldest: { id: 'EX-6', type: 'address_invalid', openedAt: '2026-10-29T00:00:00.000Z', slaDueAt: '2026-10-30T00:00:00.000Z', ageHours: 84, slaBreached: true } },
      { owner: 'Fulfilment Ops', count: 2, oldest: { id: 'EX-1', type: 'short_ship', openedAt: '2026-10-31T08:00:00.000Z', slaDueAt: '2026-10-31T12:00:00.000Z', ageHours: 28, slaBreached: true } },
      { owner: 'Dock lead', count: 1, oldest: { id: 'EX-5', type: 'damaged', openedAt: '2026-11-01T07:00:00.000Z', slaDueAt: '2026-11-01T11:00:00.000Z', ageHours: 5, slaBreached: true } },
    ]);
  });

  it('agrees with slaBreached: an exception due exactly at the as-of instant is not past its SLA', async () => {
    const data = await oms.query(`{ exceptions(filter: { owner: "Fulfilment Ops", openOnly: true }) { edges { node { id slaBreached } } } }`);
    expect(data.exceptions.edges.map((e: any) => [e.node.id, e.node.slaBreached])).toEqual([['EX-3', false], ['EX-2', true], ['EX-1', true]]);
  });

  it('is for staff only', async () => {
    const error = await oms.as(testBuyer('ACCT-1')).error(PAST_SLA);
    expect(error.extensions!.code).toBe('FORBIDDEN');
  });
});
