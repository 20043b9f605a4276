import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { formatError } from '../lib/format-error.ts';
import { serveHttp, type RunningServer } from '../lib/http.ts';
import { principalOfAuthorization } from '../lib/authentication.ts';
import type { Principal } from '../lib/identity.ts';
import { gatewayCredential, GATEWAY_CREDENTIAL_HEADER } from '../lib/subgraph-trust.ts';
import { createTokenVerifier, type TokenSettings } from '../lib/tokens.ts';
import { supergraphPath } from '../schema/compose.ts';
import { gatewayLimits, limitsFromEnvironment, type OperationLimits } from './limits/index.ts';
import { operationResolutionPlugin } from './operation-resolution.plugin.ts';
import { isBadScalarLiteral, scalarLiteralsRule } from './scalar-literals.rule.ts';
import { subgraphFetcher } from './subgraph-fetcher.ts';
import { unwrapSubgraphRejection } from './subgraph-errors.ts';

// The gateway reports anonymous usage to Apollo unless told not to; this graph runs offline.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const formatGatewayError = formatError('gateway');

interface GatewayContext {
  /** Who is asking, verified from the bearer token; anonymous without one. */
  principal: Principal;
  /** The caller's Authorization header, forwarded unchanged to every subgraph, which verifies it again. */
  authorization?: string;
}

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Subgraph name -> URL, overriding the URLs recorded in the supergraph. */
  subgraphUrls?: Partial<Record<string, string>>;
  /** How the callers' bearer tokens are verified (OPSGRAPH_TOKEN_SECRET, OPSGRAPH_JWKS_URL...). */
  tokens: TokenSettings;
  /** Derives the credential each subgraph call carries (OPSGRAPH_SUBGRAPH_SECRET). */
  subgraphSecret: string;
  /** Operation, response, fetch and rate limits (docs/limits.md); from the environment when omitted. */
  limits?: OperationLimits;
}

export interface StartedGateway extends RunningServer {
  subgraphUrls: Record<string, string>;
}

/**
 * The gateway loads the committed supergraph (composed offline by `npm run compose`); it never
 * introspects subgraphs at run time. Subgraph calls share one set of keep-alive connections
 * (./subgraph-fetcher.ts).
 */
export async function startGateway(options: GatewayOptions): Promise<StartedGateway> {
  const subgraphUrls: Record<string, string> = {};
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  const limits = gatewayLimits(options.limits ?? limitsFromEnvironment(process.env), supergraphSdl);
  const fetcher = subgraphFetcher(limits.maxAnswerBytes);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = options.subgraphUrls?.[name] ?? url;
      if (!resolved) throw new Error(`no URL for subgraph ${name}`);
      subgraphUrls[name] = resolved;
      const credential = gatewayCredential(options.subgraphSecret, name);
      return limits.guard(new RemoteGraphQLDataSource<GatewayContext>({
        url: resolved,
        fetcher,
        // What any router can do with static header configuration (docs/identity.md): insert the
        // subgraph's credential and pass the caller's Authorization on. No other client header
        // reaches a subgraph.
        willSendRequest({ request, context }) {
          const headers = request.http?.headers;
          headers?.set(GATEWAY_CREDENTIAL_HEADER, credential);
          if (context.authorization !== undefined) headers?.set('authorization', context.authorization);
        },
      }));
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    // @apollo/gateway 2 implements the gateway interface Apollo Server 5 expects; only the
    // interface package versions differ.
    gateway: gateway as unknown as ConstructorParameters<typeof ApolloServer>[0] extends { gateway?: infer G } ? G : never,
    includeStacktraceInErrorResponses: false,
    // Analysts explore the graph from a GraphQL client: introspection stays on in production mode.
    introspection: true,
    // No field carries cache hints; computing a response's cache policy is work for nothing.
    plugins: [ApolloServerPluginCacheControlDisabled(), operationResolutionPlugin<GatewayContext>(), ...limits.plugins],
    parseOptions: limits.parseOptions,
    // The process owns shutdown (scripts/start.ts closes servers, then databases, in order).
    stopOnTerminationSignals: false,
    validationRules: [scalarLiteralsRule, ...limits.validationRules],
    formatError: (formatted, error) => {
      const refusal = limits.formatRefusal(formatted, error);
      if (refusal) return refusal;
      if (isBadScalarLiteral(error)) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
      return unwrapSubgraphRejection(formatted) ?? formatGatewayError(formatted, error);
    },
  });
  await apollo.start();
  const verifier = createTokenVerifier(options.tokens);
  const http = await serveHttp(limits.capResponses(apollo), {
    port: options.port,
    host: options.host,
    // The subgraphs verify the token too; verifying it here refuses a bad one before any
    // subgraph is asked, and names the caller for the gateway's own use (the rate limit's key).
    context: async (request) => {
      const { authorization } = request.headers;
      const principal = await principalOfAuthorization(authorization, verifier);
      await limits.admit({ subject: principal.kind === 'anonymous' ? undefined : principal.subject, address: request.socket.remoteAddress });
      return { principal, authorization };
    },
  });
  return {
    ...http,
    subgraphUrls,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
