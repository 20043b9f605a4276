import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGraph } from '../e2e/harness.ts';
import { clientSchema, fuzzCase, type CallerName } from './cases.ts';
import { startFuzzGraph } from './graph.ts';
import { describeCase, healthProblems, runFuzz } from './run.ts';

/**
 * A seeded, schema-aware fuzz run through the real gateway: valid and hostile operations as an
 * anonymous caller, a buyer and staff. No answer may be a 5xx, leak internals or call the
 * caller's mistake an internal error, and the graph must still answer afterwards.
 * `npm run fuzz -- --count N [--seed S]` runs a larger one.
 */
const SEED = 20261201;
const COUNT = 300;

let graph: TestGraph;
let callerHeaders: Record<CallerName, Record<string, string>>;
beforeAll(async () => {
  ({ graph, callerHeaders } = await startFuzzGraph());
});
afterAll(async () => {
  await graph?.close();
});

describe('the fuzz run', () => {
  it('generates the same operations from the same seed, and others from another', () => {
    const schema = clientSchema();
    const run = (seed: number) => Array.from({ length: 50 }, (_, i) => fuzzCase(schema, seed, i));
    expect(run(SEED)).toEqual(run(SEED));
    expect(run(SEED + 1).map((c) => c.request.body)).not.toEqual(run(SEED).map((c) => c.request.body));
  });

  it(`finds no 5xx, leak or internal error in ${COUNT} operations, and the graph still answers`, async () => {
    const failures = await runFuzz({
      gatewayUrl: graph.gatewayUrl,
      schema: clientSchema(),
      seed: SEED,
      indexes: Array.from({ length: COUNT }, (_, i) => i),
      callerHeaders,
    });
    const report = failures.map((failure) => `${describeCase(failure.fuzzCase)}\n    -> ${failure.problems.join('; ')}: ${failure.answer?.text.slice(0, 300)}`);
    expect(report).toEqual([]);
    expect(await healthProblems(graph.gatewayUrl, graph.subgraphUrls, callerHeaders.staff)).toEqual([]);
  }, 120_000);
});
