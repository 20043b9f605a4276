import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../lib/identity.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../lib/testing/subgraph.ts';
import { recordEvents, type NewEvent } from '../../subgraphs/integration/db/integration-events.repository.ts';
import { integrationMigrations, integrationSubgraph } from '../../subgraphs/integration/server.ts';

/*
 * The integration subgraph on its own database, as the gateway reaches it. Fixture: event 1
 * (WMS-API's order status change for SO-1, accepted), event 3 (the same event re-sent: a
 * duplicate of 1; the refused insert of the re-send used id 2), and one trading partner.
 */
let integration: SubgraphUnderTest;
const AT = new Date('2026-11-27T10:00:00Z');
const event: NewEvent = {
  lane: 'api', partnerId: 'WMS-API', type: 'order_status_change', idempotencyKey: 'WMS-API|e1', sourceId: 'e1', interchangeId: null,
  occurredAt: '2026-11-27T09:59:00.000Z', keys: { orders: ['SO-1'] }, payload: { orderId: 'SO-1', status: 'picking' }, raw: '{"id":"e1"}',
  status: 'accepted', reason: null, appliesTo: 'oms',
};

beforeAll(async () => {
  integration = await startSubgraphUnderTest(integrationSubgraph, integrationMigrations, async (db) => {
    await recordEvents(db, [event], AT);
    await recordEvents(db, [event], AT);
    await insertRows(db, 'trading_partners', [{
      id: 'WMS-API', name: 'Warehouse system', kind: 'warehouse', x12_qualifier: null, x12_id: null, account_id: null, supplier_id: null, branch_code: 'CHI',
    }]);
  });
});
afterAll(async () => {
  await integration?.close();
});

const ENTITIES = `query Entities($r: [_Any!]!) { _entities(representations: $r) { ... on IntegrationEvent { id status partner type duplicateOf { id } } } }`;

describe('_entities: IntegrationEvent (the OMS exceptions reference it)', () => {
  it('resolves events by id in the order asked, and null for an unknown id', async () => {
    const { _entities } = await integration.query(ENTITIES, {
      r: [{ __typename: 'IntegrationEvent', id: '3' }, { __typename: 'IntegrationEvent', id: '404' }, { __typename: 'IntegrationEvent', id: '1' }],
    });
    expect(_entities).toEqual([
      { id: '3', status: 'DUPLICATE', partner: 'WMS-API', type: 'order_status_change', duplicateOf: { id: '1' } },
      null,
      { id: '1', status: 'ACCEPTED', partner: 'WMS-API', type: 'order_status_change', duplicateOf: null },
    ]);
  });

  it('answers buyers and anonymous callers FORBIDDEN, as the root fields do', async () => {
    for (const caller of [testBuyer('ACCT-1'), ANONYMOUS]) {
      const error = await integration.as(caller).error(ENTITIES, { r: [{ __typename: 'IntegrationEvent', id: '1' }] });
      expect(error.extensions!.code).toBe('FORBIDDEN');
      expect(error.message).toBe('The integration event queue are for staff: sign in with a staff token');
    }
  });
});

describe('the queue and the partners on the integration database', () => {
  it('lists the events newest first and counts them by status', async () => {
    const { integrationEvents, integrationEventCounts } = await integration.query(
      `{ integrationEvents(first: 5) { edges { node { id status } } } integrationEventCounts { status count } }`,
    );
    expect(integrationEvents.edges.map((e: any) => e.node)).toEqual([{ id: '3', status: 'DUPLICATE' }, { id: '1', status: 'ACCEPTED' }]);
    expect(integrationEventCounts).toEqual([{ status: 'ACCEPTED', count: 1 }, { status: 'DUPLICATE', count: 1 }]);
  });

  it('lists the trading partners', async () => {
    const { tradingPartners } = await integration.query(`{ tradingPartners { id kind x12Id branchCode } }`);
    expect(tradingPartners).toEqual([{ id: 'WMS-API', kind: 'warehouse', x12Id: null, branchCode: 'CHI' }]);
  });
});
