import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DOMAINS, type Domain } from '../app/config.ts';
import { TIER_NODE_FLAGS } from '../app/node-flags.ts';
import { DOMAIN_SUBGRAPHS, type DomainSubgraph } from '../app/subgraph-tier.ts';
import { benchDatabases } from '../bench/databases.ts';
import { runLoad, type LoadResult } from '../bench/load.ts';
import { cpuPerRequest, cpuReading, type CpuPerRequest } from '../bench/cpu.ts';
import { peakRssMiB, spawnScript } from '../bench/processes.ts';
import { SCENARIOS, type Scenario } from '../bench/scenarios.ts';
import { BENCH_PARTNER, INTAKE_SCENARIOS, intakeDatabases, type IntakeFigures, type IntakeScenario } from '../bench/intake.ts';
import { DEMO_TRADING_PARTNERS } from '../seed/partners.ts';
import { signToken } from '../lib/identity.ts';

/**
 * `npm run bench`: the real stack on real PostgreSQL (the domain subgraphs in one process, the
 * integration service in another, the gateway in a third, each with the heap settings of
 * app/node-flags.ts, the load generator in this one).
 * Read scenarios: concurrent clients on the gateway; throughput, latency percentiles, SQL
 * statements and CPU milliseconds per request (by tier), and the gateway's peak memory. Intake scenarios: bulk EDI and API events
 * posted to the intake, on a copy of the databases; transactions per second. The figures are
 * also written to .bench/results-scale-N.json.
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

/**
 * Secrets of this run's own for both tiers: they run in production mode, which refuses the
 * development secrets (app/identity-config.ts), and a shell's OPSGRAPH_* settings must not change
 * what is measured.
 */
const BENCH_SECRETS = {
  OPSGRAPH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
  OPSGRAPH_SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
  OPSGRAPH_JWKS_URL: '',
};

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
 * The bench's own bearer token for a scenario's caller, signed with the run's token secret; a
 * token is signed per scenario and lasts an hour, far longer than a scenario runs.
 */
function callerHeaders(caller: Scenario['caller']): Record<string, string> {
  if (caller === 'anonymous') return {};
  const now = Math.floor(Date.now() / 1000);
  const claims = caller === 'staff' ? { role: 'staff' as const } : { role: 'buyer' as const, acct: caller.buyer };
  return { authorization: `Bearer ${signToken({ sub: 'bench', ...claims, iat: now, exp: now + 3600 }, BENCH_SECRETS.OPSGRAPH_TOKEN_SECRET)}` };
}

