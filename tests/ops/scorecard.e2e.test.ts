import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAggregates } from '../../app/aggregates.ts';
import { loadFixture } from '../e2e/fixture.ts';
import { startTestGraph, type TestGraph } from '../e2e/harness.ts';

/**
 * The weekly scorecard through the real gateway: ops answers with the week, the ERP and OMS add
 * their weekly readings from their aggregates, and ops judges them against the default scorecard.
 *
 * On the end-to-end fixture (tests/e2e/fixture.ts), week 2026-W44 = Mon 2026-10-26 .. Sun 11-01:
 * - dso (ERP): INV-1 12,500.00 issued 2026-10-05 (W41), 5,000.00 paid 2026-10-20 (W43).
 *   DSO = open AR at the week's end / credit sales of the trailing 91 days x 91:
 *   W40 no sales -> null; W41, W42 12,500 / 12,500 x 91 = 91.0; W43, W44 7,500 / 12,500 x 91 = 54.6.
 *   All >= 50 from W41: BREACH for 4 weeks -> 4 x 168 = 672 h, so all three steps (0, 48, 336 h) are due.
 * - cancellation_rate (OMS): placed in W44 SO-2 and SO-3, SO-3 cancelled by the customer ->
 *   1 / 2 = 50% >= 5: BREACH; nothing placed in W43 (null) -> 1 week, 168 h: owner and VP due, not the COO.
 * - self_serve_order_penetration (OMS): W44 SO-2 by a rep, SO-3 by EDI -> 0 / 2 = 0% <= 20: BREACH;
 *   W40 SO-1 through the portal -> 100%.
 * - perfect_order_rate (OMS): no order was delivered in W44 -> no value: NO_DATA.
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

const SCORECARD = `{
  scorecard(week: "2026-W44") {
    week startsOn endsOn
    kpis {
      definition { name owner }
      reading { kpi value unit direction fromWeek toWeek }
      status
      trend { fromWeek value }
      weeksInBreach
      escalationDue { afterHours notify channel }
    }
  }
}`;

async function scorecard() {
  const response = await graph.post<{ scorecard: any }>(SCORECARD);
  expect(response.errors).toBeUndefined();
  const kpis = response.data!.scorecard.kpis;
  return { ...response.data!.scorecard, byName: Object.fromEntries(kpis.map((k: any) => [k.definition.name, k])) as Record<string, any> };
}

describe('scorecard(week) through the gateway', () => {
  it('judges the ERP and OMS weekly readings against the default scorecard', async () => {
    const card = await scorecard();
    expect([card.week, card.startsOn, card.endsOn]).toEqual(['2026-W44', '2026-10-26', '2026-11-01']);
    expect(card.kpis).toHaveLength(12);

    expect(card.byName.dso).toMatchObject({
      reading: { kpi: 'dso', value: '54.6000', unit: 'DAYS', direction: 'LOWER_IS_BETTER', fromWeek: '2026-W44', toWeek: '2026-W44' },
      status: 'BREACH',
      weeksInBreach: 4,
      escalationDue: [
        { afterHours: 0, notify: 'Credit Manager', channel: 'EMAIL' },
        { afterHours: 48, notify: 'Controller', channel: 'SLACK' },
        { afterHours: 336, notify: 'CFO', channel: 'PAGE' },
      ],
    });
    expect(card.byName.dso.trend.slice(-4).map((r: any) => [r.fromWeek, r.value])).toEqual([
      ['2026-W40', null], ['2026-W41', '91.0000'], ['2026-W42', '91.0000'], ['2026-W43', '54.6000'],
    ]);

    expect(card.byName.cancellation_rate).toMatchObject({ reading: { value: '50.0000' }, status: 'BREACH', weeksInBreach: 1 });
    expect(card.byName.cancellation_rate.escalationDue.map((s: any) => s.notify)).toEqual(['Head of Customer Service', 'VP Operations']);
    expect(card.byName.self_serve_order_penetration).toMatchObject({ reading: { value: '0.0000' }, status: 'BREACH', weeksInBreach: 1 });
    expect(card.byName.self_serve_order_penetration.trend[8]).toEqual({ fromWeek: '2026-W40', value: '100.0000' });
    expect(card.byName.perfect_order_rate).toMatchObject({ status: 'NO_DATA', weeksInBreach: 0, escalationDue: [] });
  });

  it('hands ops every weekly reading of both domains in one representation', async () => {
    graph.received.ops.length = 0;
    await scorecard();
    const call = graph.received.ops.find((request) => request.query.includes('_entities'));
    const [representation] = (call!.variables as { representations: any[] }).representations;
    // 13 weeks x 6 ERP KPIs and 13 weeks x 14 OMS KPIs
    expect([representation.week, representation.erpReadings.length, representation.omsReadings.length]).toEqual(['2026-W44', 78, 182]);
  });

  it('flags a KPI whose owner is gone as UNOWNED, while its escalation still runs', async () => {
    await graph.dbs.ops.query("UPDATE scorecard_kpis SET owner = NULL WHERE kpi = 'dso'");
    const card = await scorecard();
    expect(card.byName.dso).toMatchObject({ definition: { owner: null }, status: 'UNOWNED', weeksInBreach: 4 });
    expect(card.byName.dso.escalationDue).toHaveLength(3);
  });

  it('records who changed the scorecard, from the token\'s subject, whatever actor header the client sends', async () => {
    const response = await graph.as({ kind: 'staff', subject: 'dana.kim@example.com' }).post(
      `mutation { reassignScorecardKpi(name: "return_cycle_time", owner: "Returns Lead") { name owner } }`,
      undefined,
      { 'x-opsgraph-actor': 'someone.else@example.com' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ reassignScorecardKpi: { name: 'return_cycle_time', owner: 'Returns Lead' } });
    const [change] = await graph.dbs.ops.query<{ action: string; actor: string }>(
      "SELECT action, actor FROM scorecard_changes WHERE kpi = 'return_cycle_time' ORDER BY id DESC LIMIT 1",
    );
    expect(change).toEqual({ action: 'reassign', actor: 'dana.kim@example.com' });
  });
});
