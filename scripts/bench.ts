import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEVELOPMENT_TOKEN_SECRET, DOMAINS, type Domain } from '../app/config.ts';
import { TIER_NODE_FLAGS } from '../app/node-flags.ts';
import { benchDatabases } from '../bench/databases.ts';
import { runLoad, type LoadResult } from '../bench/load.ts';
import { peakRssMiB, spawnScript } from '../bench/processes.ts';
import { SCENARIOS, type Scenario } from '../bench/scenarios.ts';
import { signToken } from '../lib/identity.ts';

/**
 * `npm run bench`: the real stack on real PostgreSQL (subgraphs in one process, the gateway in
 * another, each with the heap settings of app/node-flags.ts, the load generator in this one), driven by concurrent clients. Prints throughput,
 * latency percentiles, SQL statements per request and the gateway's peak memory, and writes the
 * figures to .bench/results-scale-N.json.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string' },
    scenario: { type: 'string', multiple: true },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const connectionsOverride = values.connections === undefined ? undefined : Number(values.connections);
const adminUrl = process.env.OPSGRAPH_BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (line: string) => console.log(`[bench] ${line}`);

async function sqlStatements(urls: Record<Domain, string>): Promise<Record<Domain, number>> {
  const counts = await Promise.all(
    DOMAINS.map(async (domain) => {
      const metrics = (await (await fetch(urls[domain].replace(/\/graphql$/, '/metrics'))).json()) as { sqlStatements: number };
      return [domain, metrics.sqlStatements] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<Domain, number>;
}

/**
 * The bench's own bearer token for a scenario's caller. The gateway it starts verifies tokens with
 * the development secret (pinned below, whatever this shell's OPSGRAPH_TOKEN_SECRET says); a token
 * is signed per scenario and lasts an hour, far longer than a scenario runs.
 */
function callerHeaders(caller: Scenario['caller']): Record<string, string> {
  if (caller === 'anonymous') return {};
  const now = Math.floor(Date.now() / 1000);
  const claims = caller === 'staff' ? { role: 'staff' as const } : { role: 'buyer' as const, acct: caller.buyer };
  return { authorization: `Bearer ${signToken({ sub: 'bench', ...claims, iat: now, exp: now + 3600 }, DEVELOPMENT_TOKEN_SECRET)}` };
}

async function main() {
  const databaseUrls = await benchDatabases(adminUrl, scale, log);
  const subgraphs = await spawnScript(
    ['scripts/serve.ts', 'subgraphs'],
    {
      ERP_DATABASE_URL: databaseUrls.erp, PIM_DATABASE_URL: databaseUrls.pim, OMS_DATABASE_URL: databaseUrls.oms,
      OPS_DATABASE_URL: databaseUrls.ops,
      ERP_PORT: '0', PIM_PORT: '0', OMS_PORT: '0', OPS_PORT: '0',
      // As deployed (README): graphql-js skips its development-time checks (about 7% of the subgraphs' CPU).
      NODE_ENV: 'production',
    },
    /(erp|pim|oms|ops) subgraph ready at (\S+)/,
    DOMAINS.length,
    TIER_NODE_FLAGS.subgraphs,
  );
  const subgraphUrls = Object.fromEntries(subgraphs.matches.map(([domain, url]) => [domain, url])) as Record<Domain, string>;
  const gateway = await spawnScript(
    ['scripts/serve.ts', 'gateway'],
    {
      PORT: '0', ERP_URL: subgraphUrls.erp, PIM_URL: subgraphUrls.pim, OMS_URL: subgraphUrls.oms, OPS_URL: subgraphUrls.ops,
      OPSGRAPH_TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET,
    },
    /gateway ready at (\S+)/,
    1,
    TIER_NODE_FLAGS.gateway,
  );
  const gatewayUrl = gateway.matches[0]![0]!;
  const results: Record<string, Figures> = {};
  try {
    const selected = SCENARIOS.filter((s) => !values.scenario || values.scenario.includes(s.name));
    for (const scenario of selected) {
      const headers = callerHeaders(scenario.caller);
      const bodies = await scenario.prepare(gatewayUrl, headers);
      const connections = connectionsOverride ?? scenario.connections;
      log(`${scenario.name}: warming up ...`);
      await runLoad({ url: gatewayUrl, connections, seconds: 3, body: (i) => bodies[i % bodies.length]!, headers });
      const before = await sqlStatements(subgraphUrls);
      log(`${scenario.name}: ${connections} clients for ${seconds} s ...`);
      const load = await runLoad({ url: gatewayUrl, connections, seconds, body: (i) => bodies[i % bodies.length]!, headers });
      const after = await sqlStatements(subgraphUrls);
      const sqlPerRequest = Object.fromEntries(
        DOMAINS.map((d) => [d, Math.round(((after[d] - before[d]) / load.requests) * 100) / 100]),
      ) as Record<Domain, number>;
      results[scenario.name] = { ...load, connections, sqlPerRequest, gatewayPeakRssMiB: peakRssMiB(gateway.child.pid!) };
      print(scenario.name, scenario.description, results[scenario.name]!);
    }
  } finally {
    gateway.child.kill('SIGTERM');
    subgraphs.child.kill('SIGTERM');
  }
  mkdirSync('.bench', { recursive: true });
  writeFileSync(`.bench/results-scale-${scale}.json`, JSON.stringify({ scale, seconds, at: new Date().toISOString(), results }, null, 2));
  log(`figures written to .bench/results-scale-${scale}.json`);
}

type Figures = LoadResult & { connections: number; sqlPerRequest: Record<Domain, number>; gatewayPeakRssMiB: number | null };

function print(name: string, description: string, r: Figures) {
  const sqlTotal = DOMAINS.reduce((sum, d) => sum + r.sqlPerRequest[d], 0);
  console.log(
    [
      `\n${name}: ${description}`,
      `  requests/s        ${r.requestsPerSecond.toFixed(1)}  (${r.requests} requests, ${r.errors} errors, ${r.connections} clients, ${r.seconds.toFixed(1)} s)`,
      `  latency ms        p50 ${r.latencyMs.p50.toFixed(1)}  p95 ${r.latencyMs.p95.toFixed(1)}  p99 ${r.latencyMs.p99.toFixed(1)}  max ${r.latencyMs.max.toFixed(1)}`,
      `  SQL per request   ${sqlTotal.toFixed(2)}  (${DOMAINS.map((d) => `${d} ${r.sqlPerRequest[d]}`).join(', ')})`,
      `  gateway peak RSS  ${r.gatewayPeakRssMiB?.toFixed(0) ?? 'n/a'} MiB`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
