import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOms, type OmsUnderTest } from './harness.ts';
import { loadOmsFixture } from './oms.fixture.ts';

// See oms.fixture.ts for the six orders; newest placed first they are SO-6, SO-5, SO-4, SO-3, SO-2, SO-1.
let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(loadOmsFixture);
});
afterAll(async () => {
  await oms?.close();
});

const ORDERS = `query Orders($filter: OrderFilter, $first: Int, $after: String) {
  orders(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id } }
  }
}`;

async function orderIds(filter: Record<string, unknown>) {
  const { orders } = await oms.query(ORDERS, { filter });
  return { ids: orders.edges.map((e: any) => e.node.id), totalCount: orders.totalCount };
}

describe('Query.orders', () => {
  it('lists every order newest placed first, the id breaking a tie on placedAt', async () => {
    expect(await orderIds({})).toEqual({ ids: ['SO-6', 'SO-5', 'SO-4', 'SO-3', 'SO-2', 'SO-1'], totalCount: 6 });
  });

  it('filters by account', async () => {
    expect(await orderIds({ accountId: 'ACCT-0001' })).toEqual({ ids: ['SO-3', 'SO-2', 'SO-1'], totalCount: 3 });
    expect(await orderIds({ accountId: 'ACCT-9999' })).toEqual({ ids: [], totalCount: 0 });
  });

  it('filters by status and by channel, a list matching any of its values', async () => {
    expect(await orderIds({ status: ['CANCELLED'] })).toEqual({ ids: ['SO-4'], totalCount: 1 });
    expect(await orderIds({ status: ['PICKING', 'PLACED'] })).toEqual({ ids: ['SO-6', 'SO-5'], totalCount: 2 });
    expect(await orderIds({ channel: ['PORTAL'] })).toEqual({ ids: ['SO-6', 'SO-5', 'SO-2'], totalCount: 3 });
    expect(await orderIds({ channel: ['PORTAL'], accountId: 'ACCT-0002' })).toEqual({ ids: ['SO-5'], totalCount: 1 });
  });

  it('filters by placement date with both ends inclusive, whole UTC days', async () => {
    // 2026-10-05 .. 2026-10-06 takes SO-2 (10-05 23:30), SO-3 (10-06 00:00) and SO-4 (10-06 12:00)
    expect(await orderIds({ placedFrom: '2026-10-05', placedTo: '2026-10-06' })).toEqual({ ids: ['SO-4', 'SO-3', 'SO-2'], totalCount: 3 });
    expect(await orderIds({ placedFrom: '2026-10-06', placedTo: '2026-10-06' })).toEqual({ ids: ['SO-4', 'SO-3'], totalCount: 2 });
    expect(await orderIds({ placedTo: '2026-10-01' })).toEqual({ ids: ['SO-1'], totalCount: 1 });
    expect(await orderIds({ placedFrom: '2026-10-10' })).toEqual({ ids: ['SO-6', 'SO-5'], totalCount: 2 });
  });

  it('pages with a cursor round trip, keeping totalCount and ending with hasNextPage false', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    for (let i = 0; i < 4 && (i === 0 || after); i += 1) {
      const { orders }: any = await oms.query(ORDERS, { first: 2, after });
      expect(orders.totalCount).toBe(6);
      seen.push(...orders.edges.map((e: any) => e.node.id));
      pages.push(orders.pageInfo.hasNextPage);
      expect(orders.pageInfo.endCursor).toBe(orders.edges.at(-1).cursor);
      after = orders.pageInfo.hasNextPage ? orders.pageInfo.endCursor : null;
    }
    // the SO-6 / SO-5 tie at 2026-10-10T08:00 sits on one page; SO-4 starts the next
    expect(seen).toEqual(['SO-6', 'SO-5', 'SO-4', 'SO-3', 'SO-2', 'SO-1']);
    expect(pages).toEqual([true, true, false]);
  });

  it('continues right after a cursor that splits a tie on placedAt', async () => {
    const { orders: first } = await oms.query(ORDERS, { first: 1 });
    expect(first.edges.map((e: any) => e.node.id)).toEqual(['SO-6']);
    const { orders: next } = await oms.query(ORDERS, { first: 2, after: first.pageInfo.endCursor });
    expect(next.edges.map((e: any) => e.node.id)).toEqual(['SO-5', 'SO-4']);
  });

  it('pages within a filter', async () => {
    const { orders: first } = await oms.query(ORDERS, { filter: { accountId: 'ACCT-0001' }, first: 2 });
    expect(first.edges.map((e: any) => e.node.id)).toEqual(['SO-3', 'SO-2']);
    const { orders: rest } = await oms.query(ORDERS, { filter: { accountId: 'ACCT-0001' }, first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e: any) => e.node.id)).toEqual(['SO-1']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.totalCount).toBe(3);
  });
});

describe('Query.orders bad input', () => {
  it('refuses first over 200, naming "first"', async () => {
    const error = await oms.error(ORDERS, { first: 201 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/"first".*200/);
  });

  it('refuses first below 1', async () => {
    const error = await oms.error(ORDERS, { first: 0 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/"first"/);
  });

  it('refuses a cursor it did not issue, naming "after"', async () => {
    for (const after of ['not-a-cursor', Buffer.from('["yesterday","SO-1"]').toString('base64url')]) {
      const error = await oms.error(ORDERS, { after });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/"after"/);
    }
  });

  it('refuses placedFrom after placedTo, naming "filter.placedFrom"', async () => {
    const error = await oms.error(ORDERS, { filter: { placedFrom: '2026-10-07', placedTo: '2026-10-06' } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe('filter.placedFrom');
    expect(error.message).toMatch(/"filter\.placedFrom"/);
  });

  it('refuses a malformed date variable, naming the variable and the field', async () => {
    const error = await oms.error(ORDERS, { filter: { placedFrom: '2026-13-40' } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    // graphql-js names the variable and the path inside it; the scalar says what it expected
    expect(error.message).toMatch(/^Variable "\$filter" got invalid value "2026-13-40" at "filter\.placedFrom";/);
    expect(error.message).toMatch(/Date cannot represent "2026-13-40": expected a calendar date as YYYY-MM-DD/);
  });

  it('refuses a malformed date passed as its own variable, naming it', async () => {
    const error = await oms.error('query($from: Date) { orders(filter: { placedFrom: $from }) { totalCount } }', { from: '2026-02-30' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^Variable "\$from" got invalid value "2026-02-30"/);
  });
});
