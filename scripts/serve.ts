import { ConfigError, DOMAINS, loadConfig } from '../app/config.ts';
import { MODULES } from '../app/modules.ts';
import { startGateway } from '../gateway/server.ts';
import { connectDb, DatabaseUnreachableError } from '../lib/db.ts';
import { migrate } from '../lib/migrate.ts';
import { peerCaller } from '../lib/peers.ts';
import { startSubgraph } from '../lib/subgraph.ts';
import { startIntakeServer } from '../subgraphs/ops/intake/server.ts';

/**
 * Runs one tier on its own, as a deployment would: `serve.ts subgraphs` starts the four
 * subgraphs on the configured PostgreSQL databases; `serve.ts gateway` starts only the gateway,
 * with ERP_URL, PIM_URL and OMS_URL pointing at running subgraphs.
 */
const role = process.argv[2];
const log = (line: string) => console.log(`[opsgraph:${role}] ${line}`);

async function main() {
  const config = loadConfig();
  for (const warning of config.warnings) log(`warning: ${warning}`);
  if (role === 'gateway') {
    const subgraphUrls = Object.fromEntries(
      DOMAINS.map((d) => [d, process.env[`${d.toUpperCase()}_URL`] ?? `http://127.0.0.1:${config.subgraphPorts[d]}/graphql`]),
    );
    const { tokenSecret, subgraphSecret } = config;
    const gateway = await startGateway({ port: config.gatewayPort, host: config.host, subgraphUrls, tokenSecret, subgraphSecret });
    log(`gateway ready at ${gateway.url}`);
    return;
  }
  if (role !== 'subgraphs' || config.mode !== 'postgres') {
    throw new ConfigError('usage: serve.ts gateway | serve.ts subgraphs (the latter needs the four *_DATABASE_URL variables)');
  }
  const urls: Partial<Record<string, string>> = {};
  for (const domain of DOMAINS) {
    const db = await connectDb({ name: domain, connectionString: config.databaseUrls[domain]!, log });
    await migrate(db, MODULES[domain].migrations);
    // ops hands integration events to the ERP and OMS (started before it, here or at ERP_URL/OMS_URL).
    const peers = domain === 'ops'
      ? peerCaller({ erp: process.env.ERP_URL ?? urls.erp, oms: process.env.OMS_URL ?? urls.oms }, config.subgraphSecret, 'ops-intake')
      : undefined;
    const subgraph = await startSubgraph(MODULES[domain].module, db, {
      port: config.subgraphPorts[domain],
      host: config.host,
      subgraphSecret: config.subgraphSecret,
      peers,
      aggregateRefreshDelayMs: config.aggregateRefreshDelayMs,
      log,
    });
    urls[domain] = subgraph.url;
    log(`${domain} subgraph ready at ${subgraph.url}`);
    if (domain === 'ops') {
      const intake = await startIntakeServer(
        { db, peers: peers!, log, now: () => new Date(), batchSize: config.intakeBatchSize },
        { port: config.intakePort, host: config.host, tokenSecret: config.tokenSecret, webhookUrl: config.alertWebhookUrl, intervalMs: config.feedIntervalMs },
      );
      log(`intake ready at ${intake.url}`);
    }
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  console.error(`opsgraph: ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
  process.exit(1);
});
