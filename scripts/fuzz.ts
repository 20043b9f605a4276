import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, parseArgs } from 'node:util';
import { clientSchema } from '../tests/fuzz/cases.ts';
import { startFuzzGraph } from '../tests/fuzz/graph.ts';
import type { Answer } from '../tests/fuzz/judge.ts';
import { describeCase, healthProblems, runFuzz, type FuzzFailure } from '../tests/fuzz/run.ts';

/**
 * `npm run fuzz -- --count N [--seed S] [--concurrency C]`: starts its own test graph (fresh
 * databases on the PostgreSQL server, the storefront fixture), sends N generated operations through
 * the gateway and prints each failure with its seed and case number. `--case I` replays one case
 * and prints its answer in full. Exits 1 when any answer or the closing health check failed.
 */
const USAGE = 'usage: npm run fuzz -- [--count N] [--seed S] [--concurrency C] [--case I]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { count: { type: 'string', default: '1000' }, seed: { type: 'string' }, concurrency: { type: 'string', default: '4' }, case: { type: 'string' } },
  });
  const count = wholeNumber('--count', values.count);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : wholeNumber('--seed', values.seed);
  const indexes = values.case === undefined ? Array.from({ length: count }, (_, i) => i) : [wholeNumber('--case', values.case)];
  const serverLog = join(tmpdir(), `opsgraph-fuzz-${seed}.log`);
  // The servers log unexpected errors with their stacks; kept out of the progress lines.
  console.error = (...args: unknown[]) => appendFileSync(serverLog, `${format(...args)}\n`);
  console.warn = console.error;

  console.log(`fuzz: seed ${seed}, ${indexes.length} case(s); starting a test graph...`);
  const { graph, callerHeaders } = await startFuzzGraph();
  const started = Date.now();
  let done = 0;
  let failing = 0;
  const outcomes = new Map<string, Map<string, number>>();
  const step = Math.max(1, Math.floor(indexes.length / 20));
  try {
    const failures = await runFuzz({
      gatewayUrl: graph.gatewayUrl,
      schema: clientSchema(),
      seed,
      indexes,
      callerHeaders,
      concurrency: wholeNumber('--concurrency', values.concurrency),
      onAnswer: (fuzzCase, answer, problems) => {
        done++;
        tally(outcomes, fuzzCase.kind, answer);
        if (problems.length > 0) failing++;
        if (values.case !== undefined) console.log(`${describeCase(fuzzCase)}\n  answered HTTP ${answer?.status}: ${answer?.text}`);
        else if (done % step === 0) console.log(`  ${done}/${indexes.length} sent, ${failing} failing, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    });
    const health = await healthProblems(graph.gatewayUrl, graph.subgraphUrls, callerHeaders.staff);
    printOutcomes(outcomes);
    printSummary(failures, health, seed, indexes.length, Date.now() - started, serverLog);
    return failures.length === 0 && health.length === 0 ? 0 : 1;
  } finally {
    await graph.close();
  }
}

/** Per kind, how often each HTTP status and error code came back: shows what the run exercised. */
function tally(outcomes: Map<string, Map<string, number>>, kind: string, answer: Answer | null): void {
  let codes = 'data';
  try {
    const errors = (JSON.parse(answer?.text ?? '') as { errors?: { extensions?: { code?: string } }[] }).errors;
    if (errors) codes = [...new Set(errors.map((error) => error.extensions?.code ?? '?'))].sort().join('+');
  } catch {
    codes = 'not JSON';
  }
  const key = `${answer?.status ?? 'none'} ${codes}`;
  const forKind = outcomes.get(kind) ?? new Map<string, number>();
  forKind.set(key, (forKind.get(key) ?? 0) + 1);
  outcomes.set(kind, forKind);
}

function printOutcomes(outcomes: Map<string, Map<string, number>>): void {
  console.log('\nanswers by kind (HTTP status, error codes):');
  for (const [kind, counts] of [...outcomes].sort()) {
    const shown = [...counts].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${n} x ${key}`).join(', ');
    console.log(`  ${kind}: ${shown}`);
  }
}

function printSummary(failures: FuzzFailure[], health: string[], seed: number, sent: number, elapsedMs: number, serverLog: string): void {
  console.log(`\nfuzz: ${sent} case(s) with seed ${seed} in ${(elapsedMs / 1000).toFixed(1)} s: ${failures.length} failed`);
  const byProblem = new Map<string, FuzzFailure[]>();
  for (const failure of failures) {
    for (const problem of failure.problems) {
      const key = `${failure.fuzzCase.kind}: ${problem.slice(0, 160)}`;
      byProblem.set(key, [...(byProblem.get(key) ?? []), failure]);
    }
  }
  for (const [problem, cases] of byProblem) {
    console.log(`\n${cases.length} x ${problem}`);
    for (const failure of cases.slice(0, 3)) {
      console.log(`  ${describeCase(failure.fuzzCase)}\n    answered HTTP ${failure.answer?.status}: ${failure.answer?.text.slice(0, 400)}`);
      console.log(`    replay: npm run fuzz -- --seed ${seed} --case ${failure.fuzzCase.index}`);
    }
  }
  for (const problem of health) console.log(`\nafter the run: ${problem}`);
  console.log(`\nserver log (unexpected errors with stacks): ${serverLog}`);
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${flag} must be a whole number, got "${text}"\n${USAGE}`);
  return value;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
