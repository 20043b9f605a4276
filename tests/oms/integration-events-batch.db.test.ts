import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import type { EventToApply } from '../../lib/events/model.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { applyEvents } from '../../subgraphs/oms/intake/apply.ts';
import { startOms, type OmsUnderTest } from './harness.ts';

/**
 * A batch of 1,000 order status changes (1,000 orders, each with one line and its history)
 * applies whole, in as many statements as a batch of one: the cost does not grow per event.
 * (How fast is measured by `npm run bench`, not here.)
 */
const N = 1000;
const ids = Array.from({ length: N }, (_, i) => `SO-${String(i).padStart(4, '0')}`);

async function load(db: Db) {
  await insertRows(db, 'orders', ids.map((id) => ({
    id, account_id: 'ACCT-1', channel: 'api', placed_at: '2026-10-01T10:00:00Z', requested_date: '2026-10-10', promised_date: '2026-10-10',
    status: 'allocated', ship_to_branch_code: 'CHI',
  })));
  await insertRows(db, 'order_lines', ids.map((id) => ({ order_id: id, line_number: 1, sku: 'SKU-A', ordered_quantity: 1, sourcing_branch_code: 'CHI', unit_price_minor: 100 })));
  await insertRows(db, 'order_status_history', ids.map((id) => ({ order_id: id, sequence: 1, status: 'allocated', changed_at: '2026-10-01T10:00:00Z' })));
  await db.query('ANALYZE');
}

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(load);
});
afterAll(async () => {
  await oms?.close();
});

const batch = (status: 'picking' | 'partially_shipped', at: string): EventToApply[] => ids.map((orderId, i) => ({
  eventId: `EVT-${status}-${i}`, type: 'order_status_change', occurredAt: null, receivedAt: at,
  partner: { id: 'P-1', accountId: 'ACCT-1', supplierId: null, branchCode: null }, payload: { orderId, status, changedAt: at },
}));

it('applies 1,000 order status changes in one batch, in as many statements as a batch of one', async () => {
  const statementsFor = async (events: EventToApply[]) => {
    const before = oms.db.stats.statements;
    const outcomes = await applyEvents(oms.db, events);
    expect(outcomes.filter((o) => o.outcome === 'applied')).toHaveLength(events.length);
    return oms.db.stats.statements - before;
  };
  const picking = batch('picking', '2026-10-03T09:00:00Z');
  const one = await statementsFor(picking.slice(0, 1));
  const rest = await statementsFor(picking.slice(1));
  expect(rest).toBe(one);
  await statementsFor(batch('partially_shipped', '2026-10-04T09:00:00Z'));
  const [row] = await oms.db.query<{ n: string }>(`SELECT count(*) AS n FROM order_status_history WHERE status = 'partially_shipped'`);
  expect(row!.n).toBe(String(N));
});
