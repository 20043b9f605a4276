import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';

/**
 * A small OMS world the db tests share; every expected number in them is worked out from here.
 *
 * Orders, newest placed first (SO-5 and SO-6 share an instant, so the id breaks the tie):
 *   SO-6  ACCT-0003 portal  2026-10-10T08:00Z  placed
 *   SO-5  ACCT-0002 portal  2026-10-10T08:00Z  picking
 *   SO-4  ACCT-0002 api     2026-10-06T12:00Z  cancelled (customer)
 *   SO-3  ACCT-0001 edi     2026-10-06T00:00Z  allocated
 *   SO-2  ACCT-0001 portal  2026-10-05T23:30Z  partially_shipped
 *   SO-1  ACCT-0001 rep     2026-10-01T09:00Z  delivered (campaign CMP-FALL, from quote Q-1)
 */
export const AS_OF = '2026-11-01T23:59:59Z';

const order = (id: string, account: string, channel: string, placedAt: string, status: string, branch: string, extra: Partial<Record<string, unknown>> = {}) => ({
  id, account_id: account, channel, campaign_code: null, quote_id: null, customer_po: null, placed_at: placedAt,
  requested_date: placedAt.slice(0, 10), promised_date: placedAt.slice(0, 10), status, cancelled_by: null,
  cancel_reason: null, ship_to_branch_code: branch, ...extra,
});

const line = (orderId: string, n: number, sku: string, qty: { ordered: number; allocated?: number; shipped?: number; backordered?: number; cancelled?: number }, unitPriceMinor: number, extra: Partial<Record<string, unknown>> = {}) => ({
  order_id: orderId, line_number: n, sku, ordered_quantity: qty.ordered, allocated_quantity: qty.allocated ?? 0,
  shipped_quantity: qty.shipped ?? 0, backordered_quantity: qty.backordered ?? 0, cancelled_quantity: qty.cancelled ?? 0,
  substituted_sku: null, sourcing_branch_code: 'CHI', unit_price_minor: unitPriceMinor, backordered_since: null, ...extra,
});

const shipment = (id: string, orderId: string, branch: string, shipBy: string, at: { pick?: string; packed?: string; shipped?: string; delivered?: string }, extra: Partial<Record<string, unknown>> = {}) => ({
  id, order_id: orderId, branch_code: branch, carrier: 'UPS', service_level: 'GROUND', tracking_number: null, ship_by: shipBy,
  pick_started_at: at.pick ?? null, packed_at: at.packed ?? null, shipped_at: at.shipped ?? null, delivered_at: at.delivered ?? null,
  expedited: false, expedite_cost_minor: 0, freight_cost_minor: 0, damaged: false, ...extra,
});

