import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Db } from './db.ts';
import { formatError } from './format-error.ts';
import { serveHttp, type HttpRoute, type RunningServer } from './http.ts';
import { nulBytesPlugin } from './nul-bytes.plugin.ts';
import { deferredTask } from './deferred-task.ts';
import type { PeerCaller } from './peers.ts';
import { principalOfAuthorization } from './authentication.ts';
import type { Principal } from './identity.ts';
import { credentialCheck, GATEWAY_CREDENTIAL_HEADER } from './subgraph-trust.ts';
import { createTokenVerifier, type TokenSettings } from './tokens.ts';

/** What a domain folder hands to the shared runner: its SDL, resolvers and per-request context. */
export interface SubgraphModule<Context extends object> {
  name: string;
  /** Path of the domain's schema.graphql. */
  schemaPath: URL;
  resolvers: unknown;
  /**
   * Builds one request's context: the database and fresh DataLoaders, the caller's principal,
   * plus anything the domain reads from the request's headers.
   */
  createContext: (db: Db, request: SubgraphRequest) => Context;
  /**
   * Rebuilds the domain's pre-aggregated KPI tables from its raw tables. Called after a bulk load
   * (seeding) and by `npm run refresh`; the domain keeps them current for its own writes.
   */
  refreshAggregates?: (db: Db) => Promise<void>;
}

/** What a context may read of one request: its headers and who is asking. */
export interface SubgraphRequest {
  headers: Record<string, string | string[] | undefined>;
  /** Who is asking, from the bearer token the gateway forwards (or a peer's service token); anonymous without one. */
  principal: Principal;
  /** Calls to other subgraphs as this service (lib/peers.ts); null when started without them. */
  peers: PeerCaller | null;
  /**
   * Says the domain's own writes changed what its KPI aggregates are built from: they are rebuilt
   * a little later (SubgraphOptions.aggregateRefreshDelayMs), once for a burst of writes.
   */
  aggregatesChanged: () => void;
}

export interface SubgraphOptions {
  port: number;
  host?: string;
  /** Derives the gateway credential this subgraph requires and the key of service tokens (OPSGRAPH_SUBGRAPH_SECRET). */
  subgraphSecret: string;
  /** How the callers' bearer tokens are verified: as the gateway verifies them. */
  tokens: TokenSettings;
  /** Other subgraphs this one may call as a service (the integration intake hands events to the ERP and OMS). */
  peers?: PeerCaller;
  /**
   * How long after the domain's own writes (integration events applied) its KPI aggregates are
   * rebuilt (OPSGRAPH_AGGREGATE_REFRESH_DELAY_MS); unset, they wait for the next full refresh.
   */
  aggregateRefreshDelayMs?: number;
  /** Paths served beside /graphql on the same port (the integration service's intake). */
  routes?: readonly HttpRoute[];
  log?: (line: string) => void;
}

export interface StartedSubgraph extends RunningServer {
  name: string;
  db: Db;
  /** Rebuilds now the aggregates the domain's writes asked for, and waits; for tests. */
  flushAggregates(): Promise<void>;
}

export function buildSchemaFor<Context extends object>(module: SubgraphModule<Context>) {
  const typeDefs = parse(readFileSync(module.schemaPath, 'utf8'));
  return buildSubgraphSchema({ typeDefs, resolvers: module.resolvers as Parameters<typeof buildSubgraphSchema>[0] extends { resolvers?: infer R } ? R : never });
}

export async function startSubgraph<Context extends object>(
  module: SubgraphModule<Context>,
  db: Db,
  options: SubgraphOptions,
): Promise<StartedSubgraph> {
  const apollo = new ApolloServer<Context>({
    schema: buildSchemaFor(module),
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (scripts/start.ts closes servers, then databases, in order).
    stopOnTerminationSignals: false,
    // Traces are for Apollo's hosted reporting, which this graph does not use. Cache hints are
    // unused too (no @cacheControl anywhere; every answer is live data), yet the default cache
    // control plugin wraps every field resolver to compute them, per field of every entity. The
    // gateway treats a subgraph answer without a cache-control header as uncacheable, so what
    // clients receive (`cache-control: no-store`) is unchanged.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), nulBytesPlugin<Context>()],
    formatError: formatError(module.name),
  });
  await apollo.start();
  const refresh = module.refreshAggregates;
  const aggregates = refresh && options.aggregateRefreshDelayMs !== undefined
    ? deferredTask(() => refresh(db), options.aggregateRefreshDelayMs, (error) => options.log?.(`${module.name}: KPI aggregates not rebuilt: ${error.message}`))
    : null;
  const aggregatesChanged = () => aggregates?.request();
  const hasCredential = credentialCheck(options.subgraphSecret, module.name);
  const verifier = createTokenVerifier(options.tokens, { subgraphSecret: options.subgraphSecret, audience: module.name });
  const http = await serveHttp(apollo, {
    port: options.port,
    host: options.host,
    // Everything a subgraph serves (its SDL, _entities, fields that exist only for @requires) is
    // for the gateway alone; anyone else is refused before the operation is even parsed.
    admit: ({ headers }) => {
      const credential = headers[GATEWAY_CREDENTIAL_HEADER];
      if (hasCredential(credential)) return null;
      const problem = credential === undefined ? 'is missing' : `is not the ${module.name} subgraph's credential`;
      return `the ${module.name} subgraph answers only the gateway: the ${GATEWAY_CREDENTIAL_HEADER} header ${problem}`;
    },
    context: async ({ headers }) => {
      const principal = await principalOfAuthorization(headers.authorization, verifier);
      return module.createContext(db, { headers, principal, peers: options.peers ?? null, aggregatesChanged });
    },
    metrics: () => ({ service: module.name, sqlStatements: db.stats.statements }),
    routes: options.routes,
  });
  return {
    ...http,
    name: module.name,
    db,
    flushAggregates: async () => aggregates?.flush(),
    close: async () => {
      await http.close();
      await apollo.stop();
      await aggregates?.close();
    },
  };
}
