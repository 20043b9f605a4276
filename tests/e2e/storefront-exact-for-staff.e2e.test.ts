import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANONYMOUS, type Principal } from '../../lib/identity.ts';
import { TEST_STAFF, testBuyer } from '../../lib/testing/identity.ts';
import { StockFiguresDocument } from '../generated/graphql.ts';
import { startTestGraph, type TestGraph } from './harness.ts';
import { BANDED_VLV1, EXACT_VLV1, VLV1_FIGURES } from './stock-figures.ts';
import { loadStorefront } from './storefront.fixture.ts';

/**
 * OPSGRAPH_EXACT_STOCK_FOR=staff, as an operator sets it: the ERP and the OMS read it when they
 * load, so it is set before any module is imported (each test file runs in its own process).
 */
vi.hoisted(() => {
  process.env.OPSGRAPH_EXACT_STOCK_FOR = 'staff';
});

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadStorefront);
});
afterAll(async () => {
  await graph?.close();
  delete process.env.OPSGRAPH_EXACT_STOCK_FOR;
});

async function figures(caller: Principal) {
  const response = await graph.as(caller).post(StockFiguresDocument, VLV1_FIGURES);
  expect(response.errors).toBeUndefined();
  return response.data;
}

describe('OPSGRAPH_EXACT_STOCK_FOR=staff', () => {
  it('shows a signed-in buyer bands and no figures, in the ERP and the OMS alike, and staff the exact figures', async () => {
    expect(await figures(testBuyer('ACCT-1'))).toEqual(BANDED_VLV1);
    expect(await figures(ANONYMOUS)).toEqual(BANDED_VLV1);
    expect(await figures(TEST_STAFF)).toEqual(EXACT_VLV1);
  });
});
