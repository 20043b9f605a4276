import { ConfigError } from '../../app/config.ts';

/**
 * What the gateway lets one request (or one caller) ask for before any subgraph is called. Each
 * limit has a production default and an environment variable; docs/limits.md says how each
 * default was chosen from the operations this project ships, and how a compiled router is set to
 * the same limits.
 */
export interface OperationLimits {
  /** Deepest field nesting, fragments flattened; introspection's `__schema` is not counted. */
  maxDepth: number;
  maxAliases: number;
  /** Fields at the top of the operation, counted through fragments. */
  maxRootFields: number;
  maxDirectives: number;
  /** Lexical tokens in the whole document; the parser stops at the first one over. */
  maxTokens: number;
  /** Estimated cost under the IBM cost directives the subgraphs declare (./cost.ts). */
  maxCost: number;
  /** Bytes of the answer, and of the subgraph answers one request gathers. */
  maxResponseBytes: number;
  /** Subgraph requests one operation may make. */
  maxSubgraphFetches: number;
  /** Requests per caller (token subject, else client address) per window; null: no limit. */
  rateLimit: { requests: number; windowSeconds: number } | null;
}

export const DEFAULT_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 20,
  maxRootFields: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 12000,
  maxResponseBytes: 5_000_000,
  maxSubgraphFetches: 20,
  rateLimit: Object.freeze({ requests: 300, windowSeconds: 10 }),
});

/** The environment variable behind each limit; refusals name it so an operator knows what to raise. */
export const LIMIT_VARIABLES = {
  maxDepth: 'OPSGRAPH_MAX_DEPTH',
  maxAliases: 'OPSGRAPH_MAX_ALIASES',
  maxRootFields: 'OPSGRAPH_MAX_ROOT_FIELDS',
  maxDirectives: 'OPSGRAPH_MAX_DIRECTIVES',
  maxTokens: 'OPSGRAPH_MAX_TOKENS',
  maxCost: 'OPSGRAPH_MAX_COST',
  maxResponseBytes: 'OPSGRAPH_MAX_RESPONSE_BYTES',
  maxSubgraphFetches: 'OPSGRAPH_MAX_SUBGRAPH_FETCHES',
  rateLimit: 'OPSGRAPH_RATE_LIMIT',
} as const satisfies Record<keyof OperationLimits, string>;

export const RATE_LIMIT_WINDOW_VARIABLE = 'OPSGRAPH_RATE_LIMIT_WINDOW_SECONDS';

type CountedLimit = Exclude<keyof OperationLimits, 'rateLimit'>;

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new ConfigError(`${name} must be a whole number, at least ${minimum}, got "${raw}"`);
  }
  return value;
}

/** The limits from the environment, each unset variable at its default; a bad value stops the start. */
export function limitsFromEnvironment(env: NodeJS.ProcessEnv): OperationLimits {
  const counted = Object.fromEntries(
    (Object.keys(LIMIT_VARIABLES) as (keyof OperationLimits)[])
      .filter((key): key is CountedLimit => key !== 'rateLimit')
      .map((key) => [key, wholeNumber(env, LIMIT_VARIABLES[key], DEFAULT_LIMITS[key], 1)]),
  ) as Record<CountedLimit, number>;
  const fallback = DEFAULT_LIMITS.rateLimit!;
  // 0 turns the rate limit off: a load test drives the graph as one caller (scripts/bench.ts).
  const requests = wholeNumber(env, LIMIT_VARIABLES.rateLimit, fallback.requests, 0);
  const windowSeconds = wholeNumber(env, RATE_LIMIT_WINDOW_VARIABLE, fallback.windowSeconds, 1);
  return { ...counted, rateLimit: requests === 0 ? null : { requests, windowSeconds } };
}
