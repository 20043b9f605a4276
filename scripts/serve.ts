import { ConfigError, DOMAINS, loadConfig, type Domain } from '../app/config.ts';
import { MODULES } from '../app/modules.ts';
import { DOMAIN_SUBGRAPHS, startDomainSubgraphs, startIntegration, type DomainSubgraph } from '../app/subgraph-tier.ts';
import { startGateway } from '../gateway/server.ts';
import { connectDb, DatabaseUnreachableError, type Db } from '../lib/db.ts';
import { migrate } from '../lib/migrate.ts';

/**
 * Runs one tier on its own, as a deployment would: `serve.ts subgraphs` starts the four domain
 * subgraphs (app/subgraph-tier.ts) on ERP_DATABASE_URL, PIM_DATABASE_URL, OMS_DATABASE_URL and
 * OPS_DATABASE_URL; `serve.ts integration` starts the integration subgraph and the intake on
 * INTEGRATION_DATABASE_URL, handing events to the subgraphs at ERP_URL and OMS_URL;
 * `serve.ts gateway` starts only the gateway, with ERP_URL, PIM_URL, OMS_URL, OPS_URL and
 * INTEGRATION_URL pointing at running subgraphs. A URL left unset is the default local port.
 */
const role = process.argv[2];
const log = (line: string) => console.log(`[opsgraph:${role}] ${line}`);
const USAGE = 'usage: serve.ts gateway | serve.ts subgraphs | serve.ts integration';

/** A running subgraph's URL from <DOMAIN>_URL, else the configured port on this host. */
function subgraphUrl(domain: Domain, ports: Record<Domain, number>): string {
  return process.env[`${domain.toUpperCase()}_URL`] ?? `http://127.0.0.1:${ports[domain]}/graphql`;
}

async function openDatabases<D extends Domain>(domains: readonly D[], urls: Partial<Record<Domain, string>>): Promise<Record<D, Db>> {
  const dbs = {} as Record<D, Db>;
  for (const domain of domains) {
    dbs[domain] = await connectDb({ name: domain, connectionString: urls[domain]!, log });
    await migrate(dbs[domain], MODULES[domain].migrations);
  }
  return dbs;
}

async function main() {
  if (role === 'gateway') {
    const config = loadConfig();
    for (const warning of config.warnings) log(`warning: ${warning}`);
    const subgraphUrls = Object.fromEntries(DOMAINS.map((d) => [d, subgraphUrl(d, config.subgraphPorts)]));
    const { tokens, subgraphSecret } = config;
    const gateway = await startGateway({ port: config.gatewayPort, host: config.host, subgraphUrls, tokens, subgraphSecret });
    log(`gateway ready at ${gateway.url}`);
    return;
  }
  if (role === 'subgraphs') {
    const config = loadConfig(process.env, { databases: DOMAIN_SUBGRAPHS });
    for (const warning of config.warnings) log(`warning: ${warning}`);
    const dbs = await openDatabases<DomainSubgraph>(DOMAIN_SUBGRAPHS, config.databaseUrls);
    const { subgraphs } = await startDomainSubgraphs(config, dbs, log);
    for (const domain of DOMAIN_SUBGRAPHS) log(`${domain} subgraph ready at ${subgraphs[domain].url}`);
    return;
  }
  if (role === 'integration') {
    const config = loadConfig(process.env, { databases: ['integration'] });
    for (const warning of config.warnings) log(`warning: ${warning}`);
    const { integration: db } = await openDatabases(['integration'], config.databaseUrls);
    const peers = { erp: subgraphUrl('erp', config.subgraphPorts), oms: subgraphUrl('oms', config.subgraphPorts) };
    const integration = await startIntegration(config, db, peers, log);
    log(`integration subgraph ready at ${integration.url}`);
    log(`intake ready at ${integration.intakeUrl}`);
    return;
  }
  throw new ConfigError(USAGE);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  console.error(`opsgraph: ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
  process.exit(1);
});
