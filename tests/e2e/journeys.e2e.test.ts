import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountOrdersDocument,
  LookUpUnknownDocument,
  OrderJourneyDocument,
  OrdersFromLiteralDocument,
  OrdersInRangeDocument,
} from '../generated/graphql.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

let graph: TestGraph;

beforeAll(async () => {
  graph = await startTestGraph(loadFixture);
});
afterAll(async () => {
  await graph?.close();
});

describe('one query across ERP, PIM and OMS through the gateway', () => {
  it('joins an order (OMS) with its account and credit (ERP), products (PIM) and availability (OMS @requires ERP)', async () => {
    const response = await graph.post(OrderJourneyDocument, { id: 'SO-2' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.order).toEqual({
      id: 'SO-2',
      channel: 'REP',
      status: 'ALLOCATED',
      account: {
        id: 'ACCT-1',
        name: 'Acme Builders',
        segment: 'CONTRACTOR',
        openBalance: { amount: '7500.00' }, // 12,500.00 invoiced - 5,000.00 paid
        creditHeadroom: { amount: '12500.00' }, // 20,000.00 limit - 7,500.00 open
      },
      lines: [
        {
          lineNumber: 1,
          orderedQuantity: 30,
          unitPrice: { amount: '24.00' },
          product: {
            sku: 'FAS-1',
            name: 'Hex bolt M8',
            family: { name: 'Fasteners' },
            itemMaster: { velocityTier: 'A', standardCost: { amount: '10.00' } },
            networkOnHand: 140, // CHI 100 + PHX 40
            allocatedQuantity: 30, // SO-2 line 1; SO-1 is shipped, so not open
            availableQuantity: 90, // 140 - 30 allocated - 5 on hold - (10 + 5) safety
          },
        },
        {
          lineNumber: 2,
          orderedQuantity: 10,
          unitPrice: { amount: '12.00' },
          product: {
            sku: 'FAS-2',
            name: 'Hex nut M8',
            family: { name: 'Fasteners' },
            itemMaster: { velocityTier: 'C', standardCost: { amount: '5.00' } },
            networkOnHand: 20,
            allocatedQuantity: 0,
            availableQuantity: 20,
          },
        },
      ],
      invoices: [],
    });
  });

  it('asks each subgraph only for what it owns, and hands OMS the ERP stock figures it requires', async () => {
    for (const domain of ['erp', 'pim', 'oms'] as const) graph.received[domain].length = 0;
    await graph.post(OrderJourneyDocument, { id: 'SO-2' });
    const omsQueries = graph.received.oms.map((r) => r.query);
    expect(omsQueries[0]).toMatch(/order\(id:/);
    expect(graph.received.erp.every((r) => r.query.includes('_entities'))).toBe(true);
    expect(graph.received.pim.every((r) => r.query.includes('_entities'))).toBe(true);
    const requiresCall = graph.received.oms.find((r) => r.query.includes('availableQuantity') && r.query.includes('_entities'));
    expect(requiresCall?.variables?.representations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ __typename: 'Product', sku: 'FAS-1', networkOnHand: 140, networkOnHold: 5, networkSafetyStock: 15 }),
      ]),
    );
  });

  it('pages an account\'s orders (OMS) newest first, each with its invoices (ERP)', async () => {
    const first = await graph.post(AccountOrdersDocument, { id: 'ACCT-1', first: 1 });
    expect(first.errors).toBeUndefined();
    const orders = first.data!.account!.orders;
    expect(orders.totalCount).toBe(2);
    expect(orders.edges.map((e) => e.node.id)).toEqual(['SO-2']);
    expect(orders.pageInfo.hasNextPage).toBe(true);
    const second = await graph.post(AccountOrdersDocument, { id: 'ACCT-1', first: 1, after: orders.pageInfo.endCursor });
    expect(second.data!.account!.orders.edges).toEqual([{ node: { id: 'SO-1', status: 'SHIPPED', invoices: [{ id: 'INV-1' }] } }]);
    expect(second.data!.account!.orders.pageInfo.hasNextPage).toBe(false);
  });

  it('filters orders by an inclusive date range', async () => {
    const response = await graph.post(OrdersInRangeDocument, { from: '2026-10-30', to: '2026-10-31' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.orders.edges.map((e) => e.node.id)).toEqual(['SO-3', 'SO-2']);
    expect(response.data!.orders.totalCount).toBe(2);
  });
});

describe('bad input through the gateway', () => {
  it('returns null without errors for unknown keys', async () => {
    const response = await graph.post(LookUpUnknownDocument);
    expect(response).toEqual({ data: { product: null, order: null, account: null } });
  });

  it('refuses a page size over the cap with BAD_USER_INPUT naming the argument', async () => {
    const response = await graph.post(OrdersInRangeDocument, { first: 201 });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/"first".*200/);
  });

  it('refuses a cursor it did not issue, naming the argument', async () => {
    const response = await graph.post(AccountOrdersDocument, { id: 'ACCT-1', after: 'not-a-cursor' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/"after"/);
  });

  it('refuses a malformed date with BAD_USER_INPUT naming the variable', async () => {
    const response = await graph.post(OrdersInRangeDocument, { from: '2026-13-40' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/\$from/);
    expect(response.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses a malformed date literal at the gateway, naming the argument', async () => {
    const response = await graph.post(OrdersFromLiteralDocument);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe('Argument "filter.placedFrom" cannot take "2026-13-40": expected a calendar date as YYYY-MM-DD');
  });

  it('never sends a stack trace to the client', async () => {
    const response = await graph.post(OrdersInRangeDocument, { from: '2026-11-02', to: '2026-10-01' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});
