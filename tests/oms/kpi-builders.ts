import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { recordDocumentationDisputes } from '../../subgraphs/oms/feeds/documentation-disputes.ts';
import { omsSubgraph } from '../../subgraphs/oms/server.ts';
import { startOms, type OmsUnderTest } from './harness.ts';

/**
 * Row builders for the KPI tests' hand-built fixtures: every column has a harmless default, so a
 * fixture row names only what its expected number depends on. Weeks used: 2026-W41 (Oct 5-11),
 * W42 (Oct 12-18), W43 (Oct 19-25); the dataset's as-of instant is the end of W44 (Nov 1).
 */
export const AS_OF = '2026-11-01T23:59:59Z';

type Extra = Partial<Record<string, unknown>>;

export const order = (id: string, account: string, channel: string, placedAt: string, status: string, extra: Extra = {}) => ({
  id, account_id: account, channel, campaign_code: null, quote_id: null, customer_po: null, placed_at: placedAt,
  requested_date: placedAt.slice(0, 10), promised_date: placedAt.slice(0, 10), status, cancelled_by: null, cancel_reason: null,
  ship_to_branch_code: 'CHI', ...extra,
});

export const line = (orderId: string, n: number, sku: string, ordered: number, shipped: number, extra: Extra = {}) => ({
  order_id: orderId, line_number: n, sku, ordered_quantity: ordered, allocated_quantity: 0, shipped_quantity: shipped,
  backordered_quantity: 0, cancelled_quantity: 0, substituted_sku: null, sourcing_branch_code: 'CHI', unit_price_minor: 1000,
  backordered_since: null, ...extra,
});

export const shipment = (id: string, orderId: string, shipBy: string, extra: Extra = {}) => ({
  id, order_id: orderId, branch_code: 'CHI', carrier: 'UPS', service_level: 'GROUND', tracking_number: null, ship_by: shipBy,
  pick_started_at: null, packed_at: null, shipped_at: null, delivered_at: null, expedited: false, expedite_cost_minor: 0,
  freight_cost_minor: 0, damaged: false, ...extra,
});

export const returnOf = (id: string, orderId: string, lineNumber: number, reason: string, requestedAt: string, extra: Extra = {}) => ({
  id, order_id: orderId, line_number: lineNumber, account_id: 'ACCT-A', sku: 'SKU-1', quantity: 1, reason, requested_at: requestedAt,
  authorized_at: null, received_at: null, inspected_at: null, credited_at: null, cost_minor: 0, credit_minor: 0, status: 'requested', ...extra,
});

export const quote = (id: string, channel: string, issuedAt: string, extra: Extra = {}) => ({
  id, account_id: 'ACCT-A', channel, issued_at: issuedAt, expires_at: '2027-01-01T00:00:00Z', amount_minor: 10000, status: 'open',
  converted_at: null, lost_at: null, lost_reason: null, ...extra,
});

export const exception = (id: string, type: string, openedAt: string, extra: Extra = {}) => ({
  id, type, order_id: null, shipment_id: null, sku: null, branch_code: null, owner: null, opened_at: openedAt,
  sla_due_at: '2027-01-01T00:00:00Z', resolved_at: null, margin_impact_minor: 0, description: type, ...extra,
});

export interface KpiFixture {
  campaigns?: { code: string; name: string; target_segment: string | null; starts_on: string; ends_on: string }[];
  orders?: ReturnType<typeof order>[];
  lines?: ReturnType<typeof line>[];
  shipments?: ReturnType<typeof shipment>[];
  returns?: ReturnType<typeof returnOf>[];
  quotes?: ReturnType<typeof quote>[];
  exceptions?: ReturnType<typeof exception>[];
  history?: { order_id: string; sequence: number; status: string; changed_at: string; note: string | null }[];
  /** Orders whose invoice the ERP published a documentation dispute for (one dispute each, in W43). */
  documentationDisputedOrderIds?: string[];
}

export async function loadKpiFixture(db: Db, fixture: KpiFixture): Promise<void> {
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: AS_OF, generator_version: 1 }]);
  await insertRows(db, 'campaigns', fixture.campaigns ?? []);
  await insertRows(db, 'quotes', fixture.quotes ?? []);
  await insertRows(db, 'orders', fixture.orders ?? []);
  await insertRows(db, 'order_lines', fixture.lines ?? []);
  await insertRows(db, 'order_status_history', fixture.history ?? []);
  await insertRows(db, 'shipments', fixture.shipments ?? []);
  await insertRows(db, 'exceptions', fixture.exceptions ?? []);
  await insertRows(db, 'returns', fixture.returns ?? []);
  const disputed = fixture.documentationDisputedOrderIds ?? [];
  if (disputed.length > 0) {
    const disputes = disputed.map((orderId, i) => ({ disputeId: `DSP-${i + 1}`, orderId, openedAt: new Date('2026-10-20T12:00:00Z') }));
    await recordDocumentationDisputes(db, disputes, String(disputes.length));
  }
}

/** The OMS subgraph over a fresh database holding the fixture, with its KPI aggregates refreshed. */
export function startOmsWithKpis(fixture: KpiFixture): Promise<OmsUnderTest> {
  return startOms(async (db) => {
    await loadKpiFixture(db, fixture);
    await omsSubgraph.refreshAggregates!(db);
  });
}

/** An `_entities` query for KpiPeriod representations, as the gateway sends them. */
export const periodQuery = (selection: string, variables = '') =>
  `query Kpis($r: [_Any!]!${variables}) { _entities(representations: $r) { ... on KpiPeriod { fromWeek toWeek ${selection} } } }`;

export const kpiPeriod = (fromWeek: string, toWeek: string, required: Record<string, unknown> = {}) => ({
  __typename: 'KpiPeriod', fromWeek, toWeek, ...required,
});

export const READING = 'kpi value numerator denominator unit direction fromWeek toWeek dimension dimensionValue';
export const MEASURE = `reading { ${READING} } byDimension { ${READING} } byWeek { ${READING} }`;
/** A reading's figures in a compact, comparable form. */
export const figures = (r: { value: string | null; numerator: string; denominator: string }) => [r.value, r.numerator, r.denominator];
