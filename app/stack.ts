import { connectDb, type Db } from '../lib/db.ts';
import { migrate } from '../lib/migrate.ts';
import type { StartedSubgraph } from '../lib/subgraph.ts';
import { startGateway, type StartedGateway } from '../gateway/server.ts';
import type { StartedIntegrationService } from '../subgraphs/integration/server.ts';
import { refreshAggregates } from './aggregates.ts';
import { relayDocumentationDisputes } from './feeds.ts';
import { DOMAINS, type Config, type Domain } from './config.ts';
import { ensureDataset, type DatasetState } from './dataset.ts';
import { startSubgraphTier } from './subgraph-tier.ts';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded.ts';
import { MODULES } from './modules.ts';

export interface Stack {
  gateway: StartedGateway;
  integration: StartedIntegrationService;
  subgraphs: Record<Domain, StartedSubgraph>;
  dataset: DatasetState;
  close(): Promise<void>;
}

/**
 * Opens the five databases (embedded PGlite or real PostgreSQL), migrates them, makes sure the
 * embedded ones hold the demo dataset, then starts the subgraphs, the intake and the gateway.
 * Whatever was opened is closed again if a later step fails.
 */
export async function startStack(config: Config, log: (line: string) => void): Promise<Stack> {
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };
  try {
    const embedded: Partial<Record<Domain, EmbeddedDatabase>> = {};
    if (config.mode === 'embedded') {
      log(`opening embedded databases in ${config.dataDir} ...`);
      await Promise.all(
        DOMAINS.map(async (domain) => {
          const database = await openEmbeddedDatabase(config.dataDir, domain);
          embedded[domain] = database;
          closers.push(() => database.close());
        }),
      );
    }
    const dbs = {} as Record<Domain, Db>;
    const migrated: Partial<Record<Domain, Db>> = {};
    for (const domain of DOMAINS) {
      const connectionString = embedded[domain]?.connectionString ?? config.databaseUrls[domain]!;
      const db = await connectDb({ name: domain, connectionString, maxConnections: embedded[domain] ? 1 : 10, sharedSession: Boolean(embedded[domain]), log });
      closers.push(() => db.close());
      dbs[domain] = db;
      const applied = await migrate(db, MODULES[domain].migrations);
      if (applied.length > 0) {
        log(`${domain}: applied migrations ${applied.join(', ')}`);
        migrated[domain] = db;
      }
    }
    const dataset = await ensureDataset(dbs, embedded, config, log);
    await relayDocumentationDisputes(dbs, log);
    // New data fills every aggregate; new migrations may add aggregates existing data has not filled.
    await refreshAggregates(dataset.status === 'generated' ? dbs : migrated, log);
    const { subgraphs, integration, close: closeTier } = await startSubgraphTier(config, dbs, log);
    closers.push(closeTier);
    const gateway = await startGateway({
      port: config.gatewayPort,
      host: config.host,
      subgraphUrls: Object.fromEntries(DOMAINS.map((d) => [d, subgraphs[d].url])),
      tokens: config.tokens,
      subgraphSecret: config.subgraphSecret,
    });
    closers.push(() => gateway.close());
    closers.push(relayPeriodically(dbs, config.feedIntervalMs, log));
    return { gateway, integration, subgraphs, dataset, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * Keeps relaying what the ERP publishes while the graph runs, one run at a time; returns the
 * closer that stops it and waits for a run in progress.
 */
function relayPeriodically(dbs: Record<Domain, Db>, intervalMs: number, log: (line: string) => void): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => relayDocumentationDisputes(dbs, log)).catch((error: unknown) => {
      log(`documentation disputes: relay failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
