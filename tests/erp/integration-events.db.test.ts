import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import type { EventToApply, PartnerContext, PayloadOf } from '../../lib/events/model.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../lib/testing/subgraph.ts';
import { applyEvents } from '../../subgraphs/erp/intake/apply.ts';
import { erpMigrations, erpSubgraph } from '../../subgraphs/erp/server.ts';

/**
 * The ERP applying integration events handed over by ops, on a real database. The fixture is two
 * branches, three items, two accounts with a few invoices and two suppliers' purchase orders; each
 * test works on records no other test touches, so the expected values read straight off it.
 */
async function seed(db: Db): Promise<void> {
  await insertRows(db, 'branches', [
    { code: 'CHI', name: 'Chicago DC', city: 'Chicago', region: 'Midwest', time_zone: 'America/Chicago', last_inventory_sync_at: '2026-11-01T23:00:00Z' },
    { code: 'DAL', name: 'Dallas DC', city: 'Dallas', region: 'South', time_zone: 'America/Chicago', last_inventory_sync_at: '2026-11-01T21:30:00Z' },
  ]);
  await insertRows(db, 'suppliers', [
    { id: 'SUP-001', name: 'Timken Supply', country: 'US', lead_time_days: 14, payment_terms: 'NET30' },
    { id: 'SUP-002', name: 'Würth Industrie', country: 'DE', lead_time_days: 28, payment_terms: 'NET60' },
  ]);
  const item = { unit_of_measure: 'EA', family: 'bearings', velocity_tier: 'A', standard_cost_minor: 250, list_price_minor: 499, primary_supplier_id: 'SUP-001' };
  await insertRows(db, 'items', [
    { ...item, sku: 'BRG-6204', description: 'Ball bearing 6204-2RS' },
    { ...item, sku: 'BRG-6205', description: 'Ball bearing 6205-2RS' },
    { ...item, sku: 'FAS-1001', description: 'Hex bolt M8x40, box of 100' },
    { ...item, sku: 'SEL-2040', description: 'Oil seal 20x40x7' },
  ]);
  await insertRows(db, 'inventory_positions', [
    { sku: 'BRG-6204', branch_code: 'CHI', on_hand: 40, on_hold: 2, last_synced_at: '2026-11-01T23:00:00Z' },
    { sku: 'BRG-6204', branch_code: 'DAL', on_hand: 15, on_hold: 1, last_synced_at: '2026-11-01T21:30:00Z' },
    { sku: 'BRG-6205', branch_code: 'DAL', on_hand: 8, on_hold: 0, last_synced_at: '2026-11-01T21:30:00Z' },
  ]);
  await insertRows(db, 'price_lists', [{ id: 'PL-STD', name: 'Standard' }]);
  const account = { segment: 'contractor', cohort: '2024-H1', payment_terms: 'NET30', payment_terms_days: 30, credit_limit_minor: 500_000, credit_status: 'good', price_list_id: 'PL-STD', opened_on: '2024-02-01' };
  await insertRows(db, 'customer_accounts', [
    { ...account, id: 'ACCT-0001', name: 'Acme Build Co' },
    { ...account, id: 'ACCT-0002', name: 'Borealis Motors' },
  ]);
  const invoice = { issued_at: '2026-10-01T10:00:00Z', due_date: '2026-10-31', currency_code: 'USD', status: 'open' };
  await insertRows(db, 'invoices', [
    { ...invoice, id: 'INV-000001', account_id: 'ACCT-0001', amount_minor: 120_000 },
    { ...invoice, id: 'INV-000002', account_id: 'ACCT-0001', amount_minor: 100_000 },
    { ...invoice, id: 'INV-000003', account_id: 'ACCT-0002', amount_minor: 50_000 },
    { ...invoice, id: 'INV-000004', account_id: 'ACCT-0001', amount_minor: 70_000, status: 'disputed' },
    { ...invoice, id: 'INV-000005', account_id: 'ACCT-0001', amount_minor: 10_000, currency_code: 'EUR' },
    { ...invoice, id: 'INV-000006', account_id: 'ACCT-0001', amount_minor: 30_000 },
  ]);
  await insertRows(db, 'purchase_orders', [
    { id: 'PO-000001', supplier_id: 'SUP-001', branch_code: 'CHI', ordered_at: '2026-10-01T09:00:00Z', status: 'open' },
    { id: 'PO-000002', supplier_id: 'SUP-001', branch_code: 'DAL', ordered_at: '2026-10-02T09:00:00Z', status: 'partially_received' },
    { id: 'PO-000003', supplier_id: 'SUP-002', branch_code: 'CHI', ordered_at: '2026-10-03T09:00:00Z', status: 'open' },
  ]);
  const line = { received_quantity: 0, unit_cost_minor: 240, supplier_commit_date: '2026-11-05', current_eta: '2026-11-05' };
  await insertRows(db, 'purchase_order_lines', [
    { ...line, purchase_order_id: 'PO-000001', line_number: 1, sku: 'BRG-6204', ordered_quantity: 100 },
    { ...line, purchase_order_id: 'PO-000001', line_number: 2, sku: 'FAS-1001', ordered_quantity: 20 },
    { ...line, purchase_order_id: 'PO-000001', line_number: 3, sku: 'BRG-6205', ordered_quantity: 10 },
    // Line 1 is received in full (no ETA any more); line 2 still expects 30.
    { ...line, purchase_order_id: 'PO-000002', line_number: 1, sku: 'BRG-6204', ordered_quantity: 50, received_quantity: 50, current_eta: null },
    { ...line, purchase_order_id: 'PO-000002', line_number: 2, sku: 'BRG-6204', ordered_quantity: 30 },
    { ...line, purchase_order_id: 'PO-000003', line_number: 1, sku: 'FAS-1001', ordered_quantity: 40 },
  ]);
}

