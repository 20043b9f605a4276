import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { LIMIT_VARIABLES, type OperationLimits } from './config.ts';

/**
 * The `extensions.code` of each refusal. The operation limits and the cost use the codes Apollo
 * Router answers with for the same limits, so a client sees the same code whichever router
 * serves the graph (docs/limits.md).
 */
export const LIMIT_CODES = {
  maxDepth: 'MAX_DEPTH_LIMIT',
  maxAliases: 'MAX_ALIASES_LIMIT',
  maxRootFields: 'MAX_ROOT_FIELDS_LIMIT',
  maxDirectives: 'MAX_DIRECTIVES_LIMIT',
  maxTokens: 'MAX_TOKENS_LIMIT',
  maxCost: 'COST_ESTIMATED_TOO_EXPENSIVE',
  maxResponseBytes: 'MAX_RESPONSE_BYTES_LIMIT',
  maxSubgraphFetches: 'MAX_SUBGRAPH_FETCHES_LIMIT',
  rateLimit: 'REQUEST_RATE_LIMITED',
} as const satisfies Record<keyof OperationLimits, string>;

const REFUSAL_CODES = new Set<string>(Object.values(LIMIT_CODES));

/**
 * A request refused for going over `limit`: HTTP 400 (429 for the rate limit), the limit's code,
 * and a message naming what was measured, the maximum and the variable that sets it, e.g.
 * "query depth 15 exceeds the limit of 10 (OPSGRAPH_MAX_DEPTH)".
 */
export function limitExceeded(
  limit: keyof OperationLimits,
  what: string,
  maximum: string | number,
  options: { measured?: number; status?: number; headers?: Map<string, string>; suffix?: string } = {},
): GraphQLError {
  const message = `${what} exceeds the limit of ${maximum} (${LIMIT_VARIABLES[limit]})${options.suffix ?? ''}`;
  return new GraphQLError(message, {
    extensions: {
      code: LIMIT_CODES[limit],
      ...(options.measured === undefined ? {} : { measured: options.measured }),
      http: { status: options.status ?? 400, headers: options.headers ?? new Map() },
    },
  });
}

/** The refusal as a client receives it, for answers built after errors were formatted. */
export function formattedRefusal(error: GraphQLError): GraphQLFormattedError {
  const { http: _http, ...extensions } = error.extensions;
  return { message: error.message, extensions };
}

// graphql-js's own words when parseOptions.maxTokens stops the parser (16.x spells it "more that").
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:at|an) (\d+) tokens/;
const STACK_OVERFLOW = 'Maximum call stack size exceeded';

/**
 * Apollo Server files a validation rule's error under GRAPHQL_VALIDATION_FAILED and the parser's
 * token limit under GRAPHQL_PARSE_FAILED; this gives both back the limit's own code and message.
 * Null for every other error.
 */
export function formatLimitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const original = (error as { originalError?: unknown })?.originalError;
  if (original instanceof GraphQLError && REFUSAL_CODES.has(String(original.extensions?.code))) {
    return formattedRefusal(original);
  }
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && formatted.message === STACK_OVERFLOW) {
    // Within the token limit a document can still nest lists or objects deeper than graphql-js's
    // recursive parser follows; the parse fails cleanly, but its message is the engine's own.
    return { message: 'the document nests lists, input objects or selections too deeply to parse', extensions: { code: LIMIT_CODES.maxDepth } };
  }
  const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) {
    const maximum = Number(tokens[1]);
    return formattedRefusal(limitExceeded('maxTokens', `a query of more than ${maximum} tokens`, maximum, { suffix: '; parsing stopped there' }));
  }
  return null;
}
