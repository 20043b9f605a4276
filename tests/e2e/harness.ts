import { MODULES } from '../../app/modules.ts';
import { DOMAINS, type Domain } from '../../app/config.ts';
import { startGateway } from '../../gateway/server.ts';
import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import { peerCaller } from '../../lib/peers.ts';
import { startSubgraph } from '../../lib/subgraph.ts';
import { startIntakeServer } from '../../subgraphs/ops/intake/server.ts';
import { createTestDatabase } from '../../lib/testing/database.ts';
import { gatewayCaller, subgraphCaller, type GraphQLCaller } from '../../lib/testing/graphql.ts';
import { TEST_SUBGRAPH_SECRET, TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';
import { startRecordingProxy, type RecordingProxy } from '../../lib/testing/recording-proxy.ts';

/**
 * The real graph for end-to-end tests: three fresh databases on the real PostgreSQL server, the
 * three subgraphs and the gateway over HTTP, with a recording proxy in front of each subgraph so
 * tests can assert what each one was asked. Tests call it as a staff member unless they say
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
  const domainsFirst: Domain[] = DOMAINS.filter((domain) => domain !== 'ops');
  const started = await Promise.all(
    domainsFirst.map((domain) => startSubgraph(MODULES[domain].module, dbs[domain], { port: 0, subgraphSecret: TEST_SUBGRAPH_SECRET, aggregateRefreshDelayMs: 3_600_000 })),
  );
  const urlOf = (domain: Domain) => started[domainsFirst.indexOf(domain)]!.url;
  // ops hands integration events straight to the ERP and OMS, as it does when deployed.
  const peers = peerCaller({ erp: urlOf('erp'), oms: urlOf('oms') }, TEST_SUBGRAPH_SECRET, 'ops-intake');
  const ops = await startSubgraph(MODULES.ops.module, dbs.ops, { port: 0, subgraphSecret: TEST_SUBGRAPH_SECRET, peers });
  const subgraphs = DOMAINS.map((domain) => (domain === 'ops' ? ops : started[domainsFirst.indexOf(domain)]!));
  const intake = await startIntakeServer(
    { db: dbs.ops, peers, log: () => undefined, now: () => new Date(), batchSize: 1000 },
    { port: 0, tokenSecret: TEST_TOKEN_SECRET, webhookUrl: options.alertWebhookUrl ?? null, intervalMs: 3_600_000 },
  );
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
    intakeUrl: intake.url,
    intakeTick: () => intake.tick(),
    flushAggregates: async () => {
      for (const subgraph of subgraphs) await subgraph.flushAggregates();
    },
    async close() {
      await intake.close();
      await gateway.close();
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}
