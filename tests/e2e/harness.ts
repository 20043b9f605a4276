import { MODULES } from '../../app/modules.ts';
import { DOMAINS, loadConfig, type Domain } from '../../app/config.ts';
import { startSubgraphTier } from '../../app/subgraph-tier.ts';
import { startGateway } from '../../gateway/server.ts';
import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import { createTestDatabase } from '../../lib/testing/database.ts';
import { gatewayCaller, subgraphCaller, type GraphQLCaller } from '../../lib/testing/graphql.ts';
import { TEST_SUBGRAPH_SECRET, TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';
import { startRecordingProxy, type RecordingProxy } from '../../lib/testing/recording-proxy.ts';

/**
 * The real graph for end-to-end tests: five fresh databases on the real PostgreSQL server, the
 * five subgraphs (integration's with the intake beside it) and the gateway over HTTP, with a
 * recording proxy in front of each subgraph so tests can assert what each one was asked. Tests call it as a staff member unless they say
 * otherwise (`as`), so the data they assert on is never hidden by the access policy.
 */
export interface TestGraph {
  gatewayUrl: string;
  /** Posts to the gateway as a staff member, with a bearer token signed with the test secret. */
  post: GraphQLCaller['post'];
  /** Posts to the gateway as someone else: a buyer (testBuyer) or ANONYMOUS (no token). */
  as(principal: Principal): GraphQLCaller;
  /** Posts straight to a subgraph, bypassing the gateway, with the assertion it would send for `principal` (staff by default). */
  subgraph(domain: Domain, principal?: Principal): GraphQLCaller;
  /** Each subgraph's own URL, behind no proxy, for calls that bypass the gateway. */
  subgraphUrls: Record<Domain, string>;
  dbs: Record<Domain, Db>;
  received: Record<Domain, RecordingProxy['received']>;
  /** SQL statements each domain has issued so far. */
  statements(): Record<Domain, number>;
  /** The intake's base URL (POST `${intakeUrl}/x12`, `${intakeUrl}/events`); staff bearer token. */
  intakeUrl: string;
  /** Runs the intake's periodic pass now: pending events, exceptions, alerts and their delivery. */
  intakeTick(): Promise<void>;
  /** Rebuilds now the KPI aggregates that applied integration events asked for (else an hour later). */
  flushAggregates(): Promise<void>;
  close(): Promise<void>;
}

export interface TestGraphOptions {
  /** Where the intake posts alerts. */
  alertWebhookUrl?: string;
}

export async function startTestGraph(load: (dbs: Record<Domain, Db>) => Promise<void>, options: TestGraphOptions = {}): Promise<TestGraph> {
  const databases = await Promise.all(DOMAINS.map((domain) => createTestDatabase(domain, MODULES[domain].migrations)));
  const dbs = Object.fromEntries(DOMAINS.map((domain, i) => [domain, databases[i]!.db])) as Record<Domain, Db>;
  await load(dbs);
  // The subgraphs and the intake as deployed, on the test databases and secrets; the periodic
  // pass and the aggregate rebuild wait an hour, so tests run them when they choose.
  const config = loadConfig({
    ...Object.fromEntries(databases.map((database, i) => [`${DOMAINS[i]!.toUpperCase()}_DATABASE_URL`, database.url])),
    ERP_PORT: '0', PIM_PORT: '0', OMS_PORT: '0', OPS_PORT: '0', INTAKE_PORT: '0',
    OPSGRAPH_TOKEN_SECRET: TEST_TOKEN_SECRET, OPSGRAPH_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
    OPSGRAPH_FEED_INTERVAL_MS: '3600000', OPSGRAPH_AGGREGATE_REFRESH_DELAY_MS: '3600000',
    OPSGRAPH_ALERT_WEBHOOK_URL: options.alertWebhookUrl ?? '',
  });
  const tier = await startSubgraphTier(config, dbs, () => undefined);
  const subgraphs = DOMAINS.map((domain) => tier.subgraphs[domain]);
  const intake = tier.integration;
  const proxies = await Promise.all(subgraphs.map((subgraph) => startRecordingProxy(subgraph.url)));
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries(DOMAINS.map((domain, i) => [domain, proxies[i]!.url])),
    tokenSecret: TEST_TOKEN_SECRET,
    subgraphSecret: TEST_SUBGRAPH_SECRET,
  });
  const subgraphUrls = Object.fromEntries(DOMAINS.map((domain, i) => [domain, subgraphs[i]!.url])) as Record<Domain, string>;
  return {
    gatewayUrl: gateway.url,
    post: gatewayCaller(gateway.url).post,
    as: (principal) => gatewayCaller(gateway.url, principal),
    subgraph: (domain, principal) => subgraphCaller(subgraphUrls[domain], principal),
    subgraphUrls,
    dbs,
    received: Object.fromEntries(DOMAINS.map((domain, i) => [domain, proxies[i]!.received])) as TestGraph['received'],
    statements: () => Object.fromEntries(DOMAINS.map((domain) => [domain, dbs[domain].stats.statements])) as Record<Domain, number>,
    intakeUrl: intake.intakeUrl,
    intakeTick: () => intake.tick(),
    flushAggregates: async () => {
      for (const subgraph of subgraphs) await subgraph.flushAggregates();
    },
    async close() {
      await gateway.close();
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await tier.close();
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