async function main() {
  const databaseUrls = await benchDatabases(adminUrl, scale, log);
  const wanted = (name: string) => !values.scenario || values.scenario.includes(name);
  const known = [...SCENARIOS, ...INTAKE_SCENARIOS].map((s) => s.name);
  const unknown = (values.scenario ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}; the scenarios are ${known.join(', ')}`);
  const results: Record<string, Figures | IntakeFigures> = {};
  const readScenarios = SCENARIOS.filter((s) => wanted(s.name));
  if (readScenarios.length > 0) Object.assign(results, await runReadScenarios(databaseUrls, readScenarios));
  const intakeScenarios = INTAKE_SCENARIOS.filter((s) => wanted(s.name));
  if (intakeScenarios.length > 0) Object.assign(results, await runIntakeScenarios(databaseUrls, intakeScenarios));
  mkdirSync('.bench', { recursive: true });
  writeFileSync(`.bench/results-scale-${scale}.json`, JSON.stringify({ scale, seconds, at: new Date().toISOString(), results }, null, 2));
  log(`figures written to .bench/results-scale-${scale}.json`);
}

/**
 * The subgraph tier as deployed, in production mode: the four domain subgraphs in one process,
 * the integration service (its subgraph and the intake) in another, handing events to the first.
 */
async function startSubgraphTier(databaseUrls: Record<Domain, string>) {
  // As deployed (README): graphql-js skips its development-time checks (about 7% of the subgraphs' CPU).
  const common = { ...BENCH_SECRETS, NODE_ENV: 'production' };
  const domains = await spawnScript(
    ['scripts/serve.ts', 'subgraphs'],
    {
      ERP_DATABASE_URL: databaseUrls.erp, PIM_DATABASE_URL: databaseUrls.pim, OMS_DATABASE_URL: databaseUrls.oms,
      OPS_DATABASE_URL: databaseUrls.ops,
      ERP_PORT: '0', PIM_PORT: '0', OMS_PORT: '0', OPS_PORT: '0',
      ...common,
    },
    /(erp|pim|oms|ops) subgraph ready at (\S+)/,
    DOMAIN_SUBGRAPHS.length,
    TIER_NODE_FLAGS.subgraphs,
  );
  const urls = Object.fromEntries(domains.matches) as Record<DomainSubgraph, string>;
  const integration = await spawnScript(
    ['scripts/serve.ts', 'integration'],
    { INTEGRATION_DATABASE_URL: databaseUrls.integration, INTAKE_PORT: '0', ERP_URL: urls.erp, OMS_URL: urls.oms, ...common },
    /(integration subgraph|intake) ready at (\S+)/,
    2,
    TIER_NODE_FLAGS.subgraphs,
  ).catch(async (error: unknown) => {
    await stop(domains.child);
    throw error;
  });
  const named = Object.fromEntries(integration.matches) as Record<'integration subgraph' | 'intake', string>;
  return {
    /** The domain subgraphs' process: the one whose CPU the read scenarios count. */
    child: domains.child,
    subgraphUrls: { ...urls, integration: named['integration subgraph'] } as Record<Domain, string>,
    intakeUrl: named.intake,
    stop: async () => {
      await stop(integration.child);
      await stop(domains.child);
    },
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function runReadScenarios(databaseUrls: Record<Domain, string>, selected: Scenario[]): Promise<Record<string, Figures>> {
  const databasePrefix = new URL(databaseUrls.erp).pathname.slice(1).replace(/erp$/, '');
  const subgraphs = await startSubgraphTier(databaseUrls);
  const { subgraphUrls } = subgraphs;
  const gateway = await spawnScript(
    ['scripts/serve.ts', 'gateway'],
    {
      PORT: '0', ERP_URL: subgraphUrls.erp, PIM_URL: subgraphUrls.pim, OMS_URL: subgraphUrls.oms, OPS_URL: subgraphUrls.ops,
      INTEGRATION_URL: subgraphUrls.integration,
      ...BENCH_SECRETS,
      // 16 clients sending as one caller are a load test, not an abusive caller: no rate limit.
      // Every other limit stays at its production default.
      OPSGRAPH_RATE_LIMIT: '0',
      // As deployed (README): graphql-js skips its development-time checks here too (5% of the gateway's CPU).
      NODE_ENV: 'production',
    },
    /gateway ready at (\S+)/,
    1,
    TIER_NODE_FLAGS.gateway,
  );
  const gatewayUrl = gateway.matches[0]![0]!;
  const pids = { gateway: gateway.child.pid!, subgraphs: subgraphs.child.pid! };
  const results: Record<string, Figures> = {};
  try {
    for (const scenario of selected) {
      const headers = callerHeaders(scenario.caller);
      const bodies = await scenario.prepare(gatewayUrl, headers);
      const connections = connectionsOverride ?? scenario.connections;
      log(`${scenario.name}: warming up ...`);
      await runLoad({ url: gatewayUrl, connections, seconds: 3, body: (i) => bodies[i % bodies.length]!, headers });
      const before = await sqlStatements(subgraphUrls);
      const cpuBefore = cpuReading(pids, databasePrefix);
      log(`${scenario.name}: ${connections} clients for ${seconds} s ...`);
      const load = await runLoad({ url: gatewayUrl, connections, seconds, body: (i) => bodies[i % bodies.length]!, headers });
      const cpu = cpuPerRequest(cpuBefore, cpuReading(pids, databasePrefix), load.requests);
      const after = await sqlStatements(subgraphUrls);
      const sqlPerRequest = Object.fromEntries(
        DOMAINS.map((d) => [d, Math.round(((after[d] - before[d]) / load.requests) * 100) / 100]),
      ) as Record<Domain, number>;
      results[scenario.name] = { ...load, connections, sqlPerRequest, cpu, gatewayPeakRssMiB: peakRssMiB(gateway.child.pid!) };
      print(scenario.name, scenario.description, results[scenario.name]!);
    }
  } finally {
    await stop(gateway.child);
    await subgraphs.stop();
  }
  return results;
}

async function runIntakeScenarios(databaseUrls: Record<Domain, string>, selected: IntakeScenario[]): Promise<Record<string, IntakeFigures>> {
  log('copying the benchmark databases for the intake to change ...');
  const copies = await intakeDatabases(adminUrl, databaseUrls, [...DEMO_TRADING_PARTNERS, BENCH_PARTNER]);
  const results: Record<string, IntakeFigures> = {};
  try {
    const tier = await startSubgraphTier(copies.urls);
    const { intakeUrl } = tier;
    const now = Math.floor(Date.now() / 1000);
    const token = signToken({ sub: 'bench', role: 'staff', iat: now, exp: now + 3600 }, BENCH_SECRETS.OPSGRAPH_TOKEN_SECRET);
    try {
      for (const scenario of selected) {
        log(`${scenario.name}: running ...`);
        const figures = await scenario.run(intakeUrl, token, { positions: copies.positions }, log);
        results[scenario.name] = figures;
        console.log(
          [
            `\n${scenario.name}: ${scenario.description}`,
            `  transactions/s    ${figures.perSecond.toFixed(0)}  (${figures.transactions} in ${figures.seconds.toFixed(2)} s)`,
            `  outcomes          ${Object.entries(figures.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}`,
          ].join('\n'),
        );
      }
    } finally {
      await tier.stop();
    }
  } finally {
    await copies.drop();
  }
  return results;
}

type Figures = LoadResult & {
  connections: number;
  sqlPerRequest: Record<Domain, number>;
  cpu: CpuPerRequest | null;
  gatewayPeakRssMiB: number | null;
};

function print(name: string, description: string, r: Figures) {
  const sqlTotal = DOMAINS.reduce((sum, d) => sum + r.sqlPerRequest[d], 0);
  console.log(
    [
      `\n${name}: ${description}`,
      `  requests/s        ${r.requestsPerSecond.toFixed(1)}  (${r.requests} requests, ${r.errors} errors, ${r.connections} clients, ${r.seconds.toFixed(1)} s)`,
      `  latency ms        p50 ${r.latencyMs.p50.toFixed(1)}  p95 ${r.latencyMs.p95.toFixed(1)}  p99 ${r.latencyMs.p99.toFixed(1)}  max ${r.latencyMs.max.toFixed(1)}`,
      `  SQL per request   ${sqlTotal.toFixed(2)}  (${DOMAINS.map((d) => `${d} ${r.sqlPerRequest[d]}`).join(', ')})`,
      r.cpu
        ? `  CPU per request   ${(r.cpu.gatewayMs + r.cpu.subgraphsMs + r.cpu.postgresMs + r.cpu.loadGeneratorMs).toFixed(1)} ms  (gateway ${r.cpu.gatewayMs}, subgraphs ${r.cpu.subgraphsMs}, PostgreSQL ${r.cpu.postgresMs}, load generator ${r.cpu.loadGeneratorMs}; cores ${(r.cpu.machineBusy * 100).toFixed(0)}% busy)`
        : '  CPU per request   n/a (needs /proc)',
      `  gateway peak RSS  ${r.gatewayPeakRssMiB?.toFixed(0) ?? 'n/a'} MiB`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
