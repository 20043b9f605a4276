import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { formatError } from '../lib/format-error.ts';
import { serveHttp, type RunningServer } from '../lib/http.ts';
import { encodePrincipalAssertion, PRINCIPAL_HEADER, type Principal } from '../lib/identity.ts';
import { supergraphPath } from '../schema/compose.ts';
import { principalOfAuthorization } from './authentication.ts';
import { operationResolutionPlugin } from './operation-resolution.plugin.ts';
import { isBadScalarLiteral, scalarLiteralsRule } from './scalar-literals.rule.ts';
import { subgraphFetcher } from './subgraph-fetcher.ts';
import { unwrapSubgraphRejection } from './subgraph-errors.ts';

// The gateway reports anonymous usage to Apollo unless told not to; this graph runs offline.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const formatGatewayError = formatError('gateway');

/** The request header naming the person or system making a change; forwarded to subgraphs. */
const ACTOR_HEADER = 'x-opsgraph-actor';

interface GatewayContext {
  /** Who is asking, verified from the bearer token; anonymous without one. */
  principal: Principal;
  actor?: string;
}

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Subgraph name -> URL, overriding the URLs recorded in the supergraph. */
  subgraphUrls?: Partial<Record<string, string>>;
  /** Verifies the callers' bearer tokens (OPSGRAPH_TOKEN_SECRET). */
  tokenSecret: string;
  /** Signs the principal assertion each subgraph call carries (OPSGRAPH_SUBGRAPH_SECRET). */
  subgraphSecret: string;
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
  const fetcher = subgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name, url }) => {
      const resolved = options.subgraphUrls?.[name] ?? url;
      if (!resolved) throw new Error(`no URL for subgraph ${name}`);
      subgraphUrls[name] = resolved;
      return new RemoteGraphQLDataSource<GatewayContext>({
        url: resolved,
        fetcher,
        willSendRequest({ request, context }) {
          const headers = request.http?.headers;
          // Set on every call, signed afresh: a principal header a client sent never reaches a
          // subgraph, and a captured assertion expires within a minute.
          headers?.set(PRINCIPAL_HEADER, encodePrincipalAssertion(context.principal, options.subgraphSecret));
          // Who made a change travels to the subgraph that audits it (ops' scorecard changes).
          if (context.actor) headers?.set(ACTOR_HEADER, context.actor);
        },
      });
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
    plugins: [ApolloServerPluginCacheControlDisabled(), operationResolutionPlugin<GatewayContext>()],
    // The process owns shutdown (scripts/start.ts closes servers, then databases, in order).
    stopOnTerminationSignals: false,
    validationRules: [scalarLiteralsRule],
    formatError: (formatted, error) => {
      if (isBadScalarLiteral(error)) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
      return unwrapSubgraphRejection(formatted) ?? formatGatewayError(formatted, error);
    },
  });
  await apollo.start();
  const http = await serveHttp(apollo, {
    port: options.port,
    host: options.host,
    context: async (request) => {
      const principal = principalOfAuthorization(request.headers.authorization, options.tokenSecret);
      return { principal, actor: actorOf(request.headers[ACTOR_HEADER], principal) };
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

/** The x-opsgraph-actor header when given, else the signed-in caller's user id. */
function actorOf(header: string | string[] | undefined, principal: Principal): string | undefined {
  const named = typeof header === 'string' ? header.trim() : '';
  if (named) return named;
  return principal.kind === 'anonymous' ? undefined : principal.subject;
}