const RECEIVED_AT = '2026-11-02T12:00:00Z';
const apiPartner: PartnerContext = { id: 'P-API', accountId: null, supplierId: null, branchCode: null };
const chiWarehouse: PartnerContext = { id: 'P-3PL-CHI', accountId: null, supplierId: null, branchCode: 'CHI' };
const acme: PartnerContext = { id: 'P-ACME', accountId: 'ACCT-0001', supplierId: null, branchCode: null };
const timken: PartnerContext = { id: 'P-TIMKEN', accountId: null, supplierId: 'SUP-001', branchCode: null };

function event<T extends keyof PayloadOf>(eventId: string, type: T, partner: PartnerContext, payload: PayloadOf[T], occurredAt: string | null = null): EventToApply<T> {
  return { eventId, type, partner, occurredAt, receivedAt: RECEIVED_AT, payload };
}

const snapshot = (eventId: string, branchCode: string, asOf: string, positions: PayloadOf['inventory_snapshot']['positions'], partner = apiPartner) =>
  event(eventId, 'inventory_snapshot', partner, { branchCode, asOf, positions });

const payment = (eventId: string, paymentId: string, invoiceId: string, amount: string, accountId = 'ACCT-0001', currency = 'USD') =>
  event(eventId, 'payment', acme, { paymentId, accountId, invoiceId, amount, currency, receivedAt: '2026-11-02T09:00:00Z', method: 'ach' });

const itemRef = (sku: string | null, ids: Record<string, string> = sku ? { VN: sku } : {}) => ({ sku, ids });

let erp: SubgraphUnderTest;
beforeAll(async () => {
  erp = await startSubgraphUnderTest(erpSubgraph, erpMigrations, seed);
});
afterAll(async () => {
  await erp?.close();
});

async function position(sku: string, branch: string) {
  const [row] = await erp.db.query<{ on_hand: number; on_hold: number; last_synced_at: Date }>(
    'SELECT on_hand, on_hold, last_synced_at FROM inventory_positions WHERE sku = $1 AND branch_code = $2', [sku, branch]);
  return row && { onHand: row.on_hand, onHold: row.on_hold, syncedAt: row.last_synced_at.toISOString() };
}

async function branchSync(code: string): Promise<string> {
  const [row] = await erp.db.query<{ last_inventory_sync_at: Date }>('SELECT last_inventory_sync_at FROM branches WHERE code = $1', [code]);
  return row!.last_inventory_sync_at.toISOString();
}

