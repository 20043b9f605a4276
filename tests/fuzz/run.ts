import type { GraphQLSchema } from 'graphql';
import { fuzzCase as generateCase, type CallerName, type FuzzCase } from './cases.ts';
import { problemsOf, type Answer } from './judge.ts';

export interface FuzzFailure {
  fuzzCase: FuzzCase;
  problems: string[];
  answer: Answer | null;
}

export interface FuzzRun {
  gatewayUrl: string;
  schema: GraphQLSchema;
  seed: number;
  /** Case indexes to send, e.g. 0..count-1, or one case to replay. */
  indexes: number[];
  /** The headers each caller sends (a bearer token for the buyer and staff). */
  callerHeaders: Record<CallerName, Record<string, string>>;
  concurrency?: number;
  onAnswer?: (fuzzCase: FuzzCase, answer: Answer | null, problems: string[]) => void;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Sends every case through the gateway, a few at a time, and returns those whose answers failed. */
export async function runFuzz(run: FuzzRun): Promise<FuzzFailure[]> {
  const failures: FuzzFailure[] = [];
  const queue = [...run.indexes];
  const worker = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const fuzzCase = generateCase(run.schema, run.seed, index);
      const answer = await send(run.gatewayUrl, fuzzCase, run.callerHeaders[fuzzCase.caller]).catch((error: unknown) => error as Error);
      const problems = answer instanceof Error ? [`no answer: ${answer.message}`] : problemsOf(fuzzCase, answer);
      const received = answer instanceof Error ? null : answer;
      if (problems.length > 0) failures.push({ fuzzCase, problems, answer: received });
      run.onAnswer?.(fuzzCase, received, problems);
    }
  };
  await Promise.all(Array.from({ length: run.concurrency ?? 4 }, worker));
  return failures.sort((a, b) => a.fuzzCase.index - b.fuzzCase.index);
}

async function send(gatewayUrl: string, fuzzCase: FuzzCase, callerHeaders: Record<string, string>): Promise<Answer> {
  const { method, path, headers, body } = fuzzCase.request;
  const response = await fetch(new URL(path, gatewayUrl), {
    method,
    headers: { ...callerHeaders, ...headers },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** The request of a case as a reader replays it: long runs of text shortened. */
export function describeCase(fuzzCase: FuzzCase): string {
  const { method, path, headers, body } = fuzzCase.request;
  const shown = (text: string) => (text.length > 1500 ? `${text.slice(0, 1500)}... (${text.length} characters)` : text);
  const headerText = Object.entries(headers).map(([key, value]) => `${key}: ${shown(value).slice(0, 200)}`).join('; ');
  return `case ${fuzzCase.index} (seed ${fuzzCase.seed}, ${fuzzCase.kind}, as ${fuzzCase.caller}): ${method} ${shown(path)}` +
    (headerText ? `\n    headers: ${headerText}` : '') + (body !== undefined ? `\n    body: ${JSON.stringify(shown(body))}` : '');
}

/** After a run, the gateway and every subgraph must still answer. */
export async function healthProblems(gatewayUrl: string, subgraphUrls: Record<string, string>, staffHeaders: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...staffHeaders },
      body: JSON.stringify({ query: '{ branches { code } products(first: 1) { totalCount } orders(first: 1) { totalCount } kpiCatalog { __typename } }' }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (response.status !== 200 || answer.errors) problems.push(`the gateway's health query answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  } catch (error) {
    problems.push(`the gateway did not answer its health query: ${(error as Error).message}`);
  }
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const status = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then((r) => r.status, (error: Error) => error.message);
    if (status !== 200) problems.push(`subgraph ${name} /health answered ${status}`);
  }
  return problems;
}
