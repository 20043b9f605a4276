import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAggregates } from '../../app/aggregates.ts';
import { CashLoopDocument, DemandLoopDocument, FulfilmentLoopDocument, InventoryLoopDocument } from '../generated/graphql.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/**
 * The four control loops of the playbook (queries/control-loops.graphql), each one request
 * through the gateway over ERP, OMS and ops, on the end-to-end fixture (tests/e2e/fixture.ts).
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(async (dbs) => {
    await loadFixture(dbs);
    await refreshAggregates(dbs, () => undefined);
  });
});
afterAll(async () => {
  await graph?.close();
});

const PERIOD = { from: '2026-W41', to: '2026-W44' };

describe('the control loops, one query each', () => {
  it('cash: DSO as of the period end, from ERP receivables', async () => {
    const response = await graph.post(CashLoopDocument, PERIOD);
    expect(response.errors).toBeUndefined();
    // INV-1 12,500.00 issued in W41, 5,000.00 paid in W43: AR 7,500 / 12,500 credit sales x 91 = 54.6 days
    expect(response.data!.kpis.dso.reading).toMatchObject({ kpi: 'dso', value: '54.6000', unit: 'DAYS', direction: 'LOWER_IS_BETTER' });
    expect(response.data!.kpis.dso.byDimension).toEqual([expect.objectContaining({ dimension: 'cohort', dimensionValue: '2024-H1', value: '54.6000' })]);
    expect(response.data!.kpis.creditHoldFrequency.reading.value).toBe('0.0000'); // no holds on 2 orders placed in W44
  });

  it('inventory: on hand vs ATP joins ERP positions with OMS allocations', async () => {
    const response = await graph.post(InventoryLoopDocument, PERIOD);
    expect(response.errors).toBeUndefined();
    // on hand CHI 100 + PHX 40 (FAS-1) + CHI 20 (FAS-2) = 160; SO-2 allocates 30 of FAS-1 at CHI
    expect(response.data!.kpis.onHandVsAtpVariance).toMatchObject({ onHand: 160, availableToPromise: 130, variance: 30, positions: 3 });
  });

  it('fulfilment: runs with empty queues and no value where nothing was measured', async () => {
    const response = await graph.post(FulfilmentLoopDocument, PERIOD);
    expect(response.errors).toBeUndefined();
    expect(response.data!.kpis.topExceptions).toEqual([]);
    expect(response.data!.kpis.returnCycleTime.customerFacing.reading.value).toBeNull();
  });

  it('demand: quotes lost and campaign share (none in the fixture)', async () => {
    const response = await graph.post(DemandLoopDocument, PERIOD);
    expect(response.errors).toBeUndefined();
    expect(response.data!.kpis.quoteWinLoss.lost).toBe(0);
    // 3 orders placed W41..W44 (SO-1, SO-2, SO-3), none attributed to a campaign; SO-3 cancelled is excluded
    expect(response.data!.kpis.campaignInfluencedOrders.orderShare.reading).toMatchObject({ numerator: '0.0000' });
  });
});