async function invoice(id: string) {
  const [row] = await erp.db.query<{ status: string; paid_minor: string }>(
    `SELECT i.status, COALESCE((SELECT sum(amount_minor) FROM payments p WHERE p.invoice_id = i.id), 0)::text AS paid_minor
       FROM invoices i WHERE i.id = $1`, [id]);
  return row;
}

async function eta(poId: string, line: number): Promise<string | null> {
  const [row] = await erp.db.query<{ current_eta: string | null }>(
    'SELECT current_eta FROM purchase_order_lines WHERE purchase_order_id = $1 AND line_number = $2', [poId, line]);
  return row!.current_eta;
}

describe('inventory counts', () => {
  it('an API snapshot sets the positions it counts, inserts new ones and moves the branch sync forward', async () => {
    const outcomes = await applyEvents(erp.db, [
      snapshot('EV-INV-1', 'CHI', '2026-11-02T08:00:00Z', [{ sku: 'BRG-6204', onHand: 35 }, { sku: 'FAS-1001', onHand: 12, onHold: 1 }]),
    ]);
    expect(outcomes).toEqual([{ eventId: 'EV-INV-1', outcome: 'applied' }]);
    // No onHold given for BRG-6204: it keeps its 2.
    expect(await position('BRG-6204', 'CHI')).toEqual({ onHand: 35, onHold: 2, syncedAt: '2026-11-02T08:00:00.000Z' });
    expect(await position('FAS-1001', 'CHI')).toEqual({ onHand: 12, onHold: 1, syncedAt: '2026-11-02T08:00:00.000Z' });
    expect(await branchSync('CHI')).toBe('2026-11-02T08:00:00.000Z');
  });

  it('an 846 from a warehouse partner counts for its branch as of its report time', async () => {
    const advice = event('EV-846-1', 'inventory_advice', chiWarehouse, {
      reportDate: '2026-11-02', reference: 'R1', warehouse: null,
      items: [{ item: itemRef('BRG-6205'), onHand: null, quantities: [{ qualifier: '33', quantity: 6, unit: 'EA' }] }],
    }, '2026-11-02T09:30:00Z');
    expect(await applyEvents(erp.db, [advice])).toEqual([{ eventId: 'EV-846-1', outcome: 'applied' }]);
    expect(await position('BRG-6205', 'CHI')).toEqual({ onHand: 6, onHold: 0, syncedAt: '2026-11-02T09:30:00.000Z' });
    expect(await branchSync('CHI')).toBe('2026-11-02T09:30:00.000Z');
  });

  it('an older snapshot never overwrites a newer position, across batches and within one; it still counts as applied', async () => {
    await applyEvents(erp.db, [snapshot('EV-INV-2', 'DAL', '2026-11-02T10:00:00Z', [{ sku: 'BRG-6204', onHand: 20 }])]);
    const outcomes = await applyEvents(erp.db, [
      snapshot('EV-INV-3', 'DAL', '2026-11-02T09:00:00Z', [{ sku: 'BRG-6204', onHand: 99 }]),
      snapshot('EV-INV-4', 'DAL', '2026-11-02T12:00:00Z', [{ sku: 'BRG-6205', onHand: 5 }]),
      snapshot('EV-INV-5', 'DAL', '2026-11-02T11:00:00Z', [{ sku: 'BRG-6205', onHand: 6 }]),
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect(await position('BRG-6204', 'DAL')).toEqual({ onHand: 20, onHold: 1, syncedAt: '2026-11-02T10:00:00.000Z' });
    expect(await position('BRG-6205', 'DAL')).toEqual({ onHand: 5, onHold: 0, syncedAt: '2026-11-02T12:00:00.000Z' });
    expect(await branchSync('DAL')).toBe('2026-11-02T12:00:00.000Z');
  });

  it('an unknown SKU fails its event whole while the other event of the batch applies', async () => {
    const outcomes = await applyEvents(erp.db, [
      snapshot('EV-INV-6', 'DAL', '2026-11-02T13:00:00Z', [{ sku: 'FAS-1001', onHand: 3 }, { sku: 'AB3542', onHand: 1 }]),
      snapshot('EV-INV-7', 'DAL', '2026-11-02T13:00:00Z', [{ sku: 'BRG-6204', onHand: 18 }]),
    ]);
    expect(outcomes).toEqual([
      { eventId: 'EV-INV-6', outcome: 'failed', reason: 'SKU "AB3542" is not in the item master' },
      { eventId: 'EV-INV-7', outcome: 'applied' },
    ]);
    expect(await position('FAS-1001', 'DAL')).toBeUndefined();
    expect(await position('BRG-6204', 'DAL')).toMatchObject({ onHand: 18 });
    // Not recorded as applied, so a corrected re-send can still apply.
    expect(await erp.db.query('SELECT 1 FROM applied_events WHERE event_id = $1', ['EV-INV-6'])).toEqual([]);
  });

  it('refuses an unknown branch and a branch the partner does not report for', async () => {
    const outcomes = await applyEvents(erp.db, [
      snapshot('EV-INV-8', 'XYZ', '2026-11-02T14:00:00Z', [{ sku: 'BRG-6204', onHand: 1 }]),
      snapshot('EV-INV-9', 'DAL', '2026-11-02T14:00:00Z', [{ sku: 'BRG-6204', onHand: 1 }], chiWarehouse),
      event('EV-846-2', 'inventory_advice', chiWarehouse, {
        reportDate: '2026-11-02', reference: null, warehouse: { role: 'WH', name: 'Dallas', idQualifier: '92', id: 'DAL' },
        items: [{ item: itemRef('BRG-6204'), onHand: 1, quantities: [] }],
      }),
    ]);
    expect(outcomes).toEqual([
      { eventId: 'EV-INV-8', outcome: 'failed', reason: 'branch "XYZ" is unknown' },
      { eventId: 'EV-INV-9', outcome: 'failed', reason: 'the snapshot is for branch "DAL" but this partner reports for branch "CHI"' },
      { eventId: 'EV-846-2', outcome: 'failed', reason: 'the 846 reports warehouse "DAL" but this partner reports for branch "CHI"' },
    ]);
  });
});

describe('an 846 split by SDQ', () => {
  it('counts each location\'s quantity at that branch and moves both branches\' sync; an unknown location fails its event alone', async () => {
    // QTY*17*55*EA then SDQ*EA*92*CHI*40*DAL*15, as the normalizer reads it (tests/ops/x12-846-sdq.unit.test.ts).
    const split = (eventId: string, locations: { location: string; quantity: number }[]) => event(eventId, 'inventory_advice', apiPartner, {
      reportDate: '2026-11-02', reference: null, warehouse: null,
      items: [{
        item: itemRef('SEL-2040'), onHand: 55,
        quantities: [{ qualifier: '17', quantity: 55, unit: 'EA', locations: locations.map((l) => ({ ...l, locationQualifier: '92' })) }],
      }],
    }, '2026-11-02T15:00:00Z');
    const outcomes = await applyEvents(erp.db, [
      split('EV-846-SDQ-1', [{ location: 'CHI', quantity: 40 }, { location: 'DAL', quantity: 15 }]),
      split('EV-846-SDQ-2', [{ location: 'CHI', quantity: 50 }, { location: 'XYZ', quantity: 5 }]),
    ]);
    expect(outcomes).toEqual([
      { eventId: 'EV-846-SDQ-1', outcome: 'applied' },
      { eventId: 'EV-846-SDQ-2', outcome: 'failed', reason: 'branch "XYZ" is unknown' },
    ]);
    // SEL-2040 had no positions: both are new, with nothing on hold; CHI keeps 40, not the failed event's 50.
    expect(await position('SEL-2040', 'CHI')).toEqual({ onHand: 40, onHold: 0, syncedAt: '2026-11-02T15:00:00.000Z' });
    expect(await position('SEL-2040', 'DAL')).toEqual({ onHand: 15, onHold: 0, syncedAt: '2026-11-02T15:00:00.000Z' });
    expect(await branchSync('CHI')).toBe('2026-11-02T15:00:00.000Z');
    expect(await branchSync('DAL')).toBe('2026-11-02T15:00:00.000Z');
  });
});

describe('payments', () => {
  it('marks the invoice partially paid, then paid, in exact minor units', async () => {
    // INV-000002 is 1,000.00: 250.10 leaves 749.90 open; 749.90 more settles it (25,010 + 74,990 = 100,000).
    expect(await applyEvents(erp.db, [payment('EV-PAY-1', 'P-1', 'INV-000002', '250.10')])).toEqual([{ eventId: 'EV-PAY-1', outcome: 'applied' }]);
    expect(await invoice('INV-000002')).toEqual({ status: 'partially_paid', paid_minor: '25010' });
    expect(await applyEvents(erp.db, [payment('EV-PAY-2', 'P-2', 'INV-000002', '749.9')])).toEqual([{ eventId: 'EV-PAY-2', outcome: 'applied' }]);
    expect(await invoice('INV-000002')).toEqual({ status: 'paid', paid_minor: '100000' });
  });

  it('answers a re-delivered event already_applied and does not pay twice', async () => {
    const first = payment('EV-PAY-3', 'P-3', 'INV-000001', '400.00');
    expect(await applyEvents(erp.db, [first, first])).toEqual([
      { eventId: 'EV-PAY-3', outcome: 'applied' },
      { eventId: 'EV-PAY-3', outcome: 'already_applied' },
    ]);
    expect(await applyEvents(erp.db, [first])).toEqual([{ eventId: 'EV-PAY-3', outcome: 'already_applied' }]);
    // 1,200.00 invoice, 400.00 paid once.
    expect(await invoice('INV-000001')).toEqual({ status: 'partially_paid', paid_minor: '40000' });
  });

  it('refuses a second event for a recorded payment, someone else\'s invoice, another currency and a disputed invoice', async () => {
    const outcomes = await applyEvents(erp.db, [
      payment('EV-PAY-4', 'P-3', 'INV-000001', '400.00'),
      payment('EV-PAY-5', 'P-5', 'INV-000003', '10.00'),
      payment('EV-PAY-6', 'P-6', 'INV-000003', '10.00', 'ACCT-0002'),
      payment('EV-PAY-7', 'P-7', 'INV-000005', '10.00'),
      payment('EV-PAY-8', 'P-8', 'INV-000004', '10.00'),
      payment('EV-PAY-9', 'P-9', 'INV-000006', '300.00'),
    ]);
    expect(outcomes).toEqual([
      { eventId: 'EV-PAY-4', outcome: 'failed', reason: 'payment P-3 is already recorded' },
      { eventId: 'EV-PAY-5', outcome: 'failed', reason: "invoice INV-000003 belongs to ACCT-0002, not this partner's account ACCT-0001" },
      { eventId: 'EV-PAY-6', outcome: 'failed', reason: "payment P-6 names account ACCT-0002, not this partner's account ACCT-0001" },
      { eventId: 'EV-PAY-7', outcome: 'failed', reason: 'payment P-7 is in USD but invoice INV-000005 is in EUR' },
      { eventId: 'EV-PAY-8', outcome: 'failed', reason: 'invoice INV-000004 is disputed: resolve the dispute before applying payment P-8' },
      { eventId: 'EV-PAY-9', outcome: 'applied' },
    ]);
    expect(await invoice('INV-000001')).toEqual({ status: 'partially_paid', paid_minor: '40000' });
    expect(await invoice('INV-000003')).toEqual({ status: 'open', paid_minor: '0' });
    expect(await invoice('INV-000006')).toEqual({ status: 'paid', paid_minor: '30000' });
  });
});

describe('supplier documents', () => {
  it('an 855 records every ACK status and moves accepted lines\' ETA to the promised date', async () => {
    const ack = event('EV-855-1', 'po_acknowledgment', timken, {
      poNumber: 'PO-000001', acknowledgmentType: 'AC', acknowledgmentDate: '2026-11-02',
      lines: [
        { lineNumber: '1', quantity: 100, unit: 'EA', unitPrice: '2.40', item: itemRef('BRG-6204'),
          statuses: [{ code: 'IA', meaning: 'accepted', quantity: 60, date: '2026-11-12' }, { code: 'IC', meaning: 'changed', quantity: 40, date: '2026-11-19' }] },
        // No line number: matched by SKU to line 2. Rejected: its ETA stays.
        { lineNumber: null, quantity: 20, unit: 'EA', unitPrice: '12.00', item: itemRef(null, { VN: 'FAS-1001' }),
          statuses: [{ code: 'IR', meaning: 'rejected', quantity: 20, date: '2026-11-30' }] },
      ],
    });
    expect(await applyEvents(erp.db, [ack])).toEqual([{ eventId: 'EV-855-1', outcome: 'applied' }]);
    expect(await eta('PO-000001', 1)).toBe('2026-11-19');
    expect(await eta('PO-000001', 2)).toBe('2026-11-05');
    const recorded = await erp.db.query('SELECT line_number, status_code, quantity::text, status_date FROM purchase_order_acknowledgments WHERE event_id = $1 ORDER BY id', ['EV-855-1']);
    expect(recorded).toEqual([
      { line_number: 1, status_code: 'IA', quantity: '60', status_date: '2026-11-12' },
      { line_number: 1, status_code: 'IC', quantity: '40', status_date: '2026-11-19' },
      { line_number: 2, status_code: 'IR', quantity: '20', status_date: '2026-11-30' },
    ]);
  });

  it('an 856 records what shipped and sets the open line\'s ETA to the delivery estimate, else the ship date', async () => {
    const notice = (eventId: string, shipmentId: string, estimatedDeliveryDate: string | null, poNumber: string, sku: string) =>
      event(eventId, 'ship_notice', timken, {
        shipmentId, shipDate: '2026-11-03', estimatedDeliveryDate, carrier: 'UPSN', billOfLading: null, trackingNumber: null, parties: [],
        orders: [{ poNumber, items: [{ item: itemRef(sku), shippedQuantity: 10, unit: 'EA' }] }],
      });
    const outcomes = await applyEvents(erp.db, [
      notice('EV-856-1', 'SH-1', '2026-11-08', 'PO-000001', 'BRG-6205'),
      // PO-000002 line 1 is received in full: the open line 2 is the one shipped against.
      notice('EV-856-2', 'SH-2', null, 'PO-000002', 'BRG-6204'),
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'applied']);
    expect(await eta('PO-000001', 3)).toBe('2026-11-08');
    expect(await eta('PO-000002', 2)).toBe('2026-11-03');
    expect(await eta('PO-000002', 1)).toBeNull();
    const recorded = await erp.db.query('SELECT shipment_id, purchase_order_id, line_number, sku FROM inbound_shipment_notices ORDER BY id');
    expect(recorded).toEqual([
      { shipment_id: 'SH-1', purchase_order_id: 'PO-000001', line_number: 3, sku: 'BRG-6205' },
      { shipment_id: 'SH-2', purchase_order_id: 'PO-000002', line_number: 2, sku: 'BRG-6204' },
    ]);
  });

  it('refuses another supplier\'s order, an unknown order, a line not on the order and a partner that is no supplier', async () => {
    const ack = (eventId: string, poNumber: string, partner = timken, lineNumber = '1') => event(eventId, 'po_acknowledgment', partner, {
      poNumber, acknowledgmentType: 'AD', acknowledgmentDate: null,
      lines: [{ lineNumber, quantity: 1, unit: 'EA', unitPrice: null, item: itemRef('ZZZ-1'), statuses: [{ code: 'IA', meaning: 'accepted', quantity: 1, date: '2026-12-01' }] }],
    });
    expect(await applyEvents(erp.db, [ack('EV-855-2', 'PO-000003'), ack('EV-855-3', 'PO-000042'), ack('EV-855-4', 'PO-000001', timken, '9'), ack('EV-855-5', 'PO-000001', acme)])).toEqual([
      { eventId: 'EV-855-2', outcome: 'failed', reason: "purchase order PO-000003 is not supplier SUP-001's" },
      { eventId: 'EV-855-3', outcome: 'failed', reason: 'purchase order PO-000042 is not on record' },
      { eventId: 'EV-855-4', outcome: 'failed', reason: 'line 9 (SKU "ZZZ-1") is not on purchase order PO-000001' },
      { eventId: 'EV-855-5', outcome: 'failed', reason: 'partner P-ACME is not set up as a supplier, so its 855s cannot be applied' },
    ]);
    expect(await eta('PO-000003', 1)).toBe('2026-11-05');
  });
});

describe('applyErpEvents on the ERP subgraph', () => {
  const mutation = `mutation ($events: [ErpEventToApply!]!) { applyErpEvents(events: $events) { eventId outcome reason } }`;
  const input = (e: EventToApply) => ({ ...e, payload: JSON.stringify(e.payload) });

  it('refuses a caller who is not staff', async () => {
    const error = await erp.as(testBuyer('ACCT-0001')).error(mutation, { events: [input(payment('EV-GQL-0', 'P-GQL-0', 'INV-000001', '1.00'))] });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(await invoice('INV-000001')).toEqual({ status: 'partially_paid', paid_minor: '40000' });
  });

  it('applies a staff caller\'s batch, one outcome per event in order, a payload that is not JSON failing alone', async () => {
    const data = await erp.query(mutation, {
      events: [
        input(payment('EV-GQL-1', 'P-GQL-1', 'INV-000001', '800.00')),
        { ...input(payment('EV-GQL-2', 'P-GQL-2', 'INV-000001', '1.00')), payload: '{"paymentId":' },
        input(event('EV-GQL-3', 'purchase_order', timken, {} as PayloadOf['purchase_order'])),
      ],
    });
    expect(data.applyErpEvents).toEqual([
      { eventId: 'EV-GQL-1', outcome: 'applied', reason: null },
      { eventId: 'EV-GQL-2', outcome: 'failed', reason: expect.stringMatching(/^the payload is not JSON: /) },
      { eventId: 'EV-GQL-3', outcome: 'failed', reason: 'the ERP does not apply purchase_order events' },
    ]);
    // 400.00 + 800.00 = the invoice's 1,200.00.
    expect(await invoice('INV-000001')).toEqual({ status: 'paid', paid_minor: '120000' });
  });
});

describe('statements per batch do not grow with the batch', () => {
  async function statementsFor(events: EventToApply[]): Promise<number> {
    const before = erp.db.stats.statements;
    const outcomes = await applyEvents(erp.db, events);
    expect(outcomes.every((o) => o.outcome === 'applied')).toBe(true);
    return erp.db.stats.statements - before;
  }

  it('1 snapshot costs what 50 do', async () => {
    const snapshots = (prefix: string, n: number) => Array.from({ length: n }, (_, i) =>
      snapshot(`${prefix}-${i}`, i % 2 ? 'CHI' : 'DAL', `2026-11-03T00:00:${String(i).padStart(2, '0')}Z`, [{ sku: 'BRG-6204', onHand: i }, { sku: 'BRG-6205', onHand: i }]));
    const one = await statementsFor(snapshots('EV-N1', 1));
    const fifty = await statementsFor(snapshots('EV-N50', 50));
    expect(fifty).toBe(one);
    // BEGIN, lock, applied ids, SKUs, branches, applied_events, positions update + insert, branch sync, COMMIT
    expect(one).toBe(10);
  });

  it('a batch of every family costs the same for 1 event of each as for 50', async () => {
    const mixed = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => [
      snapshot(`${prefix}-S${i}`, 'CHI', '2026-11-04T00:00:00Z', [{ sku: 'FAS-1001', onHand: i }]),
      payment(`${prefix}-P${i}`, `${prefix}-PAY-${i}`, 'INV-000006', '0.01'),
      event(`${prefix}-A${i}`, 'po_acknowledgment', timken, { poNumber: 'PO-000001', acknowledgmentType: 'AD', acknowledgmentDate: null,
        lines: [{ lineNumber: '3', quantity: 10, unit: 'EA', unitPrice: null, item: itemRef('BRG-6205'), statuses: [{ code: 'IA', meaning: 'accepted', quantity: 10, date: '2026-11-09' }] }] }),
      event(`${prefix}-N${i}`, 'ship_notice', timken, { shipmentId: `${prefix}-SH-${i}`, shipDate: '2026-11-04', estimatedDeliveryDate: '2026-11-09', carrier: null, billOfLading: null, trackingNumber: null, parties: [],
        orders: [{ poNumber: 'PO-000001', items: [{ item: itemRef('BRG-6205'), shippedQuantity: 1, unit: 'EA' }] }] }),
    ]).flat();
    expect(await statementsFor(mixed('EV-M50', 50))).toBe(await statementsFor(mixed('EV-M1', 1)));
  });
});
