import { DOMAINS } from '../../app/config.ts';
import type { TestGraph } from './harness.ts';

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Posts an operation and keeps the HTTP status and headers, which refusals are about. */
export async function postRaw(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as RawAnswer['body'] };
}

/** What each subgraph received while `send` ran, from the recording proxies in front of them. */
export async function receivedDuring<T>(graph: TestGraph, send: () => Promise<T>): Promise<{ result: T; received: TestGraph['received'] }> {
  const before = Object.fromEntries(DOMAINS.map((domain) => [domain, graph.received[domain].length]));
  const result = await send();
  const received = Object.fromEntries(DOMAINS.map((domain) => [domain, graph.received[domain].slice(before[domain])])) as TestGraph['received'];
  return { result, received };
}

/** `{ families { categories { family { categories ... { code } } } } }`, `depth` fields deep. */
export function fanOut(depth: number): string {
  const fields = Array.from({ length: depth - 1 }, (_, i) => (i === 0 ? 'families' : i % 2 === 1 ? 'categories' : 'family'));
  return `{ ${fields.join(' { ')} { code${' }'.repeat(depth - 1)} }`;
}