export async function loadOmsFixture(db: Db): Promise<void> {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);
  await insertRows(db, 'campaigns', [
    { code: 'CMP-FALL', name: 'Fall MRO restock', target_segment: 'mro', starts_on: '2026-09-01', ends_on: '2026-10-31' },
  ]);
  await insertRows(db, 'quotes', [
    { id: 'Q-1', account_id: 'ACCT-0001', channel: 'assisted', issued_at: '2026-09-25T10:00:00Z', expires_at: '2026-10-25T10:00:00Z', amount_minor: 20500, status: 'converted', converted_at: '2026-10-01T09:00:00Z', lost_at: null, lost_reason: null },
    { id: 'Q-2', account_id: 'ACCT-0001', channel: 'self_serve', issued_at: '2026-09-28T10:00:00Z', expires_at: '2026-10-28T10:00:00Z', amount_minor: 99900, status: 'lost', converted_at: null, lost_at: '2026-10-08T10:00:00Z', lost_reason: 'delivery_reliability' },
    { id: 'Q-3', account_id: 'ACCT-0002', channel: 'self_serve', issued_at: '2026-10-20T10:00:00Z', expires_at: '2026-11-20T10:00:00Z', amount_minor: 5000, status: 'open', converted_at: null, lost_at: null, lost_reason: null },
  ]);
  await insertRows(db, 'orders', [
    order('SO-1', 'ACCT-0001', 'rep', '2026-10-01T09:00:00Z', 'delivered', 'CHI', { campaign_code: 'CMP-FALL', quote_id: 'Q-1', customer_po: 'PO-77' }),
    order('SO-2', 'ACCT-0001', 'portal', '2026-10-05T23:30:00Z', 'partially_shipped', 'CHI'),
    order('SO-3', 'ACCT-0001', 'edi', '2026-10-06T00:00:00Z', 'allocated', 'DAL'),
    order('SO-4', 'ACCT-0002', 'api', '2026-10-06T12:00:00Z', 'cancelled', 'DAL', { cancelled_by: 'customer', cancel_reason: 'Project postponed' }),
    order('SO-5', 'ACCT-0002', 'portal', '2026-10-10T08:00:00Z', 'picking', 'CHI'),
    order('SO-6', 'ACCT-0003', 'portal', '2026-10-10T08:00:00Z', 'placed', 'CHI'),
  ]);
  await insertRows(db, 'order_lines', [
    // Delivered: its stale allocation of 10 no longer counts. Line 2 shipped a substitute.
    line('SO-1', 1, 'BRG-1', { ordered: 10, allocated: 10, shipped: 10 }, 1250),
    line('SO-1', 2, 'BRG-2', { ordered: 4, shipped: 4 }, 2000, { substituted_sku: 'BRG-2B' }),
    // Partially shipped: 12 of 20 shipped, 8 on backorder since 2026-10-07.
    line('SO-2', 1, 'BRG-1', { ordered: 20, shipped: 12, backordered: 8 }, 1250, { backordered_since: '2026-10-07' }),
    line('SO-2', 2, 'BRG-3', { ordered: 5, allocated: 5 }, 999),
    line('SO-3', 1, 'BRG-1', { ordered: 30, allocated: 30 }, 1250, { sourcing_branch_code: 'DAL' }),
    // Cancelled: its allocation of 7 no longer counts.
    line('SO-4', 1, 'BRG-1', { ordered: 7, allocated: 7, cancelled: 7 }, 1250),
    line('SO-5', 1, 'BRG-3', { ordered: 2, allocated: 2 }, 999),
    line('SO-6', 1, 'BRG-1', { ordered: 1 }, 1250),
  ]);
  await insertRows(db, 'order_status_history', ['placed', 'allocated', 'picking', 'shipped', 'delivered'].map((status, i) => ({
    order_id: 'SO-1', sequence: i + 1, status, changed_at: `2026-10-0${i + 1}T10:00:00Z`, note: status === 'delivered' ? 'Signed by J. Ruiz' : null,
  })));
  await insertRows(db, 'shipments', [
    shipment('SH-1', 'SO-1', 'CHI', '2026-10-02T17:00:00Z',
      { pick: '2026-10-02T08:00:00Z', packed: '2026-10-02T16:30:00Z', shipped: '2026-10-02T18:30:00Z', delivered: '2026-10-04T12:00:00Z' },
      { tracking_number: '1Z999', freight_cost_minor: 2500 }),
    shipment('SH-2', 'SO-2', 'CHI', '2026-10-06T17:00:00Z',
      { pick: '2026-10-06T09:00:00Z', packed: '2026-10-06T17:45:00Z', shipped: '2026-10-07T10:00:00Z' },
      { expedited: true, expedite_cost_minor: 4000, freight_cost_minor: 1800, service_level: 'NEXT_DAY' }),
    shipment('SH-3', 'SO-3', 'DAL', '2026-10-08T17:00:00Z', {}),
    shipment('SH-4', 'SO-5', 'CHI', '2026-10-11T17:00:00Z', { pick: '2026-10-11T08:00:00Z' }),
  ]);
  const exception = (id: string, type: string, refs: { order?: string; shipment?: string; sku?: string; branch?: string }, owner: string | null, openedAt: string, slaDueAt: string, resolvedAt: string | null, marginMinor: number) => ({
    id, type, order_id: refs.order ?? null, shipment_id: refs.shipment ?? null, sku: refs.sku ?? null, branch_code: refs.branch ?? null,
    owner, opened_at: openedAt, sla_due_at: slaDueAt, resolved_at: resolvedAt, margin_impact_minor: marginMinor, description: `${type} on ${id}`,
  });
  await insertRows(db, 'exceptions', [
    // Resolved 15 hours after its SLA: breached.
    exception('EX-1', 'late_shipment', { order: 'SO-2', shipment: 'SH-2', branch: 'CHI' }, 'dana.ops', '2026-10-06T18:00:00Z', '2026-10-07T18:00:00Z', '2026-10-08T09:00:00Z', 4000),
    // Open and nobody owns it; due 2026-10-09, so breached at the as-of instant.
    exception('EX-2', 'short_ship', { order: 'SO-2', sku: 'BRG-1', branch: 'CHI' }, null, '2026-10-07T10:00:00Z', '2026-10-09T10:00:00Z', null, 1500),
    // Open, due after the as-of instant (but before today's wall clock): not breached.
    exception('EX-3', 'address_invalid', {}, 'sam.cs', '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z', null, 0),
  ]);
  const stage = (requested: string, rest: [string | null, string | null, string | null, string | null]) => ({
    requested_at: requested, authorized_at: rest[0], received_at: rest[1], inspected_at: rest[2], credited_at: rest[3],
  });
  await insertRows(db, 'returns', [
    // Requested 2026-10-05T10:00, credited 2026-10-12T22:00: 7.5 days.
    { id: 'RMA-1', order_id: 'SO-1', line_number: 2, account_id: 'ACCT-0001', sku: 'BRG-2', quantity: 1, reason: 'wrong_item',
      ...stage('2026-10-05T10:00:00Z', ['2026-10-06T10:00:00Z', '2026-10-09T10:00:00Z', '2026-10-10T10:00:00Z', '2026-10-12T22:00:00Z']),
      cost_minor: 1800, credit_minor: 2000, status: 'credited' },
    { id: 'RMA-2', order_id: 'SO-2', line_number: 1, account_id: 'ACCT-0001', sku: 'BRG-1', quantity: 2, reason: 'damaged',
      ...stage('2026-10-20T00:00:00Z', [null, null, null, null]), cost_minor: 0, credit_minor: 0, status: 'requested' },
  ]);
}
