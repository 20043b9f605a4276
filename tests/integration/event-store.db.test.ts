import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { eventCountsByStatus, queuedEvents } from '../../subgraphs/integration/db/event-queue.repository.ts';
import { eventsByIds, pendingEvents, recordEvents, settleEvents, type NewEvent } from '../../subgraphs/integration/db/integration-events.repository.ts';
import { integrationMigrations } from '../../subgraphs/integration/server.ts';

// The event store's record-once rules, on a real database.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('integration', integrationMigrations);
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(async () => {
  await database.db.query('TRUNCATE integration_events, interchanges RESTART IDENTITY CASCADE');
});

const AT = new Date('2026-11-27T10:00:00Z');
const event = (key: string, overrides: Partial<NewEvent> = {}): NewEvent => ({
  lane: 'api', partnerId: 'WMS-API', type: 'order_status_change', idempotencyKey: `WMS-API|${key}`, sourceId: key, interchangeId: null,
  occurredAt: '2026-11-27T09:59:00.000Z', keys: { orders: ['SO-1'] }, payload: { orderId: 'SO-1', status: 'picking' }, raw: `{"id":"${key}"}`,
  status: 'accepted', reason: null, appliesTo: 'oms', ...overrides,
});

describe('recording events', () => {
  it('records each event once; a re-sent key, in a later batch or the same one, is a duplicate pointing at the first', async () => {
    const first = await recordEvents(database.db, [event('e1'), event('e2')], AT);
    expect(first).toEqual([{ id: '1', status: 'accepted', duplicateOf: null }, { id: '2', status: 'accepted', duplicateOf: null }]);
    const again = await recordEvents(database.db, [event('e3'), event('e1'), event('e3')], new Date('2026-11-27T11:00:00Z'));
    expect(again).toEqual([
      { id: '3', status: 'accepted', duplicateOf: null },
      { id: expect.any(String), status: 'duplicate', duplicateOf: '1' },
      { id: expect.any(String), status: 'duplicate', duplicateOf: '3' },
    ]);
    const [duplicate] = await eventsByIds(database.db, [again[1]!.id]);
    expect(duplicate).toMatchObject({ status: 'duplicate', payload: null, reason: 'duplicate of event 1, first received 2026-11-27T10:00:00Z', raw: '{"id":"e1"}' });
    // A duplicate is never applied: only the three first copies wait for their domain.
    expect((await pendingEvents(database.db, 10)).map((e) => e.id)).toEqual(['1', '2', '3']);
  });

  it('lets a corrected re-send replace a rejected event instead of counting as its duplicate', async () => {
    const [rejected] = await recordEvents(database.db, [event('e1', { status: 'rejected', reason: 'payload.status: must be one of ...', payload: null, appliesTo: null })], AT);
    const [corrected] = await recordEvents(database.db, [event('e1')], AT);
    expect(rejected!.status).toBe('rejected');
    expect(corrected).toEqual({ id: '2', status: 'accepted', duplicateOf: null });
  });

  it('records every set of a re-sent interchange as a duplicate, even of a rejected one; one it never held is rejected', async () => {
    await recordEvents(database.db, [event('s1'), event('s2', { status: 'rejected', reason: 'SE01 ...', payload: null, appliesTo: null })], AT);
    const resent = await recordEvents(database.db, ['s1', 's2', 's3'].map((key) => event(key, { status: 'duplicate' })), AT);
    expect(resent.map((r) => [r.status, r.duplicateOf])).toEqual([['duplicate', '1'], ['duplicate', '2'], ['rejected', null]]);
    const [stranger] = await eventsByIds(database.db, [resent[2]!.id]);
    expect(stranger!.reason).toMatch(/repeats the control number of one already received, which did not hold this transaction set/);
  });

  it('settles only events still accepted, counting the attempt', async () => {
    await recordEvents(database.db, [event('e1'), event('e2')], AT);
    await settleEvents(database.db, [{ id: '1', status: 'applied', reason: null }, { id: '2', status: 'failed', reason: 'order SO-1 does not exist' }]);
    await settleEvents(database.db, [{ id: '1', status: 'failed', reason: 'late answer' }]);
    const rows = await eventsByIds(database.db, ['1', '2']);
    expect(rows.map((r) => [r.status, r.reason, r.attempts])).toEqual([['applied', null, 1], ['failed', 'order SO-1 does not exist', 1]]);
  });
});

describe('the queue', () => {
  it('filters by lane, partner, type, status, time and business key, newest first, with counts by status', async () => {
    await recordEvents(database.db, [
      event('a', { keys: { orders: ['SO-1'], skus: ['SKU-A'] } }),
      event('b', { lane: 'edi', partnerId: 'OKAFOR-EDI', type: 'purchase_order', keys: { purchaseOrders: ['PO-9'], skus: ['SKU-B'] } }),
      event('c', { type: 'payment', status: 'rejected', reason: 'amount: ...', payload: null, appliesTo: null }),
    ], AT);
    await recordEvents(database.db, [event('d', { keys: { orders: ['SO-2'], skus: ['SKU-A'] } })], new Date('2026-11-28T10:00:00Z'));
    const ids = async (filter: Parameters<typeof queuedEvents>[1]) => (await queuedEvents(database.db, filter, 10, null)).map((e) => e.source_id);
    expect(await ids({})).toEqual(['d', 'c', 'b', 'a']);
    expect(await ids({ lane: 'edi' })).toEqual(['b']);
    expect(await ids({ partner: 'WMS-API', types: ['order_status_change'] })).toEqual(['d', 'a']);
    expect(await ids({ statuses: ['rejected'] })).toEqual(['c']);
    expect(await ids({ receivedBefore: new Date('2026-11-28T00:00:00Z') })).toEqual(['c', 'b', 'a']);
    expect(await ids({ receivedFrom: new Date('2026-11-28T00:00:00Z') })).toEqual(['d']);
    expect(await ids({ sku: 'SKU-A' })).toEqual(['d', 'a']);
    expect(await ids({ sku: 'SKU-A', orderId: 'SO-1' })).toEqual(['a']);
    expect((await queuedEvents(database.db, {}, 2, '3')).map((e) => e.source_id)).toEqual(['b', 'a']);
    expect(await eventCountsByStatus(database.db, {})).toEqual([{ status: 'accepted', count: 3 }, { status: 'rejected', count: 1 }]);
  });
});
