import type { Db } from '../../lib/db.ts';
import type { PeerCaller } from '../../lib/peers.ts';
import { startSubgraph, type StartedSubgraph, type SubgraphModule } from '../../lib/subgraph.ts';
import { createContext, type Context } from './context.ts';
import { intakeRoute, startIntakePasses, type IntakeServerOptions } from './intake/server.ts';
import { resolvers } from './resolvers/index.ts';

/** The integration subgraph: the event queue of both intake lanes, trading partners and alerts. */
export const integrationSubgraph: SubgraphModule<Context> = {
  name: 'integration',
  schemaPath: new URL('./schema.graphql', import.meta.url),
  resolvers,
  createContext,
};

export const integrationMigrations = new URL('./db/migrations/', import.meta.url);

export interface IntegrationServiceOptions extends IntakeServerOptions {
  port: number;
  host?: string;
  /** Derives the gateway credential this subgraph requires and the key of service tokens (OPSGRAPH_SUBGRAPH_SECRET). */
  subgraphSecret: string;
  /** Calls to the ERP and OMS: the intake hands them events and asks the OMS to open exceptions. */
  peers: PeerCaller;
  /** Events handed to a domain per call (OPSGRAPH_INTAKE_BATCH_SIZE). */
  batchSize: number;
  log: (line: string) => void;
}

export interface StartedIntegrationService extends StartedSubgraph {
  /** The intake's base URL: POST `${intakeUrl}/x12` and `${intakeUrl}/events`. */
  intakeUrl: string;
  /** Runs the intake's periodic pass now: pending events, exceptions, alerts and their delivery. */
  tick(): Promise<void>;
}

/**
 * The integration service: one HTTP server answers the subgraph at /graphql and the intake at
 * /intake/*, on the integration database; the intake's periodic passes run beside it.
 */
export async function startIntegrationService(db: Db, options: IntegrationServiceOptions): Promise<StartedIntegrationService> {
  const deps = { db, peers: options.peers, log: options.log, now: () => new Date(), batchSize: options.batchSize };
  const passes = await startIntakePasses(deps, options);
  let subgraph: StartedSubgraph;
  try {
    subgraph = await startSubgraph(integrationSubgraph, db, {
      port: options.port,
      host: options.host,
      subgraphSecret: options.subgraphSecret,
      tokens: options.tokens,
      peers: options.peers,
      routes: [intakeRoute(deps, options)],
      log: options.log,
    });
  } catch (error) {
    await passes.close();
    throw error;
  }
  return {
    ...subgraph,
    intakeUrl: subgraph.url.replace(/\/graphql$/, '/intake'),
    tick: passes.tick,
    close: async () => {
      await passes.close();
      await subgraph.close();
    },
  };
}
