import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Db } from './db.ts';
import { unauthenticated } from './errors.ts';
import { formatError } from './format-error.ts';
import { serveHttp, type HttpRoute, type RunningServer } from './http.ts';
import { deferredTask } from './deferred-task.ts';
import type { PeerCaller } from './peers.ts';
import { ANONYMOUS, decodePrincipalAssertion, IdentityError, PRINCIPAL_HEADER, type Principal } from './identity.ts';

/** What a domain folder hands to the shared runner: its SDL, resolvers and per-request context. */
export interface SubgraphModule<Context extends object> {
  name: string;
  /** Path of the domain's schema.graphql. */
  schemaPath: URL;
  resolvers: unknown;
  /**
   * Builds one request's context: the database and fresh DataLoaders, the caller's principal,
   * plus anything the domain reads from the request's headers (e.g. who is making a change).
   */
  createContext: (db: Db, request: SubgraphRequest) => Context;
  /**
   * Rebuilds the domain's pre-aggregated KPI tables from its raw tables. Called after a bulk load
   * (seeding) and by `npm run refresh`; the domain keeps them current for its own writes.
   */
  refreshAggregates?: (db: Db) => Promise<void>;
}

/** What a context may read of one request: its headers and the caller the gateway vouched for. */
export interface SubgraphRequest {
  headers: Record<string, string | string[] | undefined>;
  /** Who is asking, from the gateway's signed assertion; anonymous when the request carries none. */
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
  /** Checks the gateway's principal assertions (OPSGRAPH_SUBGRAPH_SECRET). */
  subgraphSecret: string;
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
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    formatError: formatError(module.name),
  });
  await apollo.start();
  const refresh = module.refreshAggregates;
  const aggregates = refresh && options.aggregateRefreshDelayMs !== undefined
    ? deferredTask(() => refresh(db), options.aggregateRefreshDelayMs, (error) => options.log?.(`${module.name}: KPI aggregates not rebuilt: ${error.message}`))
    : null;
  const aggregatesChanged = () => aggregates?.request();
  const http = await serveHttp(apollo, {
    port: options.port,
    host: options.host,
    context: async ({ headers }) => {
      const principal = principalOf(headers[PRINCIPAL_HEADER], options.subgraphSecret);
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

/**
 * A request without an assertion did not come through the gateway on someone's behalf: anonymous.
 * A bad or stale assertion is refused with 401, never read as anonymous, so a forgery is visible.
 */
function principalOf(assertion: string | string[] | undefined, secret: string): Principal {
  if (assertion === undefined) return ANONYMOUS;
  try {
    return decodePrincipalAssertion(Array.isArray(assertion) ? assertion.join(', ') : assertion, secret);
  } catch (error) {
    if (error instanceof IdentityError) throw unauthenticated(error.message);
    throw error;
  }
}
