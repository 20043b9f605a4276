import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Db } from './db.ts';
import { formatError } from './format-error.ts';
import { serveHttp, type RunningServer } from './http.ts';

/** What a domain folder hands to the shared runner: its SDL, resolvers and per-request context. */
export interface SubgraphModule<Context extends object> {
  name: string;
  /** Path of the domain's schema.graphql. */
  schemaPath: URL;
  resolvers: unknown;
  /**
   * Builds one request's context: the database and fresh DataLoaders, plus anything the domain
   * reads from the request's headers (e.g. who is making a change).
   */
  createContext: (db: Db, request?: RequestHeaders) => Context;
  /**
   * Rebuilds the domain's pre-aggregated KPI tables from its raw tables. Called after a bulk load
   * (seeding) and by `npm run refresh`; the domain keeps them current for its own writes.
   */
  refreshAggregates?: (db: Db) => Promise<void>;
}

/** The part of an HTTP request a context may read. */
export interface RequestHeaders {
  headers: Record<string, string | string[] | undefined>;
}

export interface StartedSubgraph extends RunningServer {
  name: string;
  db: Db;
}

export function buildSchemaFor<Context extends object>(module: SubgraphModule<Context>) {
  const typeDefs = parse(readFileSync(module.schemaPath, 'utf8'));
  return buildSubgraphSchema({ typeDefs, resolvers: module.resolvers as Parameters<typeof buildSubgraphSchema>[0] extends { resolvers?: infer R } ? R : never });
}

export async function startSubgraph<Context extends object>(
  module: SubgraphModule<Context>,
  db: Db,
  options: { port: number; host?: string },
): Promise<StartedSubgraph> {
  const apollo = new ApolloServer<Context>({
    schema: buildSchemaFor(module),
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown (scripts/start.ts closes servers, then databases, in order).
    stopOnTerminationSignals: false,
    // Traces are for Apollo's hosted reporting, which this graph does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: formatError(module.name),
  });
  await apollo.start();
  const http = await serveHttp(apollo, {
    ...options,
    context: async (request) => module.createContext(db, request),
    metrics: () => ({ service: module.name, sqlStatements: db.stats.statements }),
  });
  return {
    ...http,
    name: module.name,
    db,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
