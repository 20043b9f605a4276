import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { Fetcher } from '@apollo/utils.fetcher';
import { formatError } from '../lib/format-error.ts';
import { serveHttp, type RunningServer } from '../lib/http.ts';
import { supergraphPath } from '../schema/compose.ts';
import { isBadScalarLiteral, scalarLiteralsRule } from './scalar-literals.rule.ts';
import { unwrapSubgraphRejection } from './subgraph-errors.ts';

// The gateway reports anonymous usage to Apollo unless told not to; this graph runs offline.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const formatGatewayError = formatError('gateway');

/** The request header naming the person or system making a change; forwarded to subgraphs. */
const ACTOR_HEADER = 'x-opsgraph-actor';

interface GatewayContext {
  actor?: string;
}

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Subgraph name -> URL, overriding the URLs recorded in the supergraph. */
  subgraphUrls?: Partial<Record<string, string>>;
}

export interface StartedGateway extends RunningServer {
  subgraphUrls: Record<string, string>;
}

/**
 * The gateway loads the committed supergraph (composed offline by `npm run compose`); it never
 * introspects subgraphs at run time. Subgraph calls use Node's own fetch, which keeps connections
 * alive between requests.
 */
export async function startGateway(options: GatewayOptions): Promise<StartedGateway> {
  const subgraphUrls: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name, url }) => {
      const resolved = options.subgraphUrls?.[name] ?? url;
      if (!resolved) throw new Error(`no URL for subgraph ${name}`);
      subgraphUrls[name] = resolved;
      return new RemoteGraphQLDataSource<GatewayContext>({
        url: resolved,
        fetcher: fetch as unknown as Fetcher,
        // Who made a change travels to the subgraph that audits it (ops' scorecard changes).
        willSendRequest({ request, context }) {
          if (context.actor) request.http?.headers.set(ACTOR_HEADER, context.actor);
        },
      });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    // @apollo/gateway 2 implements the gateway interface Apollo Server 5 expects; only the
    // interface package versions differ.
    gateway: gateway as unknown as ConstructorParameters<typeof ApolloServer>[0] extends { gateway?: infer G } ? G : never,
    includeStacktraceInErrorResponses: false,
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
      const actor = request.headers[ACTOR_HEADER];
      return { actor: typeof actor === 'string' && actor.trim() ? actor.trim() : undefined };
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
