import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayDocumentationDisputes } from '../../app/feeds.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { FEED_START, readDocumentationDisputes } from '../../subgraphs/erp/feeds/documentation-disputes.ts';
import { lastRecordedPosition } from '../../subgraphs/oms/feeds/documentation-disputes.ts';
import { omsSubgraph } from '../../subgraphs/oms/server.ts';
import { startKpiFixture } from '../erp/kpi-fixture.ts';
import type { OmsUnderTest } from '../oms/harness.ts';
import { line, order, shipment, startOmsWithKpis } from '../oms/kpi-builders.ts';

/**
 * The ERP's documentation dispute feed and its relay to the OMS, on two real databases. The ERP
 * KPI fixture holds four disputes: DSP-1 documentation on INV-1 (order SO-1), DSP-2 pricing and
 * DSP-3 damage on INV-2 (SO-2), DSP-4 quantity on INV-5 (no order). The OMS holds SO-1 and SO-2,
 * both delivered on Oct 15 (2026-W42), in full, on time and undamaged: perfect until disputed.
 */
let erp: Awaited<ReturnType<typeof startKpiFixture>>;
let oms: OmsUnderTest;
beforeAll(async () => {
  erp = await startKpiFixture();
  const delivered = (id: string, orderId: string) =>
    shipment(id, orderId, '2026-10-14T17:00:00Z', { shipped_at: '2026-10-14T18:00:00Z', delivered_at: '2026-10-15T10:00:00Z' });
  oms = await startOmsWithKpis({
    orders: ['SO-1', 'SO-2'].map((id) => order(id, 'ACCT-A', 'portal', '2026-10-13T09:00:00Z', 'delivered', { promised_date: '2026-10-16' })),
    lines: [line('SO-1', 1, 'SKU-1', 2, 2), line('SO-2', 1, 'SKU-1', 2, 2)],
    shipments: [delivered('SH-1', 'SO-1'), delivered('SH-2', 'SO-2')],
  });
});
afterAll(async () => {
  await Promise.all([erp?.stop(), oms?.close()]);
});

const PERFECT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Scorecard {
  omsReadings { kpi fromWeek numerator denominator } } } }`;
async function perfectInW42(): Promise<[string, string]> {
  const { _entities } = await oms.query(PERFECT, { r: [{ __typename: 'Scorecard', week: '2026-W42' }] });
  const reading = _entities[0].omsReadings.find((r: any) => r.kpi === 'perfect_order_rate' && r.fromWeek === '2026-W42');
  return [reading.numerator, reading.denominator];
}

describe('the ERP publishes documentation disputes on orders, in the order they were recorded', () => {
  it('lists documentation disputes only, with their order, and only those after a position', async () => {
    const all = await readDocumentationDisputes(erp.db, FEED_START, 100);
    expect(all.map((d) => [d.disputeId, d.orderId, d.openedAt.toISOString()])).toEqual([['DSP-1', 'SO-1', '2026-10-20T12:00:00.000Z']]);
    expect(await readDocumentationDisputes(erp.db, all[0]!.position, 100)).toEqual([]);
  });
});

describe('relayDocumentationDisputes', () => {
  it('records each dispute once in the OMS and takes the order out of perfect order', async () => {
    expect(await perfectInW42()).toEqual(['2.0000', '2.0000']);
    expect(await lastRecordedPosition(oms.db)).toBeNull();
    expect(await relayDocumentationDisputes({ erp: erp.db, oms: oms.db })).toBe(1);
    // SO-1 disputed: 1 perfect of 2 delivered
    expect(await perfectInW42()).toEqual(['1.0000', '2.0000']);
    // Nothing new: nothing recorded, nothing changed
    expect(await relayDocumentationDisputes({ erp: erp.db, oms: oms.db })).toBe(0);
    expect(await perfectInW42()).toEqual(['1.0000', '2.0000']);
  });

  it('picks up a dispute recorded later with an earlier opened_at, and skips one on an invoice without an order', async () => {
    await insertRows(erp.db, 'disputes', [
      { id: 'DSP-8', invoice_id: 'INV-5', account_id: 'ACCT-A', reason: 'documentation', amount_minor: 100, opened_at: '2026-10-15T09:00:00Z', resolved_at: null },
      { id: 'DSP-9', invoice_id: 'INV-2', account_id: 'ACCT-B', reason: 'documentation', amount_minor: 100, opened_at: '2026-10-16T09:00:00Z', resolved_at: null },
    ]);
    expect(await relayDocumentationDisputes({ erp: erp.db, oms: oms.db })).toBe(1);
    // SO-2 disputed as well: 0 perfect of 2
    expect(await perfectInW42()).toEqual(['0.0000', '2.0000']);
    const recorded = await oms.db.query<{ dispute_id: string; order_id: string }>('SELECT dispute_id, order_id FROM order_documentation_disputes ORDER BY dispute_id');
    expect(recorded).toEqual([{ dispute_id: 'DSP-1', order_id: 'SO-1' }, { dispute_id: 'DSP-9', order_id: 'SO-2' }]);
  });

  it('leaves the aggregates as a full refresh computes them', async () => {
    const before = await perfectInW42();
    await omsSubgraph.refreshAggregates!(oms.db);
    expect(await perfectInW42()).toEqual(before);
  });
});
