import { ConfigError, loadConfig } from '../app/config.ts';
import { startStack } from '../app/stack.ts';
import { DatabaseUnreachableError } from '../lib/db.ts';

/**
 * `npm start`: the whole graph in one process. With no configuration it runs on embedded PGlite
 * databases (generated on the first start, reused afterwards); with ERP_DATABASE_URL,
 * PIM_DATABASE_URL, OMS_DATABASE_URL, OPS_DATABASE_URL and INTEGRATION_DATABASE_URL it runs on
 * real PostgreSQL.
 */
// Anonymous, so it reads what any visitor may: stock bands; exact figures need a signed-in caller.
const FIRST_QUERY = `{
  products(first: 3, filter: { family: ["fasteners"] }) {
    edges { node { sku name itemMaster { velocityTier listPrice { amount } } availability { network { band } } } }
  }
}`;

const log = (line: string) => console.log(`[opsgraph] ${line}`);

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  log(config.mode === 'embedded' ? 'no database URLs set: running on embedded PGlite databases' : 'running on PostgreSQL');
  for (const warning of config.warnings) log(`warning: ${warning}`);
  const stack = await startStack(config, log);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const [name, subgraph] of Object.entries(stack.subgraphs)) log(`${name} subgraph at ${subgraph.url}`);
  log(`intake at ${stack.integration.intakeUrl} (POST /x12, POST /events, GET /events/schema; staff bearer token)`);
  log(`gateway ready at ${stack.gateway.url} (started in ${seconds} s)`);
  log(`try:\ncurl -s ${stack.gateway.url} -H 'content-type: application/json' \\\n  -d '${JSON.stringify({ query: FIRST_QUERY.replace(/\s+/g, ' ') })}'`);
  log('exact stock figures are for signed-in callers: add -H "authorization: Bearer $(npm run -s token -- --role buyer --account ACCT-0001)"');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    // A connection that will not finish must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    await stack.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnreachableError) {
    console.error(`opsgraph: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    const address = error as NodeJS.ErrnoException & { port?: number };
    console.error(`opsgraph: port ${address.port ?? ''} is already in use; set PORT, ERP_PORT, PIM_PORT, OMS_PORT, OPS_PORT or INTAKE_PORT`);
  } else {
    console.error('opsgraph: failed to start:', error);
  }
  process.exit(1);
});
