import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../lib/pagination.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/**
 * Input a careless or hostile caller sends, through the real gateway to the real subgraphs: each
 * answer names what was wrong with BAD_USER_INPUT or an HTTP 400, never an internal error.
 * Fixture: tests/e2e/fixture.ts (orders SO-3, SO-2, SO-1, newest placed first).
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadFixture);
});
afterAll(async () => {
  await graph?.close();
});

const NUL = 'bolt\u0000m8';

function refusal(response: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(response.errors).toHaveLength(1);
  return { message: response.errors![0]!.message, code: response.errors![0]!.extensions?.code };
}

describe('a NUL character, which PostgreSQL text cannot hold', () => {
  const nulMessage = (argument: string) => ({ message: `Argument "${argument}" must not contain the NUL character (\\u0000)`, code: 'BAD_USER_INPUT' });

  it('is refused in a text filter, as a literal and as a variable, naming the argument', async () => {
    const literal = await graph.post(`{ products(filter: { text: ${JSON.stringify(NUL)} }) { totalCount } }`);
    expect(refusal(literal)).toEqual(nulMessage('filter.text'));
    const variable = await graph.post(`query($text: String) { products(filter: { text: $text }) { totalCount } }`, { text: NUL });
    expect(refusal(variable)).toEqual(nulMessage('filter.text'));
  });

  it('is refused in an id of every domain, as a literal and as a variable', async () => {
    expect(refusal(await graph.post(`{ product(sku: ${JSON.stringify(NUL)}) { sku } }`))).toEqual(nulMessage('sku'));
    expect(refusal(await graph.post(`query($id: ID!) { account(id: $id) { id } }`, { id: NUL }))).toEqual(nulMessage('id'));
    expect(refusal(await graph.post(`query($id: ID!) { order(id: $id) { id } }`, { id: NUL }))).toEqual(nulMessage('id'));
    expect(refusal(await graph.post(`query($id: ID!) { integrationEvent(id: $id) { id } }`, { id: NUL }))).toEqual(nulMessage('id'));
  });

  it('is refused in a list inside an input, and in a variable default', async () => {
    const inList = await graph.post(`{ products(filter: { family: ["fasteners", ${JSON.stringify(NUL)}] }) { totalCount } }`);
    expect(refusal(inList)).toEqual(nulMessage('filter.family'));
    const byDefault = await graph.post(`query($sku: ID! = ${JSON.stringify(NUL)}) { product(sku: $sku) { sku } }`);
    expect(refusal(byDefault)).toEqual(nulMessage('$sku'));
  });

  it('is refused by a subgraph called directly, before any resolver runs', async () => {
    const response = await graph.subgraph('oms').post(`query($id: ID!) { order(id: $id) { id } }`, { id: NUL });
    expect(refusal(response)).toEqual(nulMessage('id'));
  });
});

describe('a tampered cursor', () => {
  const tampered = {
    'a number for the timestamp': encodeCursor(['1', 'SO-2']),
    'a year PostgreSQL refuses': encodeCursor(['+275760-09-13T00:00:00.000Z', 'SO-2']),
    'year zero': encodeCursor(['0000-01-01T00:00:00.000Z', 'SO-2']),
    'a NUL in the id': encodeCursor(['2026-10-30T15:00:00.000Z', 'SO\u00002']),
  };
  const notACursor = { message: 'Argument "after" is not a cursor this list issued; pass an endCursor from a previous page', code: 'BAD_USER_INPUT' };

  it.each(Object.entries(tampered))('is refused by the order list, naming after: %s', async (_, after) => {
    const response = await graph.post(`query($after: String) { orders(first: 1, after: $after) { totalCount } }`, { after });
    expect(refusal(response)).toEqual(notACursor);
  });

  it('is refused by keyset lists on a text key when it holds a NUL', async () => {
    const after = encodeCursor('FAS\u00001');
    expect(refusal(await graph.post(`query($after: String) { products(first: 1, after: $after) { totalCount } }`, { after }))).toEqual(notACursor);
    expect(refusal(await graph.post(`query($after: String) { accounts(first: 1, after: $after) { totalCount } }`, { after }))).toEqual(notACursor);
  });

  it('still lets an issued order cursor continue the list', async () => {
    const first = await graph.post(`{ orders(first: 1) { pageInfo { endCursor } edges { node { id } } } }`);
    expect(first.data!.orders.edges[0].node.id).toBe('SO-3');
    const next = await graph.post(`query($after: String) { orders(first: 1, after: $after) { edges { node { id } } } }`, { after: first.data!.orders.pageInfo.endCursor });
    expect(next.data!.orders.edges[0].node.id).toBe('SO-2');
  });

  it('is refused by the event queue when its id would overflow a bigint', async () => {
    const tooBig = '99999999999999999999';
    const page = await graph.post(`query($after: String) { integrationEvents(after: $after) { edges { cursor } } }`, { after: tooBig });
    expect(refusal(page)).toEqual({ message: `Argument "after" "${tooBig}" is not a cursor this query returned`, code: 'BAD_USER_INPUT' });
    const one = await graph.post(`query($id: ID!) { integrationEvent(id: $id) { id } }`, { id: tooBig });
    expect(one).toEqual({ data: { integrationEvent: null } });
    const retry = await graph.post(`mutation($id: ID!) { retryIntegrationEvent(id: $id) { id } }`, { id: tooBig });
    expect(refusal(retry)).toEqual({ message: `Argument "id" "${tooBig}" is not an integration event id`, code: 'BAD_USER_INPUT' });
  });
});

describe('a document the gateway cannot run as sent', () => {
  async function postRaw(body: unknown) {
    const response = await fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { errors: { message: string }[] } };
  }

  it('answers 400 naming an unknown operationName and the operations there are', async () => {
    const answer = await postRaw({ query: 'query Branches { branches { code } }', operationName: 'Orders' });
    expect(answer).toEqual({
      status: 400,
      body: { errors: [{ message: 'operationName "Orders" names no operation in the document; the document defines "Branches"', extensions: { code: 'BAD_REQUEST' } }] },
    });
  });

  it('answers 400 when several operations come without an operationName', async () => {
    const answer = await postRaw({ query: 'query A { branches { code } } query B { branches { name } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]?.message).toBe('the document holds several operations; pass operationName to say which to run (the document defines "A", "B")');
  });

  it('answers 400 to a subscription, which this graph does not serve', async () => {
    const answer = await postRaw({ query: 'subscription { products { totalCount } }' });
    expect(answer).toEqual({
      status: 400,
      body: { errors: [{ message: 'this graph has no subscription operations; it answers queries and mutations', extensions: { code: 'BAD_REQUEST' } }] },
    });
  });

  it('answers 400 BAD_REQUEST, not an internal error, to a persisted-query hash that does not match the query', async () => {
    const answer = await postRaw({ query: '{ branches { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(answer).toEqual({ status: 400, body: { errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] } });
  });

  it('runs the named one of several operations', async () => {
    const answer = await postRaw({ query: 'query A { branches { code } } query B { branches { name } }', operationName: 'A' });
    expect(answer).toEqual({ status: 200, body: { data: { branches: [{ code: 'CHI' }, { code: 'PHX' }] } } });
  });
});

describe('an ISO week at the edge of the calendar', () => {
  const KPIS = 'query($week: IsoWeek!) { kpis(fromWeek: $week) { bestPossibleDso(by: COHORT) { reading { unit } } } scorecard(week: $week) { erpReadings { unit } } }';

  it('is refused, naming the range, when its period would leave four-digit years', async () => {
    const expected = (week: string) => ({
      message: `Variable "$week" got invalid value "${week}"; IsoWeek cannot represent "${week}": expected an ISO week such as 2026-W44, from 1900-W01 to 9998-W52`,
      code: 'BAD_USER_INPUT',
    });
    expect(refusal(await graph.post(KPIS, { week: '9999-W52' }))).toEqual(expected('9999-W52'));
    expect(refusal(await graph.post(KPIS, { week: '0001-W02' }))).toEqual(expected('0001-W02'));
    const literal = await graph.post('{ scorecard(week: "9999-W01") { week } }');
    expect(refusal(literal)).toEqual({
      message: 'Argument "week" cannot take "9999-W01": expected an ISO week such as 2026-W44, from 1900-W01 to 9998-W52',
      code: 'BAD_USER_INPUT',
    });
  });

  it('answers for the last week it accepts', async () => {
    const response = await graph.post(KPIS, { week: '9998-W52' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.scorecard.erpReadings).toEqual(expect.any(Array));
  });
});

