import { ConfigError, DOMAINS, loadConfig, type Domain } from '../app/config.ts';
import { MODULES } from '../app/modules.ts';
import { startSubgraphTier } from '../app/subgraph-tier.ts';
import { startGateway } from '../gateway/server.ts';
import { connectDb, DatabaseUnreachableError, type Db } from '../lib/db.ts';
import { migrate } from '../lib/migrate.ts';

/**
 * Runs one tier on its own, as a deployment would: `serve.ts subgraphs` starts the four
 * subgraphs and the intake (app/subgraph-tier.ts) on the configured PostgreSQL databases;
 * `serve.ts gateway` starts only the gateway, with ERP_URL, PIM_URL, OMS_URL and OPS_URL pointing
 * at running subgraphs.
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
    const { tokens, subgraphSecret } = config;
    const gateway = await startGateway({ port: config.gatewayPort, host: config.host, subgraphUrls, tokens, subgraphSecret });
    log(`gateway ready at ${gateway.url}`);
    return;
  }
  if (role !== 'subgraphs' || config.mode !== 'postgres') {
    throw new ConfigError('usage: serve.ts gateway | serve.ts subgraphs (the latter needs the four *_DATABASE_URL variables)');
  }
  const dbs = {} as Record<Domain, Db>;
  for (const domain of DOMAINS) {
    dbs[domain] = await connectDb({ name: domain, connectionString: config.databaseUrls[domain]!, log });
    await migrate(dbs[domain], MODULES[domain].migrations);
  }
  const { subgraphs, intake } = await startSubgraphTier(config, dbs, log);
  for (const domain of DOMAINS) log(`${domain} subgraph ready at ${subgraphs[domain].url}`);
  log(`intake ready at ${intake.url}`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  console.error(`opsgraph: ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
  process.exit(1);
});
