import { MODULES } from '../../app/modules.ts';
import { DOMAINS, loadConfig, type Domain } from '../../app/config.ts';
import { startSubgraphTier } from '../../app/subgraph-tier.ts';
import { DEFAULT_LIMITS, type OperationLimits } from '../../gateway/limits/index.ts';
import { startGateway } from '../../gateway/server.ts';
import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import { createTestDatabase } from '../../lib/testing/database.ts';
import { gatewayCaller, subgraphCaller, type GraphQLCaller } from '../../lib/testing/graphql.ts';
import { TEST_SUBGRAPH_SECRET, TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';
import type { TokenSettings } from '../../lib/tokens.ts';
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
  /** Posts straight to a subgraph, bypassing the gateway, with what it would send for `principal` (staff by default): the credential and a bearer token. */
  subgraph(domain: Domain, principal?: Principal): GraphQLCaller;
  /** Each subgraph's own URL, behind no proxy, for calls that bypass the gateway. */
  subgraphUrls: Record<Domain, string>;
  dbs: Record<Domain, Db>;
  /** How the gateway and the subgraphs verify tokens (the test secrets, plus what `env` configured). */
  tokens: TokenSettings;
  received: Record<Domain, RecordingProxy['received']>;
  /** SQL statements each domain has issued so far. */
  statements(): Record<Domain, number>;
  /** The intake's base URL (POST `${intakeUrl}/x12`, `${intakeUrl}/events`); staff bearer token. */
  intakeUrl: string;
  /** Runs the intake's periodic pass now: pending events, exceptions, alerts and their delivery. */
  intakeTick(): Promise<void>;
  /** Rebuilds now the KPI aggregates that applied integration events asked for (else an hour later). */
  flushAggregates(): Promise<void>;
  /** Another gateway over the same recording proxies, with other limits; closed with the graph. */
  gatewayWith(limits: Partial<OperationLimits>): Promise<{ url: string }>;
  close(): Promise<void>;
}

export interface TestGraphOptions {
  /** Where the intake posts alerts. */
  alertWebhookUrl?: string;
  /** More configuration for the whole graph, e.g. OPSGRAPH_JWKS_URL. */
  env?: Record<string, string>;
  /** The gateway's limits over the production defaults (never the shell's OPSGRAPH_* variables). */
  limits?: Partial<OperationLimits>;
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
    ...options.env,
  });
  const tier = await startSubgraphTier(config, dbs, () => undefined);
  const subgraphs = DOMAINS.map((domain) => tier.subgraphs[domain]);
  const intake = tier.integration;
  const proxies = await Promise.all(subgraphs.map((subgraph) => startRecordingProxy(subgraph.url)));
  const startGatewayWith = (limits: Partial<OperationLimits>) =>
    startGateway({
      port: 0,
      subgraphUrls: Object.fromEntries(DOMAINS.map((domain, i) => [domain, proxies[i]!.url])),
      tokens: config.tokens,
      subgraphSecret: config.subgraphSecret,
      limits: { ...DEFAULT_LIMITS, ...limits },
    });
  const gateway = await startGatewayWith(options.limits ?? {});
  const extraGateways: { close(): Promise<void> }[] = [];
  const subgraphUrls = Object.fromEntries(DOMAINS.map((domain, i) => [domain, subgraphs[i]!.url])) as Record<Domain, string>;
  return {
    gatewayUrl: gateway.url,
    post: gatewayCaller(gateway.url).post,
    as: (principal) => gatewayCaller(gateway.url, principal),
    subgraph: (domain, principal) => subgraphCaller({ name: domain, url: subgraphUrls[domain] }, principal),
    subgraphUrls,
    dbs,
    tokens: config.tokens,
    received: Object.fromEntries(DOMAINS.map((domain, i) => [domain, proxies[i]!.received])) as TestGraph['received'],
    statements: () => Object.fromEntries(DOMAINS.map((domain) => [domain, dbs[domain].stats.statements])) as Record<Domain, number>,
    intakeUrl: intake.intakeUrl,
    intakeTick: () => intake.tick(),
    flushAggregates: async () => {
      for (const subgraph of subgraphs) await subgraph.flushAggregates();
    },
    async gatewayWith(limits) {
      const extra = await startGatewayWith(limits);
      extraGateways.push(extra);
      return { url: extra.url };
    },
    async close() {
      await Promise.all(extraGateways.map((extra) => extra.close()));
      await gateway.close();
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await tier.close();
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
